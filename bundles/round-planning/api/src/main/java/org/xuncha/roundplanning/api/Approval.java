package org.xuncha.roundplanning.api;

import java.time.LocalDateTime;

/**
 * One decision on a round plan.
 *
 * @param id        id
 * @param body      who decided
 * @param approved  true for approval, false for returning the plan to the office (退回修改)
 * @param opinion   the opinion as minuted
 * @param actor     username of who recorded it
 * @param actorName their display name
 * @param at        when
 */
public record Approval(long id, ApprovalBody body, boolean approved, String opinion, String actor, String actorName,
                       LocalDateTime at) {

    /**
     * A decision to record.
     *
     * @param body     who decides
     * @param approved true to approve, false to return the plan (an opinion is then required)
     * @param opinion  the opinion
     * @param date     the past day it was taken, when history is recorded (needs {@link RoundPlanningPermissions#HISTORY_IMPORT});
     *                 null for now. Since 2.3.
     */
    public record Request(ApprovalBody body, Boolean approved, String opinion, java.time.LocalDate date) {

        public Request(ApprovalBody body, Boolean approved, String opinion) {
            this(body, approved, opinion, null);
        }
    }
}
