package org.xuncha.interviews.api;

/** State of an interview record. */
public enum RecordStatus {
    /** Being written; can be changed. */
    DRAFT("草稿", "draft"),
    /** Signed off: changed only by a recorded correction. */
    SIGNED("已签字确认", "signed off");

    private final String nameZh;
    private final String nameEn;

    RecordStatus(String nameZh, String nameEn) {
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
