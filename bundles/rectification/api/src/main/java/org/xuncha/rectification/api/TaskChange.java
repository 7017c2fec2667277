package org.xuncha.rectification.api;

import java.time.LocalDate;

/**
 * A change of a task's plan. Absent (null) fields keep their value. The unit may change measures,
 * leader, owner and phase; only the office may move the deadline.
 *
 * @param version           the version read; a task changed meanwhile answers 409
 * @param measures          new measures
 * @param responsibleLeader new responsible leader
 * @param owner             new owner
 * @param deadline          new deadline (office only)
 * @param phase             new phase: forward only
 */
public record TaskChange(Long version, String measures, String responsibleLeader, String owner, LocalDate deadline, Phase phase) {
}
