package org.xuncha.rectification.api;

/** What the committee assigns for rectification beyond a unit's own ledger. */
public enum AssignmentKind {
    /** 书记批示: the committee secretary's instruction on rectification. */
    INSTRUCTION("书记批示", "Secretary's instruction"),
    /** 共性问题交办单: a problem common to many units, assigned by the standing committee. */
    COMMON_PROBLEM("共性问题交办单", "Common problem assigned"),
    /** 专项整治: a special rectification campaign. */
    CAMPAIGN("专项整治", "Special campaign");

    private final String nameZh;
    private final String nameEn;

    AssignmentKind(String nameZh, String nameEn) {
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
