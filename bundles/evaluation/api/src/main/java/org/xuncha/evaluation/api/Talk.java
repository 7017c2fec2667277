package org.xuncha.evaluation.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A 约谈 record opened by the ranking rule for a group leader.
 *
 * @param id             id
 * @param leaderPersonId the group leader (reference-data person id)
 * @param roundId        the round whose ranking opened it
 * @param reason         the rule that fired (Chinese)
 * @param openedAt       when
 * @param heldOn         the day of the talk, null until held
 * @param heldBy         who talked to the leader
 * @param said           what was said
 * @param followUp       the follow-up agreed
 * @param version        optimistic-lock version
 */
public record Talk(long id, long leaderPersonId, long roundId, String reason, LocalDateTime openedAt, LocalDate heldOn, String heldBy,
                   String said, String followUp, long version) {
}
