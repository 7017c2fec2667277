package org.xuncha.personnelpools.api;

/**
 * A specialty of the office's vocabulary (财务, 审计, 法律, 纪检监察, 组织人事, 工程建设, 信息化 are built in;
 * an office adds its own).
 *
 * @param name         the name profiles use, at most {@value #NAME_MAX} characters
 * @param nameEn       English name, may be null
 * @param divisionCode the office that added it; null for a built-in one
 */
public record Specialty(String name, String nameEn, String divisionCode) {

    public static final int NAME_MAX = 30;
}
