package org.xuncha.evaluation.api;

/**
 * A quality indicator of an office (division), as configured or by default.
 *
 * @param code   short id, e.g. {@code problems}
 * @param nameZh name
 * @param nameEn English name
 * @param weight its weight (1 to 100); the total is the weighted mean of the values
 * @param source where its value comes from
 */
public record Indicator(String code, String nameZh, String nameEn, int weight, IndicatorSource source) {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 100;
}
