package org.xuncha.platform.api;

import java.util.List;

/**
 * One figure a module contributes to the dashboard, with an optional breakdown to chart.
 *
 * @param id      module-qualified id, e.g. {@code lead-transfer.problems}
 * @param labelZh label
 * @param labelEn English label
 * @param value   the total
 * @param chart   how the breakdown is best shown: {@code bar}, {@code pie}, {@code line}, or null for a
 *                plain figure
 * @param points  the breakdown, may be empty
 */
public record Statistic(String id, String labelZh, String labelEn, Number value, String chart, List<DataPoint> points) {

    public Statistic {
        points = points == null ? List.of() : List.copyOf(points);
    }

    public static Statistic of(String id, String labelZh, String labelEn, Number value) {
        return new Statistic(id, labelZh, labelEn, value, null, List.of());
    }

    /** One bar, slice or point of a breakdown. */
    public record DataPoint(String labelZh, String labelEn, Number value) {
    }
}
