package org.xuncha.roundplanning.internal.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.refusal;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService.Sheet;
import org.xuncha.roundplanning.api.Priority;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.Testbed;
import org.xuncha.roundplanning.internal.export.Export;
import org.xuncha.testkit.TestModuleStore;

class PlanExportTest {

    private final Testbed t = new Testbed();

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void thePlanIsSavedUnderTheRoundsNameWithThePrioritiesNamed() {
        Term term = t.cityTerm();
        Priority p = t.priorities.create(t.office, new Priority(null, Testbed.CITY, "教育强国", null, null, null, true, null));
        Round r = t.rounds.create(t.office, new Round.Draft(term.id(), null, "十四届市委第五轮巡察", RoundType.SPECIAL, t.today(),
                t.today().plusDays(30), null, Set.of(p.id()), List.of("校园食品安全"), null));
        t.addTargets(r.id(), t.edu);
        t.db.clearRecords();

        Export x = t.planExport.export(t.office, r.id());
        assertThat(x.fileName()).isEqualTo("十四届市委第五轮巡察方案.xlsx");
        List<Sheet> sheets = t.spreadsheets.written();
        assertThat(sheets).extracting(Sheet::name).containsExactly("巡察方案", "被巡察单位", "巡察组", "审批记录", "方案调整");
        assertThat(sheets.get(0).rows()).contains(List.of("中心工作", "教育强国"), List.of("所属届", "中共聊城市第十四届委员会"));
        assertThat(t.db.audits()).extracting(TestModuleStore.Audited::action).containsExactly(AuditAction.EXPORT);
    }

    @Test
    void fileNamesLoseWhatAPathWouldTakeForASeparator() {
        assertThat(Export.fileName("第1/2轮: \"专项\"", "xlsx")).isEqualTo("第1_2轮_ _专项_.xlsx");
        assertThat(Export.fileName("轮".repeat(300), "xlsx")).hasSize(105);
    }

    @Test
    void onlyThoseWhoMayReadTheRoundExportIt() {
        Term term = t.cityTerm();
        Round r = t.round(term.id(), t.today());
        var stranger = t.groupMember(t.member2.id(), Set.of(), Set.of(), Set.of(), RoundPlanningPermissions.ROUND_READ);
        assertThat(refusal(() -> t.planExport.export(stranger, r.id())).status()).isEqualTo(403);
        assertThat(refusal(() -> t.planExport.export(t.countyOffice, r.id())).status()).isEqualTo(403);
    }
}
