package org.xuncha.rectification.api;

/**
 * Rectification figures in the caller's scope, as of today.
 *
 * @param ledgers         ledgers
 * @param tasks           tasks
 * @param closed          of which closed
 * @param overdue         of which open past their deadline
 * @param reportsOverdue  reports (unit's or principal leader's) past due and not received
 * @param handovers       handovers recorded
 */
public record Figures(long ledgers, long tasks, long closed, long overdue, long reportsOverdue, long handovers) {

    /** Closed tasks per hundred, one decimal; 0 without tasks. */
    public double closureRate() {
        return tasks == 0 ? 0 : Math.round(closed * 1000.0 / tasks) / 10.0;
    }
}
