package org.xuncha.interviews.api;

import org.xuncha.platform.api.event.Events;

/**
 * Event Admin topics the module posts on. Besides the platform's {@code module}, {@code entityId},
 * {@code actor} and {@code timestamp}, every event carries {@link #ROUND_ID}, {@link #GROUP_ID} and
 * {@link #UNIT_ID}; never any content.
 */
public final class InterviewEvents {

    public static final String PLAN_SAVED = Events.topic(InterviewPermissions.MODULE, "plan_saved");
    public static final String RECORD_SAVED = Events.topic(InterviewPermissions.MODULE, "record_saved");
    public static final String RECORD_SIGNED = Events.topic(InterviewPermissions.MODULE, "record_signed");
    public static final String RECORD_CORRECTED = Events.topic(InterviewPermissions.MODULE, "record_corrected");
    public static final String LETTER_SAVED = Events.topic(InterviewPermissions.MODULE, "letter_saved");
    /** A problem or lead was raised; property {@link #HANDED_OVER} tells whether it reached lead transfer at once. */
    public static final String RAISED = Events.topic(InterviewPermissions.MODULE, "raised");
    /** A pending problem or lead reached lead transfer; property {@link #TARGET_ID} is its id there. */
    public static final String HANDED_OVER_EVENT = Events.topic(InterviewPermissions.MODULE, "handed_over");
    public static final String DOSSIER_EXPORTED = Events.topic(InterviewPermissions.MODULE, "dossier_exported");

    public static final String ROUND_ID = "roundId";
    public static final String GROUP_ID = "groupId";
    public static final String UNIT_ID = "unitId";
    public static final String HANDED_OVER = "handedOver";
    public static final String TARGET_ID = "targetId";

    private InterviewEvents() {
    }
}
