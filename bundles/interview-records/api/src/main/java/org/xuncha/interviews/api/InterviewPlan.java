package org.xuncha.interviews.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A group's interview plan (谈话计划) for one target unit of a round.
 *
 * @param id         id
 * @param roundId    the round
 * @param groupId    the group
 * @param unitId     the inspected unit
 * @param title      e.g. 第一轮巡察个别谈话安排
 * @param note       remarks, may be null
 * @param interviews the planned interviews, by time
 * @param check      the mandatory-topic check for the round and unit, across all its plans
 * @param createdBy  username
 * @param createdAt  when
 * @param updatedAt  last change of the plan or one of its interviews
 * @param version    optimistic-lock version of the plan header
 */
public record InterviewPlan(long id, long roundId, long groupId, long unitId, String title, String note,
                            List<PlannedInterview> interviews, MandatoryTopicCheck check, String createdBy,
                            LocalDateTime createdAt, LocalDateTime updatedAt, long version) {

    public InterviewPlan {
        interviews = interviews == null ? List.of() : List.copyOf(interviews);
    }
}
