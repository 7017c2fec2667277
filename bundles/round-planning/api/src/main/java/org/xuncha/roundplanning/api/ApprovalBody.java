package org.xuncha.roundplanning.api;

/** Who approves a round plan, in order. */
public enum ApprovalBody {
    /** 巡察工作领导小组 (its office's leader records the decision). */
    LEADING_GROUP("巡察工作领导小组", "leading group"),
    /** 书记专题会 / 常委会. */
    COMMITTEE("书记专题会（常委会）", "committee secretary's meeting");

    private final String nameZh;
    private final String nameEn;

    ApprovalBody(String nameZh, String nameEn) {
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
