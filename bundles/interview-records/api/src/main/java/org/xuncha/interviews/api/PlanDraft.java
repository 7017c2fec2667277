package org.xuncha.interviews.api;

import java.util.List;

/**
 * A new interview plan, with its first interviews (more can be added later).
 *
 * @param roundId    the round
 * @param groupId    the group; the caller must be in it
 * @param unitId     one of the group's target units
 * @param title      title
 * @param note       remarks, may be null
 * @param interviews planned interviews, may be empty
 */
public record PlanDraft(Long roundId, Long groupId, Long unitId, String title, String note,
                        List<PlannedInterviewDraft> interviews) {
}
