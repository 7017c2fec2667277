package org.xuncha.roundplanning.internal.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.Priority;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundDetail;
import org.xuncha.roundplanning.api.RoundEvents;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.Target;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.Testbed;

class RoundServiceTest {

    private final Testbed t = new Testbed();
    private final RoundService rounds = t.rounds;

    @AfterEach
    void close() {
        t.close();
    }

    private Round.Draft draft(Long termId, Integer number, String name, Set<Long> priorities, List<String> topics) {
        return new Round.Draft(termId, number, name, RoundType.SPECIAL, t.today(), t.today().plusDays(30), null, priorities, topics, null);
    }

    @Test
    void roundsAreNumberedWithinTheTermAndNamedAfterIt() {
        Term term = t.cityTerm();
        Round first = t.round(term.id(), t.today());
        Round second = t.round(term.id(), t.today().plusMonths(3));
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.name()).isEqualTo("中共聊城市第十四届委员会第2轮巡察");
        assertThat(first.stage()).isEqualTo(Stage.PREPARATION);
        assertThat(t.db.events()).extracting(e -> e.topic()).containsOnly(RoundEvents.ROUND_CREATED);
        assertThat(refusal(() -> rounds.create(t.office, draft(term.id(), 2, null, null, null))).code()).isEqualTo("duplicate_number");
    }

    @Test
    void aLongTermNameIsCutSoTheDefaultRoundNameFitsItsColumn() {
        assertThat(RoundService.defaultName("届".repeat(200), 12)).hasSize(200).endsWith("届第12轮巡察");
        assertThat(RoundService.defaultName("十四届市委", 5)).isEqualTo("十四届市委第5轮巡察");
    }

    @Test
    void theTermAndThePrioritiesReferredToMustExistAndLieInScope() {
        Term term = t.cityTerm();
        assertThat(fieldCodes(() -> rounds.create(t.office, draft(-1L, null, null, null, null)))).containsExactly("termId:not_found");
        assertThat(fieldCodes(() -> rounds.create(t.countyOffice, draft(term.id(), null, null, null, null))))
                .as("another division's term is refused like an unknown one").containsExactly("termId:not_found");
        Priority county = t.priorities.create(t.office, new Priority(null, Testbed.COUNTY, "县的中心工作", null, null, null, true, null));
        assertThat(fieldCodes(() -> rounds.create(t.office, draft(term.id(), null, null, Set.of(county.id(), 99L), null))))
                .containsExactly("priorityIds:not_found", "priorityIds:not_found");
        assertThat(fieldCodes(() -> rounds.create(t.office, new Round.Draft(term.id(), 1000, "轮".repeat(201), null,
                t.today().minusYears(5), LocalDate.of(2300, 1, 1), "说".repeat(4001), null, List.of("专".repeat(201)), null))))
                .containsExactlyInAnyOrder("type:required", "name:too_long", "description:too_long", "number:out_of_range",
                        "plannedEnd:out_of_range", "plannedStart:out_of_range", "supervisionTopics:too_long");
    }

    @Test
    void listsFilterByTermStageAndPriorityAndGroupRolesSeeTheirOwnRounds() {
        Term term = t.cityTerm();
        Priority p = t.priorities.create(t.office, new Priority(null, Testbed.CITY, "乡村振兴", null, null, null, true, null));
        Round entered = t.enteredRound(term.id(), t.today().minusDays(3));
        Round tagged = t.round(term.id(), t.today().plusMonths(2));
        Target target = t.addTargets(tagged.id(), t.firm).added().get(0);
        t.targets.tag(t.office, tagged.id(), target.unitId(), new Target.Tags(Set.of(p.id()), null));
        PageRequest page = PageRequest.first(20);

        assertThat(rounds.rounds(t.office, new Round.Query(term.id(), null, Stage.ENTRY, null, null), page).items())
                .extracting(Round::id).containsExactly(entered.id());
        assertThat(rounds.rounds(t.office, new Round.Query(null, null, null, null, p.id()), page).items())
                .as("tagged through a target").extracting(Round::id).containsExactly(tagged.id());
        assertThat(rounds.rounds(t.office, new Round.Query(null, " ", null, null, null), page).total()).isEqualTo(2);
        assertThat(rounds.rounds(t.countyOffice, Round.Query.all(), page).total()).isZero();
        var member = t.groupMember(t.leader.id(), Set.of(entered.id()), Set.of(), Set.of(), RoundPlanningPermissions.ROUND_READ);
        assertThat(rounds.rounds(member, null, page).items()).extracting(Round::id).containsExactly(entered.id());
        assertThat(refusal(() -> rounds.round(member, tagged.id())).status()).isEqualTo(403);
    }

    @Test
    void theDetailShowsAGroupRoleOnlyItsOwnGroupAndUnits() {
        Term term = t.cityTerm();
        Round r = t.round(term.id(), t.today().plusDays(5));
        t.addTargets(r.id(), t.edu, t.firm);
        var first = t.group(r.id(), "第一巡察组", List.of(Testbed.as(t.leader, GroupRole.LEADER)), t.edu);
        t.group(r.id(), "第二巡察组", List.of(Testbed.as(t.member, GroupRole.LEADER)), t.firm);
        var member = t.groupMember(t.leader.id(), Set.of(r.id()), Set.of(first.id()), Set.of(t.edu.id()), RoundPlanningPermissions.ROUND_READ);

        RoundDetail own = rounds.round(member, r.id());
        assertThat(own.groups()).extracting(g -> g.name()).containsExactly("第一巡察组");
        assertThat(own.targets()).extracting(Target::unitName).containsExactly("聊城市教育和体育局党组");
        RoundDetail all = rounds.round(t.office, r.id());
        assertThat(all.round().targetCount()).isEqualTo(2);
        assertThat(all.round().groupCount()).isEqualTo(2);
        assertThat(all.deadlines()).extracting(d -> d.due()).containsExactly(t.today().plusDays(5));
    }

    @Test
    void onlyADraftNeverDecidedOnMayBeDeleted() {
        Term term = t.cityTerm();
        Round draft = t.round(term.id(), t.today().plusDays(5));
        t.addTargets(draft.id(), t.edu);
        t.group(draft.id(), "第一巡察组", List.of(Testbed.as(t.leader, GroupRole.LEADER)), t.edu);
        rounds.delete(t.office, draft.id());
        assertThat(refusal(() -> rounds.round(t.office, draft.id())).status()).isEqualTo(404);

        Round entered = t.enteredRound(term.id(), t.today());
        assertThat(refusal(() -> rounds.delete(t.office, entered.id())).code()).isEqualTo("not_deletable");
    }
}
