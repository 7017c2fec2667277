package org.xuncha.leadtransfer.internal.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class FeedbackClockTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The platform clock as a test fixes it: 0:30 on the given day in Beijing time (16:30 UTC the day before). */
    private static LocalDate today(String isoDate) {
        Clock fixed = Clock.fixed(Instant.parse(LocalDate.parse(isoDate).minusDays(1) + "T16:30:00Z"), SHANGHAI);
        return LocalDate.now(fixed);
    }

    @Test
    void theDeadlineIsThreeCalendarMonthsAfterTheTransferByDefault() {
        FeedbackClock clock = new FeedbackClock(3);
        assertThat(clock.due(LocalDate.of(2025, 3, 10))).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(clock.due(LocalDate.of(2024, 11, 30))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(clock.due(LocalDate.of(2023, 11, 30))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(new FeedbackClock(6).due(LocalDate.of(2025, 8, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThatThrownBy(() -> new FeedbackClock(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLeadIsOverdueFromTheDayAfterItsDeadlineOnThePlatformClock() {
        LocalDate due = new FeedbackClock(3).due(LocalDate.of(2024, 11, 30));   // 2025-02-28
        LocalDate onTheDay = today("2025-02-28");
        assertThat(onTheDay).isEqualTo(due);
        assertThat(FeedbackClock.overdue(LeadStatus.TRANSFERRED, due, onTheDay)).isFalse();
        assertThat(FeedbackClock.daysOverdue(LeadStatus.TRANSFERRED, due, onTheDay)).isZero();
        LocalDate dayAfter = today("2025-03-01");
        assertThat(FeedbackClock.overdue(LeadStatus.TRANSFERRED, due, dayAfter)).isTrue();
        assertThat(FeedbackClock.overdue(LeadStatus.ACKNOWLEDGED, due, dayAfter)).isTrue();
        assertThat(FeedbackClock.daysOverdue(LeadStatus.ACKNOWLEDGED, due, today("2025-03-31"))).isEqualTo(31);
    }

    @Test
    void theClockStopsWithTheFirstDisposalReport() {
        LocalDate due = LocalDate.of(2025, 2, 28);
        LocalDate later = today("2025-09-01");
        for (LeadStatus s : new LeadStatus[] {LeadStatus.REGISTERED, LeadStatus.DISPOSING, LeadStatus.CONCLUDED}) {
            assertThat(FeedbackClock.overdue(s, due, later)).as(s.name()).isFalse();
            assertThat(FeedbackClock.daysOverdue(s, due, later)).isZero();
        }
        assertThat(FeedbackClock.overdue(LeadStatus.TRANSFERRED, null, later)).isFalse();
    }
}
