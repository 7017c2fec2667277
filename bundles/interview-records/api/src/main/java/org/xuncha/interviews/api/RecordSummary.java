package org.xuncha.interviews.api;

import java.time.LocalDateTime;

/**
 * A record in a list: who and when, never what was said.
 *
 * @param missesMandatoryTopic an interview with a member of the leadership whose mandatory-topic notes are empty
 * @param pendingHandOvers     problems or leads raised from it that have not reached lead transfer
 */
public record RecordSummary(long id, long roundId, long groupId, long unitId, Long plannedInterviewId,
                            IntervieweeCategory category, Long personId, String intervieweeName, LocalDateTime heldAt,
                            RecordStatus status, boolean coversMandatoryTopic, boolean missesMandatoryTopic,
                            int pendingHandOvers) {
}
