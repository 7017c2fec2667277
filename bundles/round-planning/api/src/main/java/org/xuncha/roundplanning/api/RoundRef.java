package org.xuncha.roundplanning.api;

import java.time.LocalDate;

/**
 * A round as other modules see it.
 *
 * @param id           id
 * @param termId       the term it belongs to
 * @param number       its number within the term (第N轮)
 * @param name         e.g. 十四届市委第五轮巡察
 * @param type         kind of round
 * @param stage        current stage
 * @param divisionCode the division whose committee runs it
 * @param fieldStart   first day of fieldwork (actual if known, else planned); may be null
 * @param fieldEnd     last day of fieldwork (actual if known, else planned); may be null
 * @param feedbackDate day feedback was given to the units, null until then
 */
public record RoundRef(long id, long termId, int number, String name, RoundType type, Stage stage, String divisionCode,
                       LocalDate fieldStart, LocalDate fieldEnd, LocalDate feedbackDate) {
}
