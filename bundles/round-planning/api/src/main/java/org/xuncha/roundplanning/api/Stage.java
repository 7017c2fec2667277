package org.xuncha.roundplanning.api;

/** The stages of a round, in order. */
public enum Stage {
    PREPARATION("准备", "preparation"),
    ENTRY("进驻", "entry"),
    FIELDWORK("了解", "fieldwork"),
    REPORT("报告", "report"),
    FEEDBACK("反馈", "feedback"),
    TRANSFER("移交", "transfer"),
    RECTIFICATION("整改", "rectification"),
    ASSESSMENT("评估", "assessment"),
    ARCHIVE("归档", "archive");

    private final String nameZh;
    private final String nameEn;

    Stage(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** True from entry until the report: the group is at the unit. */
    public boolean inField() {
        return this == ENTRY || this == FIELDWORK;
    }
}
