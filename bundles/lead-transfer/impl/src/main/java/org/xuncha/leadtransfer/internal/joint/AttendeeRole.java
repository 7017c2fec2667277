package org.xuncha.leadtransfer.internal.joint;

import org.xuncha.leadtransfer.internal.Labeled;

/** In what capacity someone attends a consultation (会商研判). */
public enum AttendeeRole implements Labeled {
    /** 不驻组副组长: a discipline-commission official authorised for the round */
    NONRESIDENT_DEPUTY("不驻组副组长", "non-resident deputy leader"),
    GROUP("巡察组", "inspection group"),
    OFFICE("巡察办", "inspection office"),
    DISCIPLINE_COMMISSION("纪委监委", "discipline commission"),
    ORGANISATION_DEPT("组织部", "organisation department"),
    AUDIT("审计机关", "audit"),
    OTHER("其他", "other");

    private final String nameZh;
    private final String nameEn;

    AttendeeRole(String nameZh, String nameEn) {
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
