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
 * @param closureRate closed tasks per hundred, one decimal; 0 without tasks
 */
public record Breakdown(By by, String key, String name, long tasks, long closed, long overdue, double closureRate) {

    /** The row with its closure rate computed. */
    public static Breakdown of(By by, String key, String name, long tasks, long closed, long overdue) {
        return new Breakdown(by, key, name, tasks, closed, overdue, rate(closed, tasks));
    }

    /** Closed per hundred, one decimal; 0 without tasks. */
    public static double rate(long closed, long tasks) {
        return tasks == 0 ? 0 : Math.round(closed * 1000.0 / tasks) / 10.0;
    }

    /** The dimension of a breakdown. */
    public enum By {
        ROUND, UNIT, DIVISION
    }
}
