package org.xuncha.roundplanning.api;

import java.time.LocalDate;

/**
 * A committee term (届), e.g. 十四届市委.
 *
 * @param id           id
 * @param name         e.g. 中共聊城市第十四届委员会
 * @param divisionCode the division whose committee it is
 * @param startDate    first day
 * @param endDate      last day (planned)
 */
public record TermRef(long id, String name, String divisionCode, LocalDate startDate, LocalDate endDate) {
}
