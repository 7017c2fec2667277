package org.xuncha.rectification.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.rectification.internal.TestModule.CITY_ROUND;
import static org.xuncha.rectification.internal.TestModule.COUNTY_ROUND;
import static org.xuncha.rectification.internal.TestModule.EDU_CONTACT;
import static org.xuncha.rectification.internal.TestModule.FEEDBACK;
import static org.xuncha.rectification.internal.TestModule.HEALTH_PERSON;
import static org.xuncha.rectification.internal.TestModule.NO_FEEDBACK_ROUND;
import static org.xuncha.rectification.internal.TestModule.UNIT_COUNTY;
import static org.xuncha.rectification.internal.TestModule.UNIT_EDU;
import static org.xuncha.rectification.internal.TestModule.UNIT_HEALTH;
import static org.xuncha.rectification.internal.TestModule.UNIT_SCHOOL;
import static org.xuncha.rectification.internal.TestModule.cityOffice;
import static org.xuncha.rectification.internal.TestModule.countyOffice;
import static org.xuncha.rectification.internal.TestModule.group2Member;
import static org.xuncha.rectification.internal.TestModule.unitContact;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;
import static org.xuncha.testkit.Refusals.status;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.Ledger;
import org.xuncha.rectification.api.LedgerDraft;
import org.xuncha.rectification.api.LedgerQuery;
import org.xuncha.rectification.api.LedgerService;
import org.xuncha.rectification.api.RectificationEvents;
import org.xuncha.rectification.api.ReportKind;
import org.xuncha.rectification.api.ReportReceipt;
import org.xuncha.rectification.api.ReportStatus;
import org.xuncha.rectification.api.TaskDraft;
import org.xuncha.rectification.internal.Rounds;
import org.xuncha.rectification.internal.Settings;
import org.xuncha.testkit.Configs;
import org.xuncha.rectification.internal.TestModule;

class LedgerServiceTest {

