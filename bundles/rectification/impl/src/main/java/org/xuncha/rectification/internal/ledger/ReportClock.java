package org.xuncha.rectification.internal.ledger;

import java.time.LocalDate;
import java.util.Map;

import org.xuncha.platform.api.rest.Checks;
import org.xuncha.rectification.api.LedgerDraft;
import org.xuncha.rectification.api.ReportReceipt;
import org.xuncha.rectification.api.ReportStatus;

/**
 * The two-month clock (第二十七条): the unit's report and its principal leader's report are due the
 * configured number of months after feedback. Pure functions, tested without OSGi.
 */
public final class ReportClock {

    /** Sort fields of the ledger list and the JPQL path each sorts by. */
    static final Map<String, String> SORT = Map.of("id", "l.id", "feedbackDate", "l.feedbackDate", "unitName", "l.unitName");

    private ReportClock() {
    }

    /** The last day for both reports; a month that lacks the day ends the period on its last day (31 Dec + 2 months = 28/29 Feb). */
    public static LocalDate due(LocalDate feedback, int months) {
        return feedback.plusMonths(months);
    }

    /** A report's status on {@code today}. */
    public static ReportStatus status(LocalDate receivedOn, LocalDate due, LocalDate today) {
        if (receivedOn != null) {
            return receivedOn.isAfter(due) ? ReportStatus.RECEIVED_LATE : ReportStatus.RECEIVED;
        }
        return today.isAfter(due) ? ReportStatus.OVERDUE : ReportStatus.PENDING;
    }

    /**
     * The latest feedback day whose reports are overdue on {@code today} when not received: the
     * bound of the "reports overdue" filter, so the list filters in SQL with the same rule as {@link #status}.
     */
    public static LocalDate overdueIfFeedbackOnOrBefore(LocalDate today, int months) {
        // due = feedback + months < today  <=>  feedback <= the last day whose due is before today
        LocalDate candidate = today.minusMonths(months);
        while (!due(candidate, months).isBefore(today)) {
            candidate = candidate.minusDays(1);
        }
        while (due(candidate.plusDays(1), months).isBefore(today)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    static void check(LedgerDraft draft) {
        if (draft == null) {
            new Checks().add("body", "required", "请求内容不能为空", "The request body is required").throwIfInvalid();
        }
        new Checks().required("roundId", draft.roundId(), "巡察轮次", "round")
                .required("unitId", draft.unitId(), "被巡察单位", "unit")
                .maxLength("principalLeader", trim(draft.principalLeader()), LedgerDraft.NAME_MAX, "主要负责人", "principal leader")
                .throwIfInvalid();
    }

    static void check(ReportReceipt receipt, LocalDate feedback, LocalDate today) {
        if (receipt == null) {
            new Checks().add("body", "required", "请求内容不能为空", "The request body is required").throwIfInvalid();
        }
        LocalDate on = receipt.receivedOn();
        new Checks().required("report", receipt.report(), "报告类别", "report")
                .required("receivedOn", on, "收到日期", "received on")
                .check(on != null && on.isAfter(today), "receivedOn", "future", "收到日期不能晚于今天", "the day received cannot be in the future")
                .check(on != null && on.isBefore(feedback), "receivedOn", "before_feedback", "收到日期不能早于巡察反馈日期 " + feedback,
                        "the day received cannot be before feedback on " + feedback)
                .throwIfInvalid();
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
