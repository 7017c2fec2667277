package org.xuncha.personnelpools.api;

/** The pools an office keeps. */
public enum PoolKind {
    LEADER("组长库", "group leaders"),
    DEPUTY("副组长库", "deputy leaders"),
    LIAISON("联络员库", "liaisons"),
    MEMBER("巡察干部库", "inspection cadres"),
    /** Discipline-commission officials authorised as non-resident deputy leaders (不驻组的副组长). */
    NONRESIDENT_DEPUTY("不驻组副组长库", "non-resident deputy leaders"),
    TRAINER("巡察师资库", "trainers");

    private final String nameZh;
    private final String nameEn;

    PoolKind(String nameZh, String nameEn) {
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
