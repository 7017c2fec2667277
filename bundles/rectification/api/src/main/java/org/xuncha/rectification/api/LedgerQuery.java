package org.xuncha.rectification.api;

/**
 * Filters of the ledger list; null means any.
 *
 * @param roundId        of this round
 * @param unitId         of this unit
 * @param reportsOverdue true: only ledgers with a report overdue today
 */
public record LedgerQuery(Long roundId, Long unitId, Boolean reportsOverdue) {
}
