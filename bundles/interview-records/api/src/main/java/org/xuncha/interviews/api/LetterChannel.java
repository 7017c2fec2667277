package org.xuncha.interviews.api;

/** How a letter or visit (信访) reached the group. */
public enum LetterChannel {
    LETTER("来信", "letter"),
    PHONE("来电", "phone call"),
    VISIT("来访", "visit"),
    MAILBOX("意见箱", "mailbox"),
    ONLINE("网络举报", "online report");

    private final String nameZh;
    private final String nameEn;

    LetterChannel(String nameZh, String nameEn) {
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
