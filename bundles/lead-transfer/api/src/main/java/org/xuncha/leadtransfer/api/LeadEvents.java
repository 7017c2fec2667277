package org.xuncha.leadtransfer.api;

import org.xuncha.platform.api.event.Events;

/**
 * Event Admin topics the lead-transfer module posts on, with their properties (besides the
 * platform's {@code module}, {@code entityId}, {@code actor}, {@code timestamp}). Events carry ids,
 * never the person concerned or any other sensitive text.
 *
 * @since 1.1
 */
public final class LeadEvents {

    public static final String MODULE = "lead-transfer";

    /** A problem passed its last approval (领导小组审定). Properties: round, group, unit, category. */
    public static final String PROBLEM_APPROVED = Events.topic(MODULE, "problem_approved");
    /** A lead was transferred to a receiver. Properties: round, group, unit, {@link #RECEIVER_KIND}, {@link #TOP_LEADER}, {@link #DUE}. */
    public static final String TRANSFERRED = Events.topic(MODULE, "transferred");
    /** The receiver reported back: acknowledgment, disposal, outcome or conclusion ({@link #FEEDBACK_KIND}). */
    public static final String FEEDBACK = Events.topic(MODULE, "feedback");
    /** A transferred lead passed its feedback deadline without a disposal report; posted once per lead. */
    public static final String OVERDUE = Events.topic(MODULE, "overdue");

    public static final String ROUND_ID = "roundId";
    public static final String GROUP_ID = "groupId";
    public static final String UNIT_ID = "unitId";
    public static final String CATEGORY = "category";
    /** {@code DISCIPLINE_COMMISSION}, {@code ORGANISATION_DEPT} or {@code OTHER}. */
    public static final String RECEIVER_KIND = "receiverKind";
    public static final String TOP_LEADER = "topLeader";
    /** The feedback deadline, ISO date. */
    public static final String DUE = "due";
    /** {@code acknowledged}, {@code disposal}, {@code outcome} or {@code concluded}. */
    public static final String FEEDBACK_KIND = "feedbackKind";

    private LeadEvents() {
    }
}
