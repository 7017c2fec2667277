package org.xuncha.interviews.api;

/** Whether a raised problem or lead has reached the lead-transfer module. */
public enum HandOverStatus {
    /** Waiting: the lead-transfer module is not running, or it refused (see the last error). */
    PENDING("待移交", "pending"),
    HANDED_OVER("已移交", "handed over");

    private final String nameZh;
    private final String nameEn;

    HandOverStatus(String nameZh, String nameEn) {
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
