package org.xuncha.roundplanning.api;

/**
 * Approval state of a round plan. The office drafts it, the leading group (巡察工作领导小组)
 * approves it, then the committee (书记专题会/常委会). Once any approval is given the plan changes
 * only through a recorded amendment.
 */
public enum PlanStatus {
    DRAFT("草拟", "draft"),
    LEADING_GROUP_APPROVED("领导小组已审议", "approved by the leading group"),
    APPROVED("已批准", "approved by the committee");

    private final String nameZh;
    private final String nameEn;

    PlanStatus(String nameZh, String nameEn) {
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
