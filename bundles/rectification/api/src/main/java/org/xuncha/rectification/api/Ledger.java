package org.xuncha.rectification.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A unit's rectification ledger (整改台账) for one round, with the two-month clock as of today.
 *
 * @param id                   id
 * @param roundId              the round (round planning)
 * @param roundName            its name when the ledger was opened
 * @param unitId               the inspected unit (reference data)
 * @param unitName             its name when the ledger was opened
 * @param divisionCode         the unit's division
 * @param groupId              the group that inspected the unit
 * @param principalLeader      the unit's principal leader (一把手) now: changes with a handover
 * @param feedbackDate         the day of feedback, read from round planning
 * @param reportsDue           the last day for both reports: feedback plus the configured months
 * @param unitReportReceivedOn the day the office received the unit's report, or null
 * @param unitReport           its status today
 * @param leaderReportReceivedOn the day the office received the principal leader's report, or null
 * @param leaderReport         its status today
 * @param tasks                tasks in the ledger
 * @param closed               of which closed (销号)
 * @param overdue              of which open past their deadline
 * @param openedBy             who opened it
 * @param openedAt             when
 */
public record Ledger(long id, long roundId, String roundName, long unitId, String unitName, String divisionCode, Long groupId,
                     String principalLeader, LocalDate feedbackDate, LocalDate reportsDue, LocalDate unitReportReceivedOn,
                     ReportStatus unitReport, LocalDate leaderReportReceivedOn, ReportStatus leaderReport, long tasks, long closed,
                     long overdue, String openedBy, LocalDateTime openedAt) {
}
