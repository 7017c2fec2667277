package org.xuncha.interviews.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One interview of a plan.
 *
 * @param id               id
 * @param planId           its plan
 * @param category         who the interviewee is at the unit
 * @param personId         the interviewee in reference data; null for people outside it (served people)
 * @param intervieweeName  the interviewee's name (from reference data, or as entered; stored encrypted)
 * @param intervieweePost  their post or a description, may be null
 * @param templateId       the outline template it started from, may be null
 * @param topics           the outline
 * @param interviewerIds   the interviewers (at least two group members, reference-data person ids)
 * @param recorderId       the recorder (a group member)
 * @param scheduledAt      when
 * @param place            where
 * @param status           planned, held or cancelled
 * @param recordId         the record of the interview once held, else null
 * @param version          optimistic-lock version
 */
public record PlannedInterview(long id, long planId, IntervieweeCategory category, Long personId, String intervieweeName,
                               String intervieweePost, Long templateId, List<Topic> topics, List<Long> interviewerIds,
                               long recorderId, LocalDateTime scheduledAt, String place, PlannedStatus status,
                               Long recordId, long version) {

    public PlannedInterview {
        topics = topics == null ? List.of() : List.copyOf(topics);
        interviewerIds = interviewerIds == null ? List.of() : List.copyOf(interviewerIds);
    }

    public boolean coversMandatoryTopic() {
        return topics.stream().anyMatch(Topic::mandatory);
    }
}
