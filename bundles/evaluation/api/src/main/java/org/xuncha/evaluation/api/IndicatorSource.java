package org.xuncha.evaluation.api;

/** Where an indicator's value comes from. */
public enum IndicatorSource {
    /** Scored by the office, with a note. */
    OFFICE("巡察办评分", "scored by the office", null),
    /** Approved problems of the group's target units, from lead transfer. */
    LEAD_TRANSFER("问题线索移交模块：审定问题数", "lead transfer: approved problems", "lead-transfer"),
    /** Interview records of the group, from interview records. */
    INTERVIEW_RECORDS("谈话记录模块：谈话记录数", "interview records: records", "interview-records"),
    /** Units the group inspects, from round planning. */
    ROUND_PLANNING("巡察规划模块：巡察对象数", "round planning: units inspected", "round-planning");

    private final String nameZh;
    private final String nameEn;
    private final String module;

    IndicatorSource(String nameZh, String nameEn, String module) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.module = module;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The module that computes it; null for office-scored. */
    public String module() {
        return module;
    }

    public boolean computed() {
        return module != null;
    }
}
