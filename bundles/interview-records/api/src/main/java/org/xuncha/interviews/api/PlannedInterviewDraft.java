package org.xuncha.interviews.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A planned interview to add or change.
 *
 * @param category        required unless {@code personId} is given (then it follows the person's leadership)
 * @param personId        the interviewee in reference data; required for the top leader and leading-group members
 * @param intervieweeName required when {@code personId} is null
 * @param intervieweePost may be null
 * @param templateId      outline template; its topics are copied when {@code topics} is null
 * @param topics          the outline; null to copy the template's
 * @param interviewerIds  at least two group members
 * @param recorderId      a group member
 * @param scheduledAt     when
 * @param place           where
 * @param status          null keeps the current status (planned for a new one); CANCELLED cancels it
 * @param version         only when updating
 */
public record PlannedInterviewDraft(IntervieweeCategory category, Long personId, String intervieweeName,
                                    String intervieweePost, Long templateId, List<Topic> topics, List<Long> interviewerIds,
                                    Long recorderId, LocalDateTime scheduledAt, String place, PlannedStatus status,
                                    Long version) {
}
