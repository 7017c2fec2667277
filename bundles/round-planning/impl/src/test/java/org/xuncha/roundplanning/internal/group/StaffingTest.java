package org.xuncha.roundplanning.internal.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.roundplanning.internal.Testbed.as;
import static org.xuncha.testkit.Refusals.refusal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.roundplanning.api.Avoidance;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.Testbed;
import org.xuncha.roundplanning.internal.round.RoundEntity;

class StaffingTest {

    private final Testbed t = new Testbed(Map.of("fieldworkDays", 30));

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void membersAwayInTwoRoundsAtOnceAreRefusedNamingTheOtherGroup() {
        Term term = t.cityTerm();
        Round first = t.round(term.id(), t.today().plusDays(10));
        t.addTargets(first.id(), t.edu);
        t.group(first.id(), "第一巡察组", List.of(as(t.member, GroupRole.MEMBER)), t.edu);
        Round second = t.round(term.id(), t.today().plusDays(30));
        t.addTargets(second.id(), t.firm);
        String message = refusal(() -> t.group(second.id(), "第二巡察组", List.of(as(t.member, GroupRole.MEMBER)), t.firm)).messageZh();
        assertThat(message).startsWith("干部赵组员已是").contains("“第一巡察组”");
    }

    @Test
    void withoutAPlannedEndTheFieldPeriodLastsTheConfiguredDays() {
        Term term = t.cityTerm();
        Round open = t.rounds.create(t.office, new Round.Draft(term.id(), null, null, RoundType.MOBILE, t.today().plusDays(10), null,
                null, null, null, null));
        t.addTargets(open.id(), t.edu);
        t.group(open.id(), "第一巡察组", List.of(as(t.member, GroupRole.MEMBER)), t.edu);
        Round later = t.round(term.id(), t.today().plusDays(41));
        t.addTargets(later.id(), t.firm);
        // 10 + 30 days end before day 41: no clash
        assertThat(t.group(later.id(), "第二巡察组", List.of(as(t.member, GroupRole.MEMBER)), t.firm).members()).hasSize(1);
        // moving the second round's dates onto the first's is refused
        assertThat(refusal(() -> t.rounds.update(t.office, later.id(), new Round.Draft(null, null, null, RoundType.REGULAR,
                t.today().plusDays(20), t.today().plusDays(50), null, null, null, null))).code()).isEqualTo("member_overlap");
    }

    @Test
    void avoidanceDeclaredAfterTheGroupWasFormedStopsTheEntry() {
        Term term = t.cityTerm();
        Round r = t.round(term.id(), t.today());
        t.addTargets(r.id(), t.edu);
        t.group(r.id(), "第一巡察组", List.of(as(t.leader, GroupRole.LEADER)), t.edu);
        t.avoidances.declare(t.office, new Avoidance(null, t.leader.id(), t.edu.id(), Avoidance.Kind.PAST_WORK, null, null, null));
        List<String[]> problems = t.db.read(em -> t.staffing.entryProblems(em, RoundEntity.load(em, r.id())));
        assertThat(problems).extracting(p -> p[0]).contains("第一巡察组：干部张组长已申报回避（曾在该单位工作），不能参加对“聊城市教育和体育局党组”的巡察");
    }
}
