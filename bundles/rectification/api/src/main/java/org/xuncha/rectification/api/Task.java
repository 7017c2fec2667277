package org.xuncha.rectification.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A rectification task (整改任务): one problem of the feedback and what the unit does about it.
 *
 * @param id                id
 * @param ledgerId          its ledger
 * @param roundId           the ledger's round
 * @param unitId            the ledger's unit
 * @param sourceProblemId   the lead-transfer problem it comes from, or null when entered
 * @param problem           the problem as fed back
 * @param measures          整改措施
 * @param responsibleLeader 责任领导
 * @param owner             责任人 / 责任部门
 * @param deadline          整改时限
 * @param phase             the phase it is in
 * @param status            where its closure stands
 * @param overdue           open (not closed) after its deadline, as of today
 * @param returnReason      why the office last sent the closure back, or null
 * @param closedOn          the day the office approved the closure, or null
 * @param version           optimistic-lock version; send it back when changing the task
 * @param createdAt         when it was added
 */
public record Task(long id, long ledgerId, long roundId, long unitId, Long sourceProblemId, String problem, String measures,
                   String responsibleLeader, String owner, LocalDate deadline, Phase phase, TaskStatus status, boolean overdue,
                   String returnReason, LocalDate closedOn, long version, LocalDateTime createdAt) {
}
