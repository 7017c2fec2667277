package org.xuncha.rectification.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.rectification.internal.TestModule.CITY_ROUND;
import static org.xuncha.rectification.internal.TestModule.COUNTY_ROUND;
import static org.xuncha.rectification.internal.TestModule.EDU_CONTACT;
import static org.xuncha.rectification.internal.TestModule.UNIT_COUNTY;
import static org.xuncha.rectification.internal.TestModule.UNIT_EDU;
import static org.xuncha.rectification.internal.TestModule.UNIT_HEALTH;
import static org.xuncha.rectification.internal.TestModule.cityOffice;
import static org.xuncha.rectification.internal.TestModule.countyOffice;
import static org.xuncha.rectification.internal.TestModule.group2Member;
import static org.xuncha.rectification.internal.TestModule.unitContact;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.Breakdown;
import org.xuncha.rectification.api.ClosureDecision;
import org.xuncha.rectification.api.LedgerDraft;
import org.xuncha.rectification.api.LedgerSummary;
import org.xuncha.rectification.api.ProgressDraft;
import org.xuncha.rectification.api.ReportStatus;
import org.xuncha.rectification.api.Task;
import org.xuncha.rectification.api.TaskDraft;
import org.xuncha.rectification.internal.TestModule;

/** Figures per round, unit and division, and the ledger summaries other modules read, each in the caller's scope. */
class StatisticsTest {

    private final TestModule m = new TestModule();
    private final Caller office = cityOffice();

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void figuresPerRoundUnitAndDivisionInTheCallersScope() {
        long edu = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, null)).id();
        long health = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_HEALTH, null)).id();
        long county = m.ledgers.open(countyOffice(), new LedgerDraft(COUNTY_ROUND, UNIT_COUNTY, null)).id();
        Task a = m.tasks.add(office, edu, new TaskDraft("甲", null, null, null, LocalDate.of(2025, 7, 31), null));
        m.tasks.add(office, edu, new TaskDraft("乙", null, null, null, LocalDate.of(2025, 6, 1), null));
        m.tasks.add(office, health, new TaskDraft("丙", null, null, null, LocalDate.of(2025, 7, 31), null));
        m.tasks.add(countyOffice(), county, new TaskDraft("丁", null, null, null, LocalDate.of(2025, 7, 31), null));
        m.tasks.requestClosure(unitContact(EDU_CONTACT), a.id(), new ProgressDraft(null, "已整改", "材料"));
        m.tasks.decideClosure(office, a.id(), new ClosureDecision(true, null));

        assertThat(m.statistics.breakdown(office, Breakdown.By.UNIT, CITY_ROUND)).containsExactly(
                Breakdown.of(Breakdown.By.UNIT, String.valueOf(UNIT_EDU), "市教育和体育局党组", 2, 1, 1),
                Breakdown.of(Breakdown.By.UNIT, String.valueOf(UNIT_HEALTH), "市卫生健康委员会党组", 1, 0, 0));
        assertThat(m.statistics.breakdown(office, Breakdown.By.ROUND, null)).extracting(Breakdown::key, Breakdown::tasks, Breakdown::closureRate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10", 3L, 33.3), org.assertj.core.groups.Tuple.tuple("20", 1L, 0.0));
        assertThat(m.statistics.breakdown(office, Breakdown.By.DIVISION, null)).extracting(Breakdown::key, Breakdown::tasks)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("371500", 3L), org.assertj.core.groups.Tuple.tuple("371521", 1L));
        assertThat(m.statistics.breakdown(countyOffice(), Breakdown.By.DIVISION, null)).extracting(Breakdown::key).containsExactly("371521");
        assertThat(m.statistics.breakdown(group2Member(), Breakdown.By.UNIT, null)).extracting(Breakdown::key)
                .containsExactly(String.valueOf(UNIT_HEALTH));
        assertThat(m.statistics.breakdown(unitContact(EDU_CONTACT), Breakdown.By.UNIT, null)).extracting(Breakdown::key)
                .containsExactly(String.valueOf(UNIT_EDU));

        LedgerSummary s = m.statistics.summaries(office, CITY_ROUND, UNIT_EDU).get(0);
        assertThat(s.ledgerId()).isEqualTo(edu);
        assertThat(s.tasks()).isEqualTo(2);
        assertThat(s.closed()).isEqualTo(1);
        assertThat(s.overdue()).isEqualTo(1);
        assertThat(s.closureRate()).isEqualTo(50.0);
        assertThat(s.reportsDue()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(s.unitReport()).isEqualTo(ReportStatus.PENDING);
        assertThat(m.statistics.summaries(office, null, null)).extracting(LedgerSummary::ledgerId).containsExactly(edu, health, county);
        assertThat(m.statistics.summaries(unitContact(EDU_CONTACT), null, null)).extracting(LedgerSummary::ledgerId).containsExactly(edu);
        assertThat(m.statistics.summaries(countyOffice(), CITY_ROUND, null)).isEmpty();
    }
}
