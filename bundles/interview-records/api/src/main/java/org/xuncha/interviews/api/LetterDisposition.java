package org.xuncha.interviews.api;

/** How the group handles a letter or visit (分类处置). */
public enum LetterDisposition {
    /** Registered, not handled yet. */
    PENDING("待处理", "pending"),
    /** Used as background for the inspection (留存参考). */
    REFERENCE("留存参考", "kept for reference"),
    /** Passed to the inspected unit to handle (转被巡察单位办理). */
    TO_UNIT("转被巡察单位办理", "passed to the unit"),
    /** Passed to the competent department, e.g. the petition bureau (转有关部门办理). */
    TO_DEPARTMENT("转有关部门办理", "passed to the competent department"),
    /** Raised as a problem or lead (作为问题线索移交). */
    RAISED("作为问题或线索移交", "raised as a problem or lead"),
    /** Outside what an inspection accepts (不属于巡察受理范围). */
    OUT_OF_SCOPE("不属于受理范围", "outside the inspection's scope");

    private final String nameZh;
    private final String nameEn;

    LetterDisposition(String nameZh, String nameEn) {
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
