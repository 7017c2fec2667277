package org.xuncha.leadtransfer.internal;

import java.time.LocalDate;

/**
 * Where a problem, lead or finding belongs: a round, one of its groups and one of that group's
 * target units, as {@link Rounds#place} resolved and checked it.
 *
 * @param divisionCode the division whose committee runs the round
 * @param termId       the round's term
 * @param roundId      the round
 * @param groupId      the group
 * @param unitId       the unit
 * @param roundStart   first day of the round's fieldwork (or a fallback if round planning has none): orders rounds
 */
public record Placement(String divisionCode, long termId, long roundId, long groupId, long unitId, LocalDate roundStart) {
}