    private final TestModule m = new TestModule();
    private final Caller office = cityOffice();

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void aLedgerTakesTheFeedbackDayFromRoundPlanningAndTheReportsAreDueTwoMonthsLater() {
        Ledger l = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, " 王原任 "));
        assertThat(l.feedbackDate()).isEqualTo(FEEDBACK);
        assertThat(l.reportsDue()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(l.unitReport()).isEqualTo(ReportStatus.PENDING);
        assertThat(l.principalLeader()).isEqualTo("王原任");
        assertThat(l.unitName()).isEqualTo("市教育和体育局党组");
        assertThat(l.groupId()).isEqualTo(TestModule.GROUP_1);
        assertThat(m.db.audits()).extracting(a -> a.type() + ":" + a.id()).containsExactly("ledger:" + l.id());
        assertThat(m.db.events(RectificationEvents.LEDGER_OPENED)).extracting(e -> e.properties().get(RectificationEvents.UNIT_ID))
                .containsExactly(UNIT_EDU);
    }

    @Test
    void reportsGoOverdueAfterTheDueDayAndTheOfficeRecordsTheirReceipt() {
        long id = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, null)).id();
        m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_SCHOOL, null));
        assertThat(m.ledgers.ledgers(office, new LedgerQuery(null, null, true), PageRequest.first(20)).total()).isZero();

        m.db.testClock().setToday(LocalDate.of(2025, 7, 16));
        Ledger late = m.ledgers.ledger(office, id);
        assertThat(late.unitReport()).isEqualTo(ReportStatus.OVERDUE);
        assertThat(late.leaderReport()).isEqualTo(ReportStatus.OVERDUE);
        assertThat(m.ledgers.ledgers(office, new LedgerQuery(CITY_ROUND, null, true), PageRequest.first(20)).total()).isEqualTo(2);

        m.ledgers.receiveReport(office, id, new ReportReceipt(ReportKind.UNIT_REPORT, LocalDate.of(2025, 7, 10)));
        Ledger both = m.ledgers.receiveReport(office, id, new ReportReceipt(ReportKind.LEADER_REPORT, LocalDate.of(2025, 7, 16)));
        assertThat(both.unitReport()).isEqualTo(ReportStatus.RECEIVED);
        assertThat(both.leaderReport()).isEqualTo(ReportStatus.RECEIVED_LATE);
        assertThat(m.ledgers.ledgers(office, new LedgerQuery(null, null, true), PageRequest.first(20)).items())
                .extracting(Ledger::unitId).containsExactly(UNIT_SCHOOL);
        assertThat(m.ledgers.figures(office, CITY_ROUND).reportsOverdue()).isEqualTo(1);
        assertThat(m.db.events(RectificationEvents.REPORT_RECEIVED)).hasSize(2);
    }

    /** The due day is computed when read: a new setting moves the due day of ledgers already open. */
    @Test
    void theDueDayFollowsTheSetting() {
        long id = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, null)).id();
        Settings three = new Settings(Configs.of(Settings.Config.class, Map.of("reportMonths", 3)));
        LedgerServiceImpl ledgers = new LedgerServiceImpl(m.store, m.access, m.rounds, m.referenceData, three, new LedgerExport(m.sheets));
        assertThat(ledgers.ledger(office, id).reportsDue()).isEqualTo(LocalDate.of(2025, 8, 15));
    }

    @Test
    void aLedgerIsOpenedOnceForATargetOfARoundThatGaveFeedback() {
        m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, null));
        assertThat(refusal(() -> m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, null))).code()).isEqualTo("ledger_exists");
        assertThat(refusal(() -> m.ledgers.open(office, new LedgerDraft(NO_FEEDBACK_ROUND, UNIT_EDU, null))).code()).isEqualTo("no_feedback");
        assertThat(fields(() -> m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_COUNTY, null)))).containsExactly("unitId");
        assertThat(fields(() -> m.ledgers.open(office, new LedgerDraft(999L, UNIT_EDU, null)))).containsExactly("roundId");
        assertThat(fields(() -> m.ledgers.open(office, new LedgerDraft(CITY_ROUND, 999L, null)))).containsExactly("unitId");
        assertThat(fields(() -> m.ledgers.open(office, new LedgerDraft(null, null, null)))).containsExactly("roundId", "unitId");
    }

    @Test
    void withoutRoundPlanningNoLedgerIsOpenedButTheStoredOnesAreRead() {
        long id = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, null)).id();
        LedgerServiceImpl without = new LedgerServiceImpl(m.store, m.access, Rounds.of(null), m.referenceData, m.settings, new LedgerExport(m.sheets));
        assertThat(refusal(() -> without.open(office, new LedgerDraft(CITY_ROUND, UNIT_SCHOOL, null))).code())
                .isEqualTo("round_planning_unavailable");
        assertThat(without.ledger(office, id).unitId()).isEqualTo(UNIT_EDU);
    }

    @Test
    void aCountySeesItsOwnAGroupItsUnitsAUnitContactItsUnitOnly() {
        long edu = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, null)).id();
        long health = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_HEALTH, null)).id();
        Caller county = countyOffice();
        long countyLedger = m.ledgers.open(county, new LedgerDraft(COUNTY_ROUND, UNIT_COUNTY, null)).id();

        assertThat(ids(office)).containsExactlyInAnyOrder(edu, health, countyLedger);
        assertThat(ids(county)).containsExactly(countyLedger);
        assertThat(status(() -> m.ledgers.ledger(county, edu))).isEqualTo(403);
        assertThat(status(() -> m.ledgers.open(county, new LedgerDraft(CITY_ROUND, UNIT_SCHOOL, null)))).isEqualTo(403);

        assertThat(ids(group2Member())).containsExactly(health);
        assertThat(status(() -> m.ledgers.ledger(group2Member(), edu))).isEqualTo(403);

        assertThat(ids(unitContact(EDU_CONTACT))).containsExactly(edu);
        assertThat(status(() -> m.ledgers.ledger(unitContact(EDU_CONTACT), health))).isEqualTo(403);
        assertThat(ids(unitContact(HEALTH_PERSON))).containsExactly(health);
        // a contact linked to no cadre sees nothing rather than the whole division
        assertThat(ids(unitContact(null))).isEmpty();
        assertThat(status(() -> m.ledgers.receiveReport(unitContact(EDU_CONTACT), edu, new ReportReceipt(ReportKind.UNIT_REPORT, FEEDBACK))))
                .isEqualTo(403);
    }

    @Test
    void aLedgerCountsItsTasksAndExportsThemAudited() {
        long id = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, "王原任")).id();
        m.tasks.add(office, id, new TaskDraft("问题一", null, null, null, LocalDate.of(2025, 6, 1), null));
        m.tasks.add(office, id, new TaskDraft("问题二", null, null, null, LocalDate.of(2025, 9, 1), null));
        Ledger l = m.ledgers.ledger(office, id);
        assertThat(l.tasks()).isEqualTo(2);
        assertThat(l.overdue()).isEqualTo(1);
        assertThat(m.ledgers.ledgers(office, new LedgerQuery(CITY_ROUND, UNIT_EDU, null), PageRequest.first(20)).items().get(0).tasks())
                .isEqualTo(2);

        m.db.clearRecords();
        assertThat(new String(m.ledgers.export(office, id))).isEqualTo("rows:2");
        assertThat(m.sheets.written.get(0).rows()).extracting(r -> r.get(1)).containsExactly("问题一", "问题二");
        assertThat(m.db.audits()).extracting(a -> a.action().name()).containsExactly("EXPORT");
        assertThat(status(() -> m.ledgers.export(group2Member(), id))).isEqualTo(403);
    }

    private java.util.List<Long> ids(Caller caller) {
        return m.ledgers.ledgers(caller, null, PageRequest.of(1, 100, null, LedgerService.SORTABLE, "id")).items().stream().map(Ledger::id).toList();
    }
}
