package org.xuncha.roundplanning.internal.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.roundplanning.internal.Testbed.as;
import static org.xuncha.testkit.Refusals.refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.roundplanning.api.Group;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.MemberCheck;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.internal.Testbed;

/** Other modules' member checks: asked before a group changes, their findings refuse it, and a check removed no longer counts. */
class MemberChecksTest {

    private final Testbed t = new Testbed();
    private final List<MemberCheck.Change> asked = new ArrayList<>();

    @AfterEach
    void close() {
        t.close();
    }

    /** A check that finds every joining member who is {@code t.member} and worked at a target. */
    private final MemberCheck avoidance = (caller, change) -> {
        asked.add(change);
        return change.members().stream().filter(m -> m.personId() == t.member.id() && change.joins(m.personId()))
                .map(m -> new MemberCheck.Finding(m.personId(), "avoid.worked_in_target", "任职回避：曾在被巡察单位工作", "Worked in a target unit",
                        "2012—2018年在聊城市教育和体育局党组工作", "worked at the education bureau 2012-2018", t.edu.id()))
                .toList();
    };

    private Round round() {
        Round r = t.round(t.cityTerm().id(), t.today().plusDays(10));
        t.addTargets(r.id(), t.edu, t.school);
        return r;
    }

    private Group.Draft withMember(Group g) {
        return new Group.Draft(g.name(), List.of(as(t.leader, GroupRole.LEADER), as(t.member, GroupRole.MEMBER)), Set.of(t.edu.id()), g.version());
    }

    @Test
    void aFindingRefusesTheChangeNamingTheMemberTheRuleAndTheFactAndNothingIsWritten() {
        Round r = round();
        Group g = t.group(r.id(), "第一巡察组", List.of(as(t.leader, GroupRole.LEADER)), t.edu);
        t.memberChecks.add(avoidance);

        ApiException refused = refusal(() -> t.groups.save(t.office, r.id(), g.id(), withMember(g)));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("member_check_failed");
        assertThat(refused.messageZh()).contains("赵组员", "任职回避：曾在被巡察单位工作", "2012—2018年");
        assertThat(refused.messageEn()).contains("Worked in a target unit", "2012-2018");
        FieldError field = refused.fields().get(0);
        assertThat(field.field()).isEqualTo("members[1].personId");
        assertThat(field.code()).isEqualTo("avoid.worked_in_target");
        assertThat(t.groups.groups(t.office, r.id()).get(0).members()).extracting(Group.Member::personId).containsExactly(t.leader.id());

        MemberCheck.Change change = asked.get(0);
        assertThat(change.groupId()).isEqualTo(g.id());
        assertThat(change.previousMemberIds()).containsExactly(t.leader.id());
        assertThat(change.previousTargetIds()).containsExactly(t.edu.id());
        assertThat(change.targetUnitIds()).containsExactly(t.edu.id());
    }

    @Test
    void aNewGroupIsCheckedTooAndWithTheCheckRemovedTheSameChangeGoesThrough() {
        Round r = round();
        t.memberChecks.add(avoidance);
        Group.Draft draft = new Group.Draft("第一巡察组", List.of(as(t.member, GroupRole.MEMBER)), Set.of(t.edu.id()), null);
        assertThat(refusal(() -> t.groups.save(t.office, r.id(), null, draft)).code()).isEqualTo("member_check_failed");
        assertThat(asked.get(0).groupId()).isNull();
        assertThat(asked.get(0).previousMemberIds()).isEmpty();

        t.memberChecks.remove(avoidance);
        assertThat(t.groups.save(t.office, r.id(), null, draft).members()).hasSize(1);
    }

    @Test
    void aCheckThatFailsWhileRegisteredStopsTheChangeAndOneThatWentAwayMeanwhileNoLongerCounts() {
        Round r = round();
        Group.Draft draft = new Group.Draft("第一巡察组", List.of(as(t.member, GroupRole.MEMBER)), Set.of(t.edu.id()), null);
        MemberCheck broken = (caller, change) -> {
            throw new IllegalStateException("store closed");
        };
        t.memberChecks.add(broken);
        ApiException unavailable = refusal(() -> t.groups.save(t.office, r.id(), null, draft));
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.code()).isEqualTo("member_check_unavailable");
        assertThat(t.groups.groups(t.office, r.id())).isEmpty();
        t.memberChecks.remove(broken);

        MemberCheck leaving = new MemberCheck() {
            @Override
            public List<Finding> check(org.xuncha.platform.api.security.Caller caller, Change change) {
                t.memberChecks.remove(this);
                throw new IllegalStateException("bundle stopping");
            }
        };
        t.memberChecks.add(leaving);
        assertThat(t.groups.save(t.office, r.id(), null, draft).members()).hasSize(1);
    }

    @Test
    void aChangeOutsideTheCallersDivisionIsRefusedBeforeAnyCheckIsAsked() {
        Round r = round();
        t.memberChecks.add(avoidance);
        assertThat(refusal(() -> t.groups.save(t.countyOffice, r.id(), null,
                new Group.Draft("第一巡察组", List.of(), Set.of(), null))).status()).isEqualTo(403);
        assertThat(asked).isEmpty();
    }
}
