package org.xuncha.rectification.api;

import java.time.LocalDate;

/**
 * A unit's ledger in a round as another module reads it (the evaluation module): its tasks, how many
 * are closed and overdue, and where the two reports stand, as of today.
 *
 * @param ledgerId     the ledger
 * @param roundId      the round
 * @param roundName    its name
 * @param unitId       the inspected unit
 * @param unitName     its name
 * @param divisionCode the round's division
 * @param feedbackDate the day of feedback
 * @param reportsDue   the day both reports are due
 * @param unitReport   where the unit's report stands
 * @param leaderReport where the principal leader's report stands
 * @param tasks        tasks
 * @param closed       of which closed (销号)
 * @param overdue      of which open past their deadline
 * @param closureRate  closed tasks per hundred, one decimal; 0 without tasks
 */
public record LedgerSummary(long ledgerId, long roundId, String roundName, long unitId, String unitName, String divisionCode,
                            LocalDate feedbackDate, LocalDate reportsDue, ReportStatus unitReport, ReportStatus leaderReport, long tasks,
                            long closed, long overdue, double closureRate) {
}
