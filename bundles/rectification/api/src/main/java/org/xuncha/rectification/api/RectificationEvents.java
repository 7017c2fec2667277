package org.xuncha.rectification.api;

import org.xuncha.platform.api.event.Events;

/**
 * The module id and the Event Admin topics it posts on. Besides the platform's {@code module},
 * {@code entityId}, {@code actor} and {@code timestamp}, every event carries {@link #ROUND_ID} and
 * {@link #UNIT_ID}; never any content.
 */
public final class RectificationEvents {

    /** The module id: feature {@code xuncha-rectification}, REST base {@code /api/rectification}. */
    public static final String MODULE = "rectification";

    /** A unit's ledger was opened after feedback. */
    public static final String LEDGER_OPENED = Events.topic(MODULE, "ledger_opened");
    /** The office approved a task's closure (销号). Also {@link #LEDGER_ID}. */
    public static final String TASK_CLOSED = Events.topic(MODULE, "task_closed");
    /** The office received the unit's or its principal leader's report. Also {@link #REPORT}. */
    public static final String REPORT_RECEIVED = Events.topic(MODULE, "report_received");
    /** A handover (整改交接) was recorded. Also {@link #TASKS} (how many tasks changed hands). */
    public static final String HANDOVER_RECORDED = Events.topic(MODULE, "handover_recorded");

    /** The unit's or its principal leader's report is due within the reminder days (once per ledger). Also {@link #LEDGER_ID}, {@link #DUE}. */
    public static final String REPORT_DUE_SOON = Events.topic(MODULE, "report_due_soon");
    /** A report due after feedback was not received by its due day (once per ledger). Also {@link #LEDGER_ID}, {@link #DUE}. */
    public static final String REPORT_OVERDUE = Events.topic(MODULE, "report_overdue");
    /** An open task passed its deadline (once per deadline). Also {@link #LEDGER_ID}. */
    public static final String TASK_OVERDUE = Events.topic(MODULE, "task_overdue");

    /** Property: the round (a Long). */
    public static final String ROUND_ID = "roundId";
    /** Property: the inspected unit (a Long). */
    public static final String UNIT_ID = "unitId";
    /** Property: the ledger (a Long). */
    public static final String LEDGER_ID = "ledgerId";
    /** Property: {@code UNIT_REPORT} or {@code LEADER_REPORT}. */
    public static final String REPORT = "report";
    /** Property: the due day, ISO text. */
    public static final String DUE = "due";
    /** Property: a number of tasks (an Integer). */
    public static final String TASKS = "tasks";

    private RectificationEvents() {
    }
}
