package org.xuncha.roundplanning.api;

/**
 * Event Admin topics the round-planning module posts on, with their properties (besides the
 * platform's {@code module}, {@code entityId}, {@code actor}, {@code timestamp}).
 */
public final class RoundEvents {

    public static final String MODULE = "round-planning";

    /** A round moved to another stage. Properties: {@link #ROUND_ID}, {@link #FROM}, {@link #TO}. */
    public static final String STAGE_CHANGED = "xuncha/round_planning/stage_changed";
    /** A round was created. Property: {@link #ROUND_ID}. */
    public static final String ROUND_CREATED = "xuncha/round_planning/round_created";
    /** A group's members or targets changed. Properties: {@link #ROUND_ID}, {@link #GROUP_ID}. */
    public static final String GROUP_CHANGED = "xuncha/round_planning/group_changed";
    /**
     * A stage deadline passed. Properties: {@link #ROUND_ID}, {@link #TO} (the overdue stage), {@link #DUE};
     * also {@link #KIND} ({@code STAGE} or {@code RECTIFICATION_REPORT}) and, for a unit's report, {@link #UNIT_ID}.
     * Posted once per overdue item.
     */
    public static final String DEADLINE_OVERDUE = "xuncha/round_planning/deadline_overdue";

    /**
     * The leading group or the committee decided on a round plan. Properties: {@link #ROUND_ID},
     * {@link #TO} (the plan status after the decision).
     */
    public static final String PLAN_DECIDED = "xuncha/round_planning/plan_decided";

    public static final String ROUND_ID = "roundId";
    public static final String GROUP_ID = "groupId";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String DUE = "due";
    public static final String KIND = "kind";
    public static final String UNIT_ID = "unitId";

    private RoundEvents() {
    }
}
