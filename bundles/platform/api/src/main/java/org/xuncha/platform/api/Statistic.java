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
 * @param link    the console route of the list the figure counts, with its filter (e.g. {@code /leads?status=TRANSFERRED}),
 *                or null; the home page's card opens it (since 1.3.0)
 */
public record Statistic(String id, String labelZh, String labelEn, Number value, String chart, List<DataPoint> points, String link) {

    public Statistic {
        points = points == null ? List.of() : List.copyOf(points);
    }

    /** A figure that links nowhere, as before 1.3.0. */
    public Statistic(String id, String labelZh, String labelEn, Number value, String chart, List<DataPoint> points) {
        this(id, labelZh, labelEn, value, chart, points, null);
    }

    /** The same figure, opening the list it counts. @since 1.3.0 */
    public Statistic withLink(String route) {
        return new Statistic(id, labelZh, labelEn, value, chart, points, route);
    }

    public static Statistic of(String id, String labelZh, String labelEn, Number value) {
        return new Statistic(id, labelZh, labelEn, value, null, List.of());
    }

    /** One bar, slice or point of a breakdown. */
    public record DataPoint(String labelZh, String labelEn, Number value) {
    }
}
