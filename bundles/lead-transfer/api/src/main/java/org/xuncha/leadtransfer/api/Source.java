package org.xuncha.leadtransfer.api;

/** Where a problem or lead came from. */
public enum Source {
    /** Found by the group's own work (document review, field visit...). */
    GROUP_WORK("巡察发现", "group work"),
    /** Raised in an individual interview (个别谈话). */
    INTERVIEW("个别谈话", "interview"),
    /** Raised by a letter, call, visit or online report (信访). */
    LETTER("信访举报", "letters and visits"),
    /** Brought in from an audit project (巡纪审联动). */
    AUDIT("审计移送", "audit finding"),
    /** Brought in from the discipline commission (巡纪审联动). */
    DISCIPLINE("纪委监委移送", "discipline commission");

    private final String nameZh;
    private final String nameEn;

    Source(String nameZh, String nameEn) {
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
