package org.xuncha.rectification.api;

/** The phases of rectification, in order; a task moves forward only. */
public enum Phase {
    /** 集中整改: the concentrated period right after feedback. */
    CONCENTRATED("集中整改", "Concentrated rectification"),
    /** 持续整改: what takes longer goes on after the concentrated period. */
    CONTINUING("持续整改", "Continuing rectification"),
    /** 整改总结: summed up, ready for closure. */
    SUMMARY("整改总结", "Summary");

    private final String nameZh;
    private final String nameEn;

    Phase(String nameZh, String nameEn) {
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
