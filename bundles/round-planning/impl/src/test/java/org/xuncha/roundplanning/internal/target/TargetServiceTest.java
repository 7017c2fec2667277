package org.xuncha.roundplanning.internal.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.refusal;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.roundplanning.api.Priority;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.Target;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.Testbed;

class TargetServiceTest {

    private final Testbed t = new Testbed();
    private final TargetService targets = t.targets;

    @AfterEach
    void close() {
        t.close();
    }

    private Target.Selection select(List<Long> unitIds, String system, Boolean uninspectedOnly) {
        return new Target.Selection(unitIds, null, null, system, uninspectedOnly, null, null);
    }

    @Test
    void aWholeSystemIsAddedInOneCallAndUnitsAlreadyTargetedAreReported() {
        Term term = t.cityTerm();
        Round r = t.round(term.id(), t.today().plusDays(10));
        Target.SelectionResult first = targets.add(t.office, r.id(), select(null, "教育系统", null));
        assertThat(first.added()).extracting(Target::unitName)
                .as("the round's division only, by code").containsExactly("聊城市教育和体育局党组", "聊城第一中学党委", "聊城职业技术学院党委");
        Target.SelectionResult second = targets.add(t.office, r.id(), select(List.of(t.firm.id(), t.edu.id()), null, null));
        assertThat(second.added()).extracting(Target::unitId).containsExactly(t.firm.id());
        assertThat(second.alreadyTarget()).containsExactly(t.edu.id());
    }

    @Test
    void unitsAlreadyInspectedInTheTermCanBeLeftOut() {
        Term term = t.cityTerm();
        t.enteredRound(term.id(), t.today().minusDays(5));
        Round next = t.round(term.id(), t.today().plusDays(60));
        assertThat(targets.add(t.office, next.id(), select(null, "教育系统", true)).added()).extracting(Target::unitId)
                .containsExactly(t.college.id());
    }

    @Test
    void everyUnitListedMustExistAndLieInTheCallersScope() {
        Term term = t.cityTerm();
        Round r = t.round(term.id(), t.today().plusDays(10));
        assertThat(fieldCodes(() -> targets.add(t.office, r.id(), select(List.of(-1L, t.elsewhereUnit.id(), t.edu.id()), null, null))))
                .containsExactly("unitIds:not_found", "unitIds:not_found");
        assertThat(fieldCodes(() -> targets.add(t.office, r.id(), select(List.of(), " ", null)))).containsExactly("unitIds:required");
        assertThat(fieldCodes(() -> targets.add(t.office, r.id(), new Target.Selection(List.of(t.edu.id()), null, null, null, null,
                Set.of(-5L), List.of("专".repeat(201)))))).containsExactlyInAnyOrder("priorityIds:not_found", "supervisionTopics:too_long");
        // a county unit is in the city office's scope (提级巡察)
        assertThat(targets.add(t.office, r.id(), select(List.of(t.countyUnit.id()), null, null)).added()).hasSize(1);
        assertThat(refusal(() -> targets.add(t.countyOffice, r.id(), select(List.of(t.countyUnit.id()), null, null))).status())
                .isEqualTo(403);
    }

    @Test
    void tagsAreReplacedAndATargetCanBeRemoved() {
        Term term = t.cityTerm();
        Priority p = t.priorities.create(t.office, new Priority(null, Testbed.CITY, "乡村振兴", null, null, null, true, null));
        Round r = t.round(term.id(), t.today().plusDays(10));
        t.addTargets(r.id(), t.edu, t.firm);
        Target tagged = targets.tag(t.office, r.id(), t.edu.id(), new Target.Tags(Set.of(p.id()), List.of(" 教育强国 ", "教育强国", "")));
        assertThat(tagged.priorityIds()).containsExactly(p.id());
        assertThat(tagged.supervisionTopics()).containsExactly("教育强国");
        targets.remove(t.office, r.id(), t.firm.id());
        assertThat(t.rounds.round(t.office, r.id()).targets()).extracting(Target::unitId).containsExactly(t.edu.id());
        assertThat(refusal(() -> targets.remove(t.office, r.id(), t.firm.id())).status()).isEqualTo(404);
    }

    @Test
    void rectificationReportsArriveBetweenFeedbackAndToday() {
        Term term = t.cityTerm();
        Round r = t.enteredRound(term.id(), t.today().minusDays(60));
        assertThat(refusal(() -> targets.recordRectificationReport(t.office, r.id(), t.edu.id(),
                new Target.RectificationReport(t.today()))).code()).isEqualTo("not_in_rectification");
        t.advanceTo(r.id(), Stage.FEEDBACK, t.today().minusDays(10));
        assertThat(fieldCodes(() -> targets.recordRectificationReport(t.office, r.id(), t.edu.id(),
                new Target.RectificationReport(t.today().minusDays(11))))).containsExactly("date:out_of_range");
        Target recorded = targets.recordRectificationReport(t.office, r.id(), t.edu.id(), new Target.RectificationReport(t.today()));
        assertThat(recorded.rectificationReportDate()).isEqualTo(t.today());
        assertThat(refusal(() -> targets.recordRectificationReport(t.office, r.id(), t.firm.id(),
                new Target.RectificationReport(t.today()))).status()).as("not a target").isEqualTo(404);
    }
}
