package org.xuncha.leadtransfer.internal.joint;

import org.xuncha.leadtransfer.internal.Labeled;

/** Who visits a unit, as the shared calendar shows it. */
public enum VisitKind implements Labeled {
    /** an inspection group of a round (from round planning) */
    INSPECTION("巡察", "inspection"),
    AUDIT("审计", "audit"),
    DISCIPLINE("纪检监察", "discipline inspection"),
    OTHER("其他监督检查", "other supervision");

    private final String nameZh;
    private final String nameEn;

    VisitKind(String nameZh, String nameEn) {
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
