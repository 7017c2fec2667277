package org.xuncha.interviews.api;

/** State of a planned interview. */
public enum PlannedStatus {
    PLANNED("待谈话", "planned"),
    /** A record refers to it. */
    HELD("已谈话", "held"),
    CANCELLED("已取消", "cancelled");

    private final String nameZh;
    private final String nameEn;

    PlannedStatus(String nameZh, String nameEn) {
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
