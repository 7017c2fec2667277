package org.xuncha.rectification.internal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.rectification.internal.TestModule.CITY_ROUND;
import static org.xuncha.rectification.internal.TestModule.UNIT_EDU;
import static org.xuncha.rectification.internal.TestModule.UNIT_HEALTH;
import static org.xuncha.rectification.internal.TestModule.cityOffice;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.LedgerDraft;
import org.xuncha.rectification.api.RectificationEvents;
import org.xuncha.rectification.api.ReportKind;
import org.xuncha.rectification.api.ReportReceipt;
import org.xuncha.rectification.api.Task;
import org.xuncha.rectification.api.TaskChange;
import org.xuncha.rectification.api.TaskDraft;
import org.xuncha.rectification.internal.TestModule;

/** Feedback on 2025-05-15, reports due 2025-07-15, reminders 7 days before; today starts at 2025-06-30. */
class AlertServiceTest {

    private final TestModule m = new TestModule();
    private final Caller office = cityOffice();
    private final long edu = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, null)).id();
    private final long health = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_HEALTH, null)).id();

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void remindersThenOverdueReportsEachOnceAndNotForReportsReceived() {
        assertThat(m.alerts.sweep()).isEqualTo(new AlertService.Sweep(0, 0, 0));
        m.db.testClock().setToday(LocalDate.of(2025, 7, 8));
        assertThat(m.alerts.sweep()).isEqualTo(new AlertService.Sweep(2, 0, 0));
        assertThat(m.db.events(RectificationEvents.REPORT_DUE_SOON)).extracting(e -> e.properties().get(RectificationEvents.DUE))
                .containsOnly("2025-07-15");
        assertThat(m.alerts.sweep()).as("once").isEqualTo(new AlertService.Sweep(0, 0, 0));

        m.db.testClock().setToday(LocalDate.of(2025, 7, 15));
        m.ledgers.receiveReport(office, health, new ReportReceipt(ReportKind.UNIT_REPORT, LocalDate.of(2025, 7, 10)));
        m.ledgers.receiveReport(office, health, new ReportReceipt(ReportKind.LEADER_REPORT, LocalDate.of(2025, 7, 10)));
        assertThat(m.alerts.sweep().reportsOverdue()).as("due today is not overdue").isZero();
        m.db.testClock().setToday(LocalDate.of(2025, 7, 16));
        assertThat(m.alerts.sweep()).isEqualTo(new AlertService.Sweep(0, 1, 0));
        assertThat(m.db.events(RectificationEvents.REPORT_OVERDUE)).extracting(e -> e.properties().get(RectificationEvents.LEDGER_ID))
                .containsExactly(edu);
        assertThat(m.alerts.sweep()).isEqualTo(new AlertService.Sweep(0, 0, 0));
    }

    @Test
    void anOverdueTaskIsAnnouncedOnceAndAgainWhenItsNewDeadlinePasses() {
        Task t = m.tasks.add(office, edu, new TaskDraft("问题", null, null, null, LocalDate.of(2025, 7, 1), null));
        m.db.testClock().setToday(LocalDate.of(2025, 7, 1));
        assertThat(m.alerts.sweep().tasksOverdue()).isZero();
        m.db.testClock().setToday(LocalDate.of(2025, 7, 2));
        assertThat(m.alerts.sweep().tasksOverdue()).isEqualTo(1);
        assertThat(m.alerts.sweep().tasksOverdue()).isZero();
        assertThat(m.db.events(RectificationEvents.TASK_OVERDUE)).extracting(e -> e.entityId()).containsExactly(String.valueOf(t.id()));

        Task now = m.tasks.task(office, t.id());
        m.tasks.change(office, t.id(), new TaskChange(now.version(), null, null, null, LocalDate.of(2025, 7, 20), null));
        assertThat(m.alerts.sweep().tasksOverdue()).isZero();
        m.db.testClock().setToday(LocalDate.of(2025, 7, 21));
        assertThat(m.alerts.sweep().tasksOverdue()).isEqualTo(1);
    }
}
