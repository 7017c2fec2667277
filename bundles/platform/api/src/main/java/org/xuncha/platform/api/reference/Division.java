package org.xuncha.platform.api.reference;

/**
 * An administrative division whose Party committee runs inspections: the city, or a county-level
 * division (县、市、区, and development zones treated as such).
 *
 * @param code       administrative code, e.g. {@code 371500} for 聊城市
 * @param nameZh     name
 * @param nameEn     English name, may be null
 * @param level      city or county
 * @param parentCode the city a county belongs to; null for the city
 */
public record Division(String code, String nameZh, String nameEn, DivisionLevel level, String parentCode) {
}
