package org.xuncha.rectification.internal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.rectification.internal.TestModule.CITY_ROUND;
import static org.xuncha.rectification.internal.TestModule.EDU_CONTACT;
import static org.xuncha.rectification.internal.TestModule.UNIT_COUNTY;
import static org.xuncha.rectification.internal.TestModule.UNIT_EDU;
import static org.xuncha.rectification.internal.TestModule.UNIT_HEALTH;
import static org.xuncha.rectification.internal.TestModule.UNIT_SCHOOL;
import static org.xuncha.rectification.internal.TestModule.cityOffice;
import static org.xuncha.rectification.internal.TestModule.countyOffice;
import static org.xuncha.rectification.internal.TestModule.unitContact;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;
import static org.xuncha.testkit.Refusals.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.ClosureDecision;
import org.xuncha.rectification.api.LedgerDraft;
import org.xuncha.rectification.api.ProgressDraft;
import org.xuncha.rectification.api.Task;
import org.xuncha.rectification.api.TaskDraft;
import org.xuncha.rectification.internal.TestModule;
import org.xuncha.rectification.internal.review.JointReviewRules.Party;
import org.xuncha.rectification.internal.review.ReconciliationRules.Count;
import org.xuncha.rectification.internal.review.ReconciliationRules.Figures;
import org.xuncha.rectification.internal.review.ReconciliationRules.Line;
import org.xuncha.rectification.internal.review.ReconciliationService.Draft;
import org.xuncha.rectification.internal.review.ReconciliationService.Reconciliation;
import org.xuncha.rectification.internal.review.ReconciliationService.Resolution;

class ReconciliationTest {

    private final TestModule m = new TestModule();
    private final Caller office = cityOffice();

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void theComparisonListsEveryUnitOfEitherSideAndWhatDiffers() {
        List<Line> lines = ReconciliationRules.compare(Map.of(1L, new Figures(3, 1), 2L, new Figures(2, 2)),
                Map.of(1L, new Figures(3, 1), 2L, new Figures(2, 1), 3L, new Figures(1, 0)));
        assertThat(lines).extracting(Line::unitId).containsExactly(1L, 2L, 3L);
        assertThat(lines).extracting(Line::differs).containsExactly(false, true, true);
        assertThat(lines.get(2).ledger()).as("no ledger for that unit").isNull();
    }

    @Test
    void aSnapshotOfTheLedgersIsComparedAndEachDifferenceResolvedUntilReconciled() {
        long edu = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, "王原任")).id();
        m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_HEALTH, null));
        Task a = m.tasks.add(office, edu, new TaskDraft("甲", null, null, null, LocalDate.of(2025, 7, 31), null));
        m.tasks.add(office, edu, new TaskDraft("乙", null, null, null, LocalDate.of(2025, 7, 31), null));
        m.tasks.requestClosure(unitContact(EDU_CONTACT), a.id(), new ProgressDraft(null, "已整改", "材料"));
        m.tasks.decideClosure(office, a.id(), new ClosureDecision(true, null));

        Reconciliation r = m.reconciliations.take(office, new Draft(CITY_ROUND, Party.DISCIPLINE,
                List.of(new Count(UNIT_EDU, 2, 1), new Count(UNIT_HEALTH, 1, 0), new Count(UNIT_SCHOOL, 1, 0))));
        assertThat(r.lines()).extracting(ReconciliationService.LineView::unitId).containsExactly(UNIT_EDU, UNIT_SCHOOL, UNIT_HEALTH);
        assertThat(r.lines()).extracting(ReconciliationService.LineView::differs).containsExactly(false, true, true);
        assertThat(r.lines().get(0).ledgerTasks()).isEqualTo(2);
        assertThat(r.lines().get(0).ledgerClosed()).isEqualTo(1);
        assertThat(r.differences()).isEqualTo(2);
        assertThat(r.reconciled()).isFalse();

        // the snapshot stays as taken, whatever the ledgers do next
        m.tasks.add(office, edu, new TaskDraft("丙", null, null, null, LocalDate.of(2025, 7, 31), null));
        assertThat(m.reconciliations.reconciliation(office, r.id()).lines().get(0).ledgerTasks()).isEqualTo(2);

        long school = r.lines().get(1).id();
        assertThat(fields(() -> m.reconciliations.resolve(office, r.id(), school, new Resolution(" ")))).containsExactly("resolution");
        assertThat(refusal(() -> m.reconciliations.resolve(office, r.id(), r.lines().get(0).id(), new Resolution("无差异"))).code())
                .isEqualTo("not_open");
        m.reconciliations.resolve(office, r.id(), school, new Resolution("一中党委未列入本轮巡察，纪委口径有误"));
        Reconciliation done = m.reconciliations.resolve(office, r.id(), r.lines().get(2).id(), new Resolution("卫健委台账漏录一项，已补录"));
        assertThat(done.openDifferences()).isZero();
        assertThat(done.reconciled()).isTrue();
        assertThat(refusal(() -> m.reconciliations.resolve(office, r.id(), school, new Resolution("再处理"))).code()).isEqualTo("not_open");
    }

    @Test
    void badCountsOutOfScopeUnitsAndRoundsWithoutLedgersAreRefused() {
        m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, null));
        assertThat(fields(() -> m.reconciliations.take(office, new Draft(null, null, null)))).containsExactly("roundId", "party", "counts");
        assertThat(fields(() -> m.reconciliations.take(office, new Draft(CITY_ROUND, Party.OFFICE,
                List.of(new Count(UNIT_EDU, 1, 2), new Count(UNIT_EDU, -1, 0)))))).containsExactly("counts[0].closed", "counts[1].unitId",
                "counts[1].tasks");
        assertThat(fields(() -> m.reconciliations.take(office, new Draft(CITY_ROUND, Party.OFFICE, List.of(new Count(999_999L, 1, 0))))))
                .containsExactly("counts[0].unitId");
        assertThat(refusal(() -> m.reconciliations.take(countyOffice(), new Draft(CITY_ROUND, Party.OFFICE, List.of(new Count(UNIT_EDU, 1, 0))))))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.fields()).extracting(f -> f.field()).containsExactly("counts[0].unitId");
                });
        assertThat(refusal(() -> m.reconciliations.take(countyOffice(), new Draft(TestModule.COUNTY_ROUND, Party.OFFICE,
                List.of(new Count(UNIT_COUNTY, 1, 0))))).code()).isEqualTo("no_ledgers");
        Reconciliation r = m.reconciliations.take(office, new Draft(CITY_ROUND, Party.OFFICE, List.of(new Count(UNIT_EDU, 0, 0))));
        assertThat(r.reconciled()).isTrue();
        assertThat(status(() -> m.reconciliations.reconciliation(countyOffice(), r.id()))).isEqualTo(403);
        assertThat(status(() -> m.reconciliations.reconciliation(unitContact(EDU_CONTACT), r.id()))).isEqualTo(403);
    }
}
