package org.xuncha.personnelpools.api;

/**
 * One reason a person should not be seconded as planned: the rule and the fact that triggered it.
 *
 * @param rule      the rule's code, e.g. {@code avoid.worked_in_target}, {@code clash.overlapping_group}
 * @param ruleZh    the rule's name, e.g. 任职回避：曾在被巡察单位工作
 * @param ruleEn    its English name
 * @param factZh    the fact, e.g. 2015—2019年在聊城市教育和体育局工作
 * @param factEn    the fact in English
 * @param unitId    the target unit concerned, may be null
 * @param waivable  whether the office may record a justified exception
 */
public record Finding(String rule, String ruleZh, String ruleEn, String factZh, String factEn, Long unitId, boolean waivable) {
}
