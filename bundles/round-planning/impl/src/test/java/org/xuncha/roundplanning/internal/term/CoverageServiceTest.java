package org.xuncha.roundplanning.internal.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.refusal;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.roundplanning.api.Coverage;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.Testbed;
import org.xuncha.roundplanning.internal.export.Export;
import org.xuncha.testkit.TestCallers;
import org.xuncha.testkit.TestModuleStore;

class CoverageServiceTest {

    private final Testbed t = new Testbed();

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void unitsCountOnceTheirRoundHasEnteredAndPlannedOnesAreListed() {
        Term term = t.cityTerm();
        Round entered = t.enteredRound(term.id(), t.today().minusDays(10));
        Round planned = t.round(term.id(), t.today().plusDays(30));
        t.addTargets(planned.id(), t.firm, t.edu);

        Coverage c = t.coverage.coverage(t.office, term.id());
        // the universe: the city's five active units (not the county's, nor another city's)
        assertThat(c.totalUnits()).isEqualTo(5);
        assertThat(c.coveredUnits()).isEqualTo(2);
        assertThat(c.percent()).isEqualByComparingTo(new BigDecimal("40.0"));
        assertThat(c.plannedUnits()).as("the firm; the bureau is covered already").isEqualTo(1);
        assertThat(c.rounds()).extracting(Coverage.RoundCoverage::roundId).containsExactly(entered.id(), planned.id());
        assertThat(c.rounds().get(1).counted()).isFalse();
    }

    @Test
    void theTableIsExportedUnderTheTermsNameAndTheExportIsAudited() {
        Term term = t.cityTerm();
        t.db.clearRecords();
        Export x = t.coverage.export(t.office, term.id());
        assertThat(x.fileName()).isEqualTo("中共聊城市第十四届委员会巡察全覆盖情况.xlsx");
        assertThat(t.spreadsheets.written()).extracting(s -> s.name()).containsExactly("总体情况", "覆盖明细", "各轮次", "分类覆盖");
        assertThat(t.db.audits()).extracting(TestModuleStore.Audited::action).containsExactly(AuditAction.EXPORT);
    }

    @Test
    void coverageNeedsItsPermissionAndTheTermsDivision() {
        Term term = t.cityTerm();
        assertThat(refusal(() -> t.coverage.coverage(t.countyOffice, term.id())).status()).isEqualTo(403);
        assertThat(refusal(() -> t.coverage.coverage(TestCallers.office("reader", Testbed.CITY, Set.of(Testbed.CITY), null,
                RoundPlanningPermissions.TERM_READ), term.id())).status()).isEqualTo(403);
        assertThat(refusal(() -> t.coverage.coverage(t.office, 777)).status()).isEqualTo(404);
    }
}
