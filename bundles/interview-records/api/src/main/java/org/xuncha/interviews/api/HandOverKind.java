package org.xuncha.interviews.api;

/** What is handed to the lead-transfer module. */
public enum HandOverKind {
    /** 问题: a problem found, as a draft for the group's problem register. */
    PROBLEM("问题", "problem"),
    /** 问题线索: a lead about a named person. */
    LEAD("问题线索", "lead");

    private final String nameZh;
    private final String nameEn;

    HandOverKind(String nameZh, String nameEn) {
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
