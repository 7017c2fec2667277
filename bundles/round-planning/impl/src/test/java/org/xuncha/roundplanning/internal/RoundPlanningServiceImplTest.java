package org.xuncha.roundplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundPlanningService;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.Term;

/** The API service other modules and the console use is the area services' own behaviour. */
class RoundPlanningServiceImplTest {

    private final Testbed t = new Testbed();
    private final RoundPlanningService api = new RoundPlanningServiceImpl(t.terms, t.coverage, t.priorities, t.rounds, t.plans,
            t.planExport, t.stages, t.targets, t.groups, t.deadlines, t.avoidances);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aRoundPlannedThroughTheApiIsTheRoundTheAreasSee() {
        Term term = api.createTerm(t.office, new Term(null, "中共聊城市第十四届委员会", Testbed.CITY, t.today().minusYears(1),
                t.today().plusYears(4), null));
        Round entered = t.enteredRound(term.id(), t.today().minusDays(2));
        assertThat(api.term(t.office, term.id())).isEqualTo(t.terms.term(t.office, term.id()));
        assertThat(api.rounds(t.office, Round.Query.all(), PageRequest.first(10)).items()).extracting(Round::id).containsExactly(entered.id());
        assertThat(api.round(t.office, entered.id()).round().stage()).isEqualTo(Stage.ENTRY);
        assertThat(api.groups(t.office, entered.id())).hasSize(1);
        assertThat(api.coverage(t.office, term.id()).coveredUnits()).isEqualTo(2);
        byte[] plan = api.exportPlan(t.office, entered.id());
        assertThat(t.spreadsheets.written()).as("one workbook, the plan's five sheets").extracting(SpreadsheetService.Sheet::name)
                .containsExactly("巡察方案", "被巡察单位", "巡察组", "审批记录", "方案调整");
        assertThat(new String(plan, StandardCharsets.UTF_8)).as("what the spreadsheet service answered for it")
                .isEqualTo("rows:" + t.spreadsheets.written().get(0).rows().size());
    }
}
