package org.xuncha.interviews.api;

/** Whether someone signed the (paper) record. */
public enum SignatureStatus {
    PENDING("待签字", "pending"),
    SIGNED("已签字", "signed"),
    /** Only for the interviewee: they refused to sign; the recorder notes it. */
    DECLINED("拒绝签字", "declined");

    private final String nameZh;
    private final String nameEn;

    SignatureStatus(String nameZh, String nameEn) {
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
