package org.xuncha.roundplanning.api;

/** A person's place in an inspection group. */
public enum GroupRole {
    LEADER("组长", "leader"),
    DEPUTY("副组长", "deputy leader"),
    LIAISON("联络员", "liaison"),
    MEMBER("组员", "member"),
    /** 不驻组的副组长: a discipline-commission official authorised for this round, not sitting in the group. */
    NONRESIDENT_DEPUTY("不驻组副组长", "non-resident deputy leader");

    private final String nameZh;
    private final String nameEn;

    GroupRole(String nameZh, String nameEn) {
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
