package org.xuncha.leadtransfer.internal.lead;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The receiver's deadline for reporting how it disposes of a lead: a number of calendar months after
 * the transfer (3 by default; a lead transferred on 30 November is due on the last day of February).
 * The deadline is fixed when the lead is transferred, so changing the setting affects later transfers
 * only. A lead is overdue from the day after its deadline until the receiver's first disposal report.
 */
public record FeedbackClock(int months) {

    public FeedbackClock {
        if (months < 1) {
            throw new IllegalArgumentException("feedback months must be at least 1");
        }
    }

    public LocalDate due(LocalDate transferredOn) {
        return transferredOn.plusMonths(months);
    }

    public static boolean overdue(LeadStatus status, LocalDate due, LocalDate today) {
        return status.awaitingFeedback() && due != null && today.isAfter(due);
    }

    /** Days past the deadline; 0 if not overdue. */
    public static long daysOverdue(LeadStatus status, LocalDate due, LocalDate today) {
        return overdue(status, due, today) ? ChronoUnit.DAYS.between(due, today) : 0;
    }
}
