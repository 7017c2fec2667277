package org.xuncha.leadtransfer.internal.problem;

import org.xuncha.leadtransfer.internal.Labeled;

/** The three signatures on a problem's approval sheet. */
public enum ApprovalStep implements Labeled {
    GROUP("组长审核", "group leader's sign-off"),
    OFFICE("巡察办审核", "office review"),
    LEADING_GROUP("领导小组审定", "leading group's decision");

    private final String nameZh;
    private final String nameEn;

    ApprovalStep(String nameZh, String nameEn) {
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
}
