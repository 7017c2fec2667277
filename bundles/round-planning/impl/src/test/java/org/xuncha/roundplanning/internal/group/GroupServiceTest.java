package org.xuncha.roundplanning.internal.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.roundplanning.internal.Testbed.as;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.scopeFieldCodes;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.event.Events;
import org.xuncha.roundplanning.api.Avoidance;
import org.xuncha.roundplanning.api.Group;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundEvents;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.Testbed;

class GroupServiceTest {

    private final Testbed t = new Testbed();
    private final GroupService groups = t.groups;

    @AfterEach
    void close() {
        t.close();
    }

    private Round roundWithTargets() {
        Term term = t.cityTerm();
        Round r = t.round(term.id(), t.today().plusDays(10));
        t.addTargets(r.id(), t.edu, t.school, t.firm);
        return r;
    }

    private Group.Draft draft(String name, List<GroupMember> members, Long... units) {
        return new Group.Draft(name, members, Set.of(units), null);
    }

    @Test
    void aGroupIsFormedWithNamedMembersAndItsUnitsAndOpenSessionsAreToldAtOnce() {
        Round r = roundWithTargets();
        Group g = t.group(r.id(), "第一巡察组", List.of(as(t.member, GroupRole.MEMBER), as(t.leader, GroupRole.LEADER)), t.edu, t.school);
        assertThat(g.members()).extracting(Group.Member::name).as("by role").containsExactly("张组长", "赵组员");
        assertThat(g.targetUnitIds()).containsExactlyInAnyOrder(t.edu.id(), t.school.id());
        assertThat(t.events.events()).extracting(e -> e.getTopic()).containsExactly(Events.SCOPE_CHANGED);
        assertThat(t.db.events()).filteredOn(e -> e.topic().equals(RoundEvents.GROUP_CHANGED)).hasSize(1);
        assertThat(groups.groups(t.office, r.id())).containsExactly(g);
    }

    @Test
    void everyPersonMustExistAndLieInTheCallersScope() {
        Round r = roundWithTargets();
        assertThat(fieldCodes(() -> groups.save(t.office, r.id(), null, draft("第一巡察组", List.of(new GroupMember(-1, GroupRole.LEADER),
                as(t.elsewherePerson, GroupRole.MEMBER), as(t.countyPerson, GroupRole.MEMBER))))))
                .as("unknown ids first").containsExactly("members[0].personId:not_found");
        assertThat(scopeFieldCodes(() -> groups.save(t.office, r.id(), null, draft("第一巡察组", List.of(as(t.elsewherePerson, GroupRole.MEMBER),
                as(t.countyPerson, GroupRole.MEMBER)))))).as("then ids outside the scope: 403 naming them").containsExactly("members[0].personId:out_of_scope");
        assertThat(fieldCodes(() -> groups.save(t.office, r.id(), null, draft("组".repeat(101), List.of(as(t.leader, GroupRole.LEADER),
                as(t.leader, GroupRole.MEMBER), as(t.member, GroupRole.LEADER), new GroupMember(t.deputy.id(), null))))))
                .containsExactlyInAnyOrder("name:too_long", "members[1].personId:duplicate", "members:invalid", "members[3].role:required");
        assertThat(fieldCodes(() -> groups.save(t.office, r.id(), null, draft("第一巡察组", List.of(), t.college.id()))))
                .as("a unit that is no target of the round").containsExactly("targetUnitIds:not_found");
    }

    @Test
    void aUnitBelongsToOneGroupAndAPersonToOneGroupOfARound() {
        Round r = roundWithTargets();
        t.group(r.id(), "第一巡察组", List.of(as(t.leader, GroupRole.LEADER), as(t.deputy, GroupRole.NONRESIDENT_DEPUTY)), t.edu);
        assertThat(refusal(() -> groups.save(t.office, r.id(), null, draft("第二巡察组", List.of(), t.edu.id()))).code())
                .isEqualTo("target_taken");
        assertThat(refusal(() -> groups.save(t.office, r.id(), null, draft("第二巡察组", List.of(as(t.leader, GroupRole.LEADER))))).code())
                .isEqualTo("member_overlap");
        assertThat(refusal(() -> groups.save(t.office, r.id(), null, draft("第一巡察组", List.of()))).code()).isEqualTo("duplicate_name");
        // a non-resident deputy leader may serve two groups
        assertThat(groups.save(t.office, r.id(), null, draft("第二巡察组", List.of(as(t.deputy, GroupRole.NONRESIDENT_DEPUTY)), t.firm.id()))
                .members()).hasSize(1);
    }

    @Test
    void aPersonWhoDeclaredAReasonToKeepAwayCannotInspectThatUnit() {
        Round r = roundWithTargets();
        t.avoidances.declare(t.office, new Avoidance(null, t.member.id(), t.firm.id(), Avoidance.Kind.RELATIVE, "配偶在该单位任职", null, null));
        assertThat(refusal(() -> t.group(r.id(), "第一巡察组", List.of(as(t.member, GroupRole.MEMBER)), t.firm)).code())
                .isEqualTo("avoidance_conflict");
    }

    @Test
    void anUpdateReplacesMembersAndUnitsAndADeletedGroupFreesItsUnits() {
        Round r = roundWithTargets();
        Group g = t.group(r.id(), "第一巡察组", List.of(as(t.leader, GroupRole.LEADER)), t.edu);
        Group changed = groups.save(t.office, r.id(), g.id(), new Group.Draft("第一巡察组", List.of(as(t.member, GroupRole.LEADER)),
                Set.of(t.school.id()), g.version()));
        assertThat(changed.members()).extracting(Group.Member::personId).containsExactly(t.member.id());
        assertThat(changed.targetUnitIds()).containsExactly(t.school.id());
        assertThat(refusal(() -> groups.save(t.office, r.id(), g.id(), new Group.Draft("第一巡察组", List.of(), Set.of(), g.version())))
                .code()).isEqualTo("stale");
        groups.delete(t.office, r.id(), g.id());
        assertThat(t.rounds.round(t.office, r.id()).targets()).allMatch(x -> x.groupId() == null);
        assertThat(refusal(() -> groups.delete(t.office, r.id(), g.id())).status()).isEqualTo(404);
    }

    @Test
    void theAuthorisationIsRecordedWithAPastDayAndFittingText() {
        Round r = roundWithTargets();
        Group g = t.group(r.id(), "第一巡察组", List.of(as(t.leader, GroupRole.LEADER)), t.edu);
        assertThat(fieldCodes(() -> groups.authorise(t.office, r.id(), g.id(), new Group.Authorisation("号".repeat(101),
                t.today().plusDays(1), "项".repeat(2001))))).containsExactlyInAnyOrder("number:too_long", "date:out_of_range", "scope:too_long");
        assertThat(fieldCodes(() -> groups.authorise(t.office, r.id(), g.id(), new Group.Authorisation("号", LocalDate.of(1, 1, 1), null))))
                .containsExactly("date:out_of_range");
        Group authorised = groups.authorise(t.office, r.id(), g.id(), new Group.Authorisation(" 聊巡授〔2026〕3号 ", t.today(), "巡察"));
        assertThat(authorised.authorisation().number()).isEqualTo("聊巡授〔2026〕3号");
    }
}
