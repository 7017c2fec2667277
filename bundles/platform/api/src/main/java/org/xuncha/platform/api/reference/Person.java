package org.xuncha.platform.api.reference;

/**
 * A cadre (干部): a member of inspection staff, or someone at an inspected unit.
 *
 * @param id           database id; null when creating
 * @param name         full name
 * @param unitId       the unit they work in
 * @param post         职务, e.g. 党组书记、局长
 * @param rank         职级, e.g. 正处级, 副处级, 正科级
 * @param leadership   their place in the unit's leadership
 * @param divisionCode the division of their unit (derived, read only)
 * @param active       false once they have left
 * @param version      optimistic-lock version
 */
public record Person(Long id, String name, Long unitId, String post, String rank, Leadership leadership,
                     String divisionCode, boolean active, Long version) {

    /** A person's place in their unit's leadership. */
    public enum Leadership {
        /** 一把手: the principal leader (党组书记, 党委书记). */
        TOP_LEADER,
        /** 领导班子成员 */
        LEADING_GROUP,
        /** 中层干部 */
        MIDDLE_MANAGER,
        /** 一般干部职工 */
        STAFF,
        /** 离退休干部 */
        RETIRED
    }
}
