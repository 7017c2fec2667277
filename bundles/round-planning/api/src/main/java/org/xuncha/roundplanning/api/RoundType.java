package org.xuncha.roundplanning.api;

/** Kinds of round. */
public enum RoundType {
    REGULAR("常规巡察", "regular"),
    SPECIAL("专项巡察", "special-topic"),
    MOBILE("机动巡察", "mobile"),
    ESCALATED("提级巡察", "escalated"),
    CROSS("交叉巡察", "crossed"),
    FOLLOW_UP("回头看", "follow-up"),
    JOINT("巡纪审联动", "inspection-discipline-audit joint");

    private final String nameZh;
    private final String nameEn;

    RoundType(String nameZh, String nameEn) {
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
