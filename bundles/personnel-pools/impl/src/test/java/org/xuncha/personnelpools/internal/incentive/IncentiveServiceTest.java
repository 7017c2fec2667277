package org.xuncha.personnelpools.internal.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.personnelpools.api.Incentives;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.Secondment;
import org.xuncha.personnelpools.internal.TestModule;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.GroupScope;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.testkit.TestCallers;

class IncentiveServiceTest {

    static final LocalDate START = LocalDate.of(2025, 3, 3);
    final TestModule m = new TestModule(Map.of("excellenceQuotaPerRound", 1));
    final Unit office = m.reference.addUnit("371500-001", "聊城市委巡察办", TestModule.CITY, null, null, null);
    final Person leader = person("组长甲");
    final Person member = person("组员乙");
    final Person other = person("二组丙");
    final Person seconded = person("抽调丁");
    final Person stranger = person("局外戊");
    final Caller staff = TestModule.cityStaff();
    final Caller groupLeader = TestCallers.of("leader", "group-leader", TestModule.CITY, Set.of(TestModule.CITY), leader.id(),
            new GroupScope(Set.of(10L), Set.of(11L), Set.of()), PersonnelPoolsPermissions.NOMINATE);

    IncentiveServiceTest() {
        m.directory.term(1, TestModule.CITY).round(10, 1, 1, START, START.plusDays(40))
                .group(11, 10, "第一巡察组", List.of(new GroupMember(leader.id(), GroupRole.LEADER), new GroupMember(member.id(), GroupRole.MEMBER)), Set.of())
                .group(12, 10, "第二巡察组", List.of(new GroupMember(other.id(), GroupRole.LEADER)), Set.of());
        m.admitted(seconded, PoolKind.MEMBER);
        m.secondments.second(TestModule.cityLeader(), new Secondment.Draft(10L, null, seconded.id(), GroupRole.MEMBER, null, null));
        m.db.clearRecords();
    }

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void dualRecordsAreIssuedOncePerPersonPerRoundToThoseWhoServedAndExported() {
        assertThat(fieldCodes(() -> m.incentives.issueDual(staff, new Incentives.DualIssue(10L, List.of(member.id(), stranger.id())))))
                .containsExactly("personIds:not_served");
        assertThat(m.incentives.issueDual(staff, new Incentives.DualIssue(10L, List.of(member.id()))))
                .extracting(Incentives.DualRecord::personName, Incentives.DualRecord::groupName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("组员乙", "第一巡察组"));
        assertThat(refusal(() -> m.incentives.issueDual(staff, new Incentives.DualIssue(10L, List.of(member.id())))).code()).isEqualTo("already_issued");
        assertThat(m.incentives.issueDual(staff, new Incentives.DualIssue(10L, null))).as("everyone else who served")
                .extracting(Incentives.DualRecord::personName).containsExactlyInAnyOrder("组长甲", "二组丙", "抽调丁");
        assertThat(m.incentives.dualRecords(staff, 10L)).hasSize(4);
        assertThat(m.incentives.dualRecords(TestModule.countyLeader(), null)).isEmpty();
        assertThat(refusal(() -> m.incentives.issueDual(TestModule.countyLeader(), new Incentives.DualIssue(10L, null))).status()).isEqualTo(403);

        m.incentives.exportDual(staff, 10L);
        assertThat(m.sheets).singleElement().satisfies(s -> assertThat(s.rows()).hasSize(4));
        assertThat(m.db.audits()).extracting(a -> a.action()).containsExactly(AuditAction.CREATE, AuditAction.CREATE, AuditAction.EXPORT);
    }

    @Test
    void aGroupLeaderNominatesFromTheirGroupTheOfficeDecidesWithinTheQuotaAndTheApprovedArePublished() {
        assertThat(fieldCodes(() -> m.incentives.nominate(groupLeader, new Incentives.NominationDraft(10L, other.id(), "发现重要问题线索"))))
                .as("not in the leader's group").containsExactly("personId:not_served");
        Caller office = TestCallers.office("office", TestModule.CITY, Set.of(TestModule.CITY), null, PersonnelPoolsPermissions.READ,
                PersonnelPoolsPermissions.NOMINATE);
        assertThat(fieldCodes(() -> m.incentives.nominate(office, new Incentives.NominationDraft(10L, stranger.id(), "理由"))))
                .containsExactly("personId:not_served");
        assertThat(refusal(() -> m.incentives.nominate(staff, new Incentives.NominationDraft(10L, member.id(), "理由"))).status())
                .as("staff hold no nominate permission here").isEqualTo(403);
        Incentives.Nomination first = m.incentives.nominate(groupLeader, new Incentives.NominationDraft(10L, member.id(), "发现重要问题线索 3 条"));
        assertThat(first.status()).isEqualTo(Incentives.NominationStatus.PENDING);
        assertThat(refusal(() -> m.incentives.nominate(groupLeader, new Incentives.NominationDraft(10L, member.id(), "再次"))).code())
                .isEqualTo("already_nominated");
        Incentives.Nomination second = m.incentives.nominate(office, new Incentives.NominationDraft(10L, seconded.id(), "底稿质量突出"));

        assertThat(refusal(() -> m.incentives.decide(staff, first.id(), new Incentives.Decision(true, null))).status()).isEqualTo(403);
        assertThat(m.incentives.decide(TestModule.cityLeader(), first.id(), new Incentives.Decision(true, "同意")).status())
                .isEqualTo(Incentives.NominationStatus.APPROVED);
        assertThat(refusal(() -> m.incentives.decide(TestModule.cityLeader(), first.id(), new Incentives.Decision(false, null))).code())
                .isEqualTo("already_decided");
        assertThat(refusal(() -> m.incentives.decide(TestModule.cityLeader(), second.id(), new Incentives.Decision(true, null))).code())
                .as("the quota is one").isEqualTo("quota_full");
        m.incentives.decide(TestModule.cityLeader(), second.id(), new Incentives.Decision(false, "名额已满"));

        assertThat(m.incentives.nominations(staff, 10)).hasSize(2);
        assertThat(m.incentives.excellence(staff, 10)).extracting(Incentives.Nomination::personName).containsExactly("组员乙");
        assertThat(refusal(() -> m.incentives.excellence(TestModule.countyLeader(), 10)).status()).isEqualTo(403);
    }

    private Person person(String name) {
        return m.cadre(name, office.id());
    }
}
