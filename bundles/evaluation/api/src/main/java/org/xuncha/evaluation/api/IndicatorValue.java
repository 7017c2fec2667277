package org.xuncha.evaluation.api;

/**
 * One indicator's value for a group.
 *
 * @param code      the indicator
 * @param value     0 to 100; null when there is none (not scored yet, or the module is not installed)
 * @param raw       for a computed indicator the count it was computed from, else null
 * @param source    where it came from
 * @param origin    says where the value came from, or why there is none (Chinese)
 * @param originEn  the same in English
 * @param note      the office's note for an office-scored value
 */
public record IndicatorValue(String code, Double value, Long raw, IndicatorSource source, String origin, String originEn, String note) {
}
