package org.xuncha.leadtransfer.internal.problem;

import org.xuncha.leadtransfer.internal.Labeled;

/** Where a problem draft is in its approval: group → office → leading group. */
public enum ProblemStatus implements Labeled {
    DRAFT("草稿", "draft"),
    /** signed off by the group leader, waiting for the office */
    SUBMITTED("待巡察办审核", "awaiting the office"),
    /** passed the office, waiting for the leading group */
    OFFICE_APPROVED("待领导小组审定", "awaiting the leading group"),
    /** final: counts as a problem found */
    APPROVED("已审定", "approved"),
    /** sent back to the group with an opinion; editable again */
    RETURNED("已退回", "returned");

    private final String nameZh;
    private final String nameEn;

    ProblemStatus(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    @Override
    public String nameZh() {
        return nameZh;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }

    /** The group may still change the draft. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
