package org.xuncha.interviews.api;

import org.xuncha.platform.api.reference.Person;

/** Whom the group talks to at an inspected unit. */
public enum IntervieweeCategory {
    /** 一把手: the unit's principal leader. */
    TOP_LEADER("一把手", "top leader"),
    /** 领导班子成员 */
    LEADING_GROUP("领导班子成员", "leading-group member"),
    /** 中层干部 */
    MIDDLE_MANAGER("中层干部", "middle manager"),
    /** 一般干部职工（普通党员干部） */
    STAFF("一般干部职工", "ordinary member of staff"),
    /** 离退休干部 */
    RETIRED("离退休干部", "retired cadre"),
    /** 服务对象、群众 */
    SERVED("服务对象", "person served by the unit");

    private final String nameZh;
    private final String nameEn;

    IntervieweeCategory(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The unit's leadership: the top leader and the other leading-group members. */
    public boolean leadership() {
        return this == TOP_LEADER || this == LEADING_GROUP;
    }

    /** The category of a cadre of the inspected unit, from their place in its leadership. */
    public static IntervieweeCategory of(Person.Leadership leadership) {
        if (leadership == null) {
            return STAFF;
        }
        return switch (leadership) {
            case TOP_LEADER -> TOP_LEADER;
            case LEADING_GROUP -> LEADING_GROUP;
            case MIDDLE_MANAGER -> MIDDLE_MANAGER;
            case STAFF -> STAFF;
            case RETIRED -> RETIRED;
        };
    }
}
