package org.xuncha.interviews.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A new record, or a change to a draft record. With {@code plannedInterviewId} the round, group,
 * unit, interviewee, interviewers and recorder come from the plan when left null.
 *
 * @param plannedInterviewId the planned interview it records, may be null for an unplanned one
 * @param roundId            the round
 * @param groupId            the group
 * @param unitId             the inspected unit
 * @param category           interviewee category
 * @param personId           interviewee in reference data, may be null
 * @param intervieweeName    required when {@code personId} is null (stored encrypted)
 * @param intervieweePost    may be null
 * @param heldAt             when the interview took place
 * @param place              where
 * @param interviewerIds     at least two group members
 * @param recorderId         a group member
 * @param sections           what was said, topic by topic (stored encrypted)
 * @param leaderNotes        the mandatory topic, leader by leader (stored encrypted)
 * @param version            only when updating
 */
public record RecordDraft(Long plannedInterviewId, Long roundId, Long groupId, Long unitId, IntervieweeCategory category,
                          Long personId, String intervieweeName, String intervieweePost, LocalDateTime heldAt, String place,
                          List<Long> interviewerIds, Long recorderId, List<Section> sections, List<LeaderNote> leaderNotes,
                          Long version) {
}
