package org.xuncha.platform.api.reference;

/**
 * Filters for listing units; null fields do not filter.
 *
 * @param text         part of the name or code
 * @param divisionCode exactly this division
 * @param field        领域
 * @param sector       板块
 * @param system       系统
 * @param parentId     direct children of this unit
 * @param activeOnly   leave out inactive units
 */
public record UnitQuery(String text, String divisionCode, String field, String sector, String system,
                        Long parentId, boolean activeOnly) {

    public static UnitQuery all() {
        return new UnitQuery(null, null, null, null, null, null, false);
    }
}
