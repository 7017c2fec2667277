package org.xuncha.rectification.api;

/**
 * Task figures of one round, unit or division.
 *
 * @param by      what the rows are
 * @param key     the round's or unit's id, or the division's code
 * @param name    the round's or unit's name, or the division's code
 * @param tasks   tasks
 * @param closed  of which closed
 * @param overdue of which open past their deadline, today
 */
public record Breakdown(By by, String key, String name, long tasks, long closed, long overdue) {

    /** Closed tasks per hundred, one decimal; 0 without tasks. */
    public double closureRate() {
        return tasks == 0 ? 0 : Math.round(closed * 1000.0 / tasks) / 10.0;
    }

    /** The dimension of a breakdown. */
    public enum By {
        ROUND, UNIT, DIVISION
    }
}
