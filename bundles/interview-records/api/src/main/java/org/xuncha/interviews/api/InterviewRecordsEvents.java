package org.xuncha.interviews.api;

import org.xuncha.platform.api.event.Events;

/**
 * The module id and the Event Admin topics the module posts on. Besides the platform's
 * {@code module}, {@code entityId}, {@code actor} and {@code timestamp}, every event carries
 * {@link #ROUND_ID}, {@link #GROUP_ID} and {@link #UNIT_ID}; never any content.
 */
public final class InterviewRecordsEvents {

    /** The module id: REST at {@code /api/interview-records}, feature {@code xuncha-interview-records}. */
    public static final String MODULE = "interview-records";

    public static final String PLAN_SAVED = Events.topic(MODULE, "plan_saved");
    public static final String RECORD_SAVED = Events.topic(MODULE, "record_saved");
    public static final String RECORD_SIGNED = Events.topic(MODULE, "record_signed");
    public static final String RECORD_CORRECTED = Events.topic(MODULE, "record_corrected");
    public static final String LETTER_SAVED = Events.topic(MODULE, "letter_saved");
    /** A problem or lead was raised; property {@link #HANDED_OVER} tells whether it reached lead transfer at once. */
    public static final String RAISED = Events.topic(MODULE, "raised");
    /** A pending problem or lead reached lead transfer; property {@link #TARGET_ID} is its id there. */
    public static final String HANDED_OVER_EVENT = Events.topic(MODULE, "handed_over");
    public static final String DOSSIER_EXPORTED = Events.topic(MODULE, "dossier_exported");

    public static final String ROUND_ID = "roundId";
    public static final String GROUP_ID = "groupId";
    public static final String UNIT_ID = "unitId";
    public static final String HANDED_OVER = "handedOver";
    public static final String TARGET_ID = "targetId";

    private InterviewRecordsEvents() {
    }
}
