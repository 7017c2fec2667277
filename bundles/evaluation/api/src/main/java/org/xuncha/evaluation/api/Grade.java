package org.xuncha.evaluation.api;

/** The four grades of a rectification assessment. */
public enum Grade {
    GOOD("好", "good"),
    FAIRLY_GOOD("较好", "fairly good"),
    ORDINARY("一般", "ordinary"),
    POOR("差", "poor");

    private final String nameZh;
    private final String nameEn;

    Grade(String nameZh, String nameEn) {
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
