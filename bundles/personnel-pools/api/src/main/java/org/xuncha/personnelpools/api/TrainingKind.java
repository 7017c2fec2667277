package org.xuncha.personnelpools.api;

/** The kinds of training an office holds for its inspection cadres. */
public enum TrainingKind {
    /** 一轮一培训: before each round, for everyone seconded to it. */
    ROUND("一轮一培训", "pre-round training"),
    WEEKLY_LECTURE("每周大讲堂", "weekly lecture"),
    CADRE_FORUM("干部论坛", "cadre forum"),
    SPECIAL("专题培训", "special training");

    private final String nameZh;
    private final String nameEn;

    TrainingKind(String nameZh, String nameEn) {
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
