package org.xuncha.rectification.api;

/**
 * Filters of the task list; null means any.
 *
 * @param ledgerId of this ledger
 * @param roundId  of this round
 * @param unitId   of this unit
 * @param status   in this status
 * @param phase    in this phase
 * @param overdue  true: open past the deadline today; false: not overdue
 */
public record TaskQuery(Long ledgerId, Long roundId, Long unitId, TaskStatus status, Phase phase, Boolean overdue) {
}
