package org.xuncha.platform.api.reference;

/**
 * Filters for listing persons; null fields do not filter.
 *
 * @param text       part of the name or post
 * @param unitId     works in this unit
 * @param leadership has this place in the leadership
 * @param activeOnly leave out those who left
 */
public record PersonQuery(String text, Long unitId, Person.Leadership leadership, boolean activeOnly) {

    public static PersonQuery all() {
        return new PersonQuery(null, null, null, false);
    }
}
