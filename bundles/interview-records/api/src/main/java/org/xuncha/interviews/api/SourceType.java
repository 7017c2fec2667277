package org.xuncha.interviews.api;

/** What a problem or lead was raised from. */
public enum SourceType {
    RECORD("个别谈话记录", "interview record"),
    LETTER("信访件", "letter or visit");

    private final String nameZh;
    private final String nameEn;

    SourceType(String nameZh, String nameEn) {
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
