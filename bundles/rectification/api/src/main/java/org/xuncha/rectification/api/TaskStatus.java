package org.xuncha.rectification.api;

/** Where a task stands in its closure (销号). */
public enum TaskStatus {
    /** 整改中 (also after a closure was sent back). */
    OPEN("整改中", "In progress"),
    /** 申请销号: the unit asks the office to close it. */
    CLOSURE_REQUESTED("申请销号", "Closure requested"),
    /** 已销号: the office approved the closure. */
    CLOSED("已销号", "Closed");

    private final String nameZh;
    private final String nameEn;

    TaskStatus(String nameZh, String nameEn) {
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
