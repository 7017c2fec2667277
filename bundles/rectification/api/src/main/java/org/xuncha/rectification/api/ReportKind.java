package org.xuncha.rectification.api;

/** The two reports due after feedback (第二十七条). */
public enum ReportKind {
    /** 整改情况报告: the unit's (its Party organisation's) rectification report. */
    UNIT_REPORT("整改情况报告", "Unit's rectification report"),
    /** 主要负责人组织落实整改情况报告: the principal leader's own report. */
    LEADER_REPORT("主要负责人整改情况报告", "Principal leader's report");

    private final String nameZh;
    private final String nameEn;

    ReportKind(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
