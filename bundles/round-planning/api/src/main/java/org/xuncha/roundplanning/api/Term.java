package org.xuncha.roundplanning.api;

import java.time.LocalDate;

/**
 * A committee term (届) as the office plans it. Its coverage universe is every active unit whose
 * {@code divisionCode} is the term's own: a city committee's term covers the city's units, a
 * county committee's term the county's (counties plan their own terms).
 *
 * @param id           null when creating
 * @param name         e.g. 中共聊城市第十四届委员会
 * @param divisionCode the division whose committee it is
 * @param startDate    first day
 * @param endDate      last day (planned)
 * @param version      optimistic-lock version; send back what you read when updating
 */
public record Term(Long id, String name, String divisionCode, LocalDate startDate, LocalDate endDate, Long version) {

    public TermRef ref() {
        return new TermRef(id, name, divisionCode, startDate, endDate);
    }
}
