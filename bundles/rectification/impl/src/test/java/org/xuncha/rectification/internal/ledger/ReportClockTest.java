package org.xuncha.rectification.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.fields;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.xuncha.rectification.api.LedgerDraft;
import org.xuncha.rectification.api.LedgerService;
import org.xuncha.rectification.api.ReportKind;
import org.xuncha.rectification.api.ReportReceipt;
import org.xuncha.rectification.api.ReportStatus;

class ReportClockTest {

    private static final LocalDate FEEDBACK = LocalDate.of(2025, 5, 15);

    @Test
    void bothReportsAreDueTheConfiguredMonthsAfterFeedback() {
        assertThat(ReportClock.due(FEEDBACK, 2)).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(ReportClock.due(FEEDBACK, 3)).isEqualTo(LocalDate.of(2025, 8, 15));
        // a month without the day: the period ends on the month's last day
        assertThat(ReportClock.due(LocalDate.of(2024, 12, 31), 2)).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aReportIsPendingUntilItsDueDayOverdueAfterAndReceivedInTimeOrLate() {
        LocalDate due = ReportClock.due(FEEDBACK, 2);
        assertThat(ReportClock.status(null, due, due)).isEqualTo(ReportStatus.PENDING);
        assertThat(ReportClock.status(null, due, due.plusDays(1))).isEqualTo(ReportStatus.OVERDUE);
        assertThat(ReportClock.status(due, due, due.plusDays(30))).isEqualTo(ReportStatus.RECEIVED);
        assertThat(ReportClock.status(due.plusDays(1), due, due.plusDays(30))).isEqualTo(ReportStatus.RECEIVED_LATE);
    }

    /** The list's SQL bound and the status agree on every day of two years, month ends included. */
    @Test
    void theOverdueFilterBoundAgreesWithTheStatusEveryDay() {
        for (int months = 1; months <= 3; months++) {
            for (LocalDate today = LocalDate.of(2024, 1, 1); today.isBefore(LocalDate.of(2026, 1, 1)); today = today.plusDays(1)) {
                LocalDate bound = ReportClock.overdueIfFeedbackOnOrBefore(today, months);
                assertThat(ReportClock.status(null, ReportClock.due(bound, months), today)).isEqualTo(ReportStatus.OVERDUE);
                assertThat(ReportClock.status(null, ReportClock.due(bound.plusDays(1), months), today)).isEqualTo(ReportStatus.PENDING);
            }
        }
    }

    @Test
    void aDraftNamesEveryMissingOrTooLongField() {
        assertThat(fields(() -> ReportClock.check(new LedgerDraft(null, null, "长".repeat(LedgerDraft.NAME_MAX + 1)))))
                .containsExactly("roundId", "unitId", "principalLeader");
        assertThat(fields(() -> ReportClock.check((LedgerDraft) null))).containsExactly("body");
        ReportClock.check(new LedgerDraft(1L, 2L, null));
    }

    @Test
    void aReportIsReceivedBetweenFeedbackAndToday() {
        LocalDate today = LocalDate.of(2025, 6, 30);
        assertThat(fields(() -> ReportClock.check(new ReportReceipt(null, null), FEEDBACK, today))).containsExactly("report", "receivedOn");
        assertThat(fields(() -> ReportClock.check(new ReportReceipt(ReportKind.UNIT_REPORT, today.plusDays(1)), FEEDBACK, today)))
                .containsExactly("receivedOn");
        assertThat(fields(() -> ReportClock.check(new ReportReceipt(ReportKind.UNIT_REPORT, FEEDBACK.minusDays(1)), FEEDBACK, today)))
                .containsExactly("receivedOn");
        ReportClock.check(new ReportReceipt(ReportKind.LEADER_REPORT, FEEDBACK), FEEDBACK, today);
    }

    @Test
    void everySortableFieldHasAPath() {
        assertThat(ReportClock.SORT.keySet()).isEqualTo(LedgerService.SORTABLE);
    }
}
