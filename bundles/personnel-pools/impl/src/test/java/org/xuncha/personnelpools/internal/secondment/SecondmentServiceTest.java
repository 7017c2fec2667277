package org.xuncha.personnelpools.internal.secondment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.personnelpools.api.Finding;
import org.xuncha.personnelpools.api.PersonnelPoolsEvents;
import org.xuncha.personnelpools.api.PoolEntry;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.Profile;
import org.xuncha.personnelpools.api.Secondment;
import org.xuncha.personnelpools.api.SecondmentCheck;
import org.xuncha.personnelpools.api.Suggestion;
import org.xuncha.personnelpools.internal.TestModule;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.roundplanning.api.Avoidance;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.testkit.Refusals;

class SecondmentServiceTest {

    static final LocalDate START = LocalDate.of(2025, 3, 3);
    final TestModule m = new TestModule();
    final Unit office = m.reference.addUnit("371500-001", "聊城市委巡察办", TestModule.CITY, null, null, null);
    final Unit edu = m.reference.addUnit("371500-040", "聊城市教育和体育局", TestModule.CITY, null, null, null);
    final Unit health = m.reference.addUnit("371500-041", "聊城市卫生健康委员会", TestModule.CITY, null, null, null);
    final Person leader = person("组长甲", office);
    final Person auditor = person("审计乙", office);
    final Person former = person("教育丙", office);
    final Person busy = person("忙碌丁", office);

    SecondmentServiceTest() {
        m.directory.term(1, TestModule.CITY).round(10, 1, 1, START, START.plusDays(40)).round(20, 1, 2, START.plusDays(20), START.plusDays(60))
                .group(11, 10, "第一巡察组", List.of(new GroupMember(leader.id(), GroupRole.LEADER)), Set.of(edu.id()))
                .group(12, 10, "第二巡察组", List.of(), Set.of(health.id()))
                .group(21, 20, "第一巡察组", List.of(new GroupMember(busy.id(), GroupRole.MEMBER)), Set.of());
        for (Person p : List.of(leader, auditor, former, busy)) {
            PoolEntry e = m.pools.apply(TestModule.cityStaff(), new PoolEntry.Draft(p.id(), PoolKind.MEMBER, null, null, null, "推荐"));
            m.pools.decide(TestModule.cityLeader(), e.id(), new PoolEntry.Decision(true, null));
        }
        m.profiles.save(TestModule.cityStaff(), auditor.id(), draft(List.of("审计", "纪检监察"), List.of()));
        m.profiles.save(TestModule.cityStaff(), former.id(), draft(List.of("财务"), List.of(new Profile.Employment(edu.id(), 2012, 2018))));
        m.db.clearRecords();
    }

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void aCheckAnswersEachRuleWithTheFactThatTriggeredItAndRecordsNothing() {
        SecondmentCheck clear = m.secondments.check(TestModule.cityStaff(), 10, 11L, auditor.id());
        assertThat(clear.clear()).isTrue();
        assertThat(clear.targetIds()).containsExactly(edu.id());
        SecondmentCheck hit = m.secondments.check(TestModule.cityStaff(), 10, 11L, former.id());
        assertThat(hit.findings()).extracting(Finding::rule, Finding::factZh)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("avoid.worked_in_target", "2012—2018年在聊城市教育和体育局工作"));
        assertThat(m.secondments.check(TestModule.cityStaff(), 10, 12L, former.id()).clear()).as("another group's targets").isTrue();
        assertThat(m.secondments.check(TestModule.cityStaff(), 10, null, former.id()).targetIds()).as("the whole round")
                .containsExactlyInAnyOrder(edu.id(), health.id());
        assertThat(m.secondments.check(TestModule.cityStaff(), 10, 12L, busy.id()).findings()).extracting(Finding::rule)
                .containsExactly("clash.overlapping_group");
        assertThat(m.db.audits()).isEmpty();
    }

    @Test
    void roundPlanningsDeclaredAvoidanceIsAFindingToo() {
        m.declared.add(new Avoidance(1L, auditor.id(), health.id(), Avoidance.Kind.RELATIVE, null, "office", LocalDateTime.now()));
        assertThat(m.secondments.check(TestModule.cityStaff(), 10, 12L, auditor.id()).findings()).extracting(Finding::rule)
                .containsExactly("avoid.declared");
    }

    @Test
    void aSecondmentWithAFindingIsRefusedNamingTheRuleAndNothingIsWritten() {
        ApiException e = refusal(() -> m.secondments.second(TestModule.cityStaff(), new Secondment.Draft(10L, 11L, former.id(), GroupRole.MEMBER, null, null)));
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.code()).isEqualTo("avoidance_required");
        assertThat(e.messageZh()).contains("任职回避：曾在被巡察单位工作");
        assertThat(e.fields()).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("personId", "avoid.worked_in_target"));
        assertThat(m.secondments.secondments(TestModule.cityStaff(), 10)).isEmpty();
        assertThat(m.db.audits()).isEmpty();
    }

    @Test
    void aJustifiedExceptionNeedsTheApprovePermissionAndIsKeptAndAudited() {
        Secondment.Draft waived = new Secondment.Draft(10L, 11L, former.id(), GroupRole.MEMBER, List.of("avoid.worked_in_target"), "离开该局已满六年，且为唯一财务专业人员");
        assertThat(Refusals.status(() -> m.secondments.second(TestModule.cityStaff(), waived))).isEqualTo(403);
        assertThat(Refusals.fieldCodes(() -> m.secondments.second(TestModule.cityLeader(), new Secondment.Draft(10L, 11L, former.id(), GroupRole.MEMBER,
                List.of("avoid.worked_in_target", "avoid.nonsense", "pool.not_in_pool"), null))))
                .containsExactly("justification:required", "waive:invalid", "waive:invalid");
        assertThat(Refusals.fieldCodes(() -> m.secondments.second(TestModule.cityLeader(), new Secondment.Draft(10L, 11L, auditor.id(), GroupRole.MEMBER,
                List.of("clash.yearly_limit"), "无")))).as("a waiver of nothing found").containsExactly("waive:invalid");

        Secondment s = m.secondments.second(TestModule.cityLeader(), waived);
        assertThat(s.exceptions()).extracting(Finding::rule).containsExactly("avoid.worked_in_target");
        assertThat(s.justification()).isEqualTo("离开该局已满六年，且为唯一财务专业人员");
        assertThat(s.fieldStart()).isEqualTo(START);
        assertThat(m.db.audits()).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo(AuditAction.CREATE);
            assertThat(a.inTransaction()).isTrue();
            assertThat(a.summary()).contains("例外处理：avoid.worked_in_target").contains("离开该局已满六年");
        });
        assertThat(m.db.events(PersonnelPoolsEvents.SECONDED)).hasSize(1);
        assertThat(m.secondments.secondments(TestModule.cityLeader(), 10)).singleElement().satisfies(x -> assertThat(x.exceptions()).hasSize(1));
        assertThat(refusal(() -> m.secondments.second(TestModule.cityLeader(), waived)).code()).isEqualTo("already_seconded");
    }

    @Test
    void aRecordedSecondmentCountsForLaterClashesAndTheYearlyLimit() {
        m.secondments.second(TestModule.cityStaff(), new Secondment.Draft(10L, 11L, auditor.id(), GroupRole.MEMBER, null, null));
        assertThat(m.secondments.check(TestModule.cityStaff(), 10, 12L, auditor.id()).findings()).extracting(Finding::rule)
                .containsExactly("clash.overlapping_group");
        List<Suggestion> after = m.secondments.suggestions(TestModule.cityStaff(), 10, 11L, null, 10);
        assertThat(after).extracting(Suggestion::personName).as("seconded already: no candidate").doesNotContain("审计乙");
        assertThat(after).allSatisfy(x -> assertThat(x.covers()).as("the auditor fills the group's gaps now").isEmpty());
        try (TestModule strict = new TestModule(Map.of("maxSecondmentsPerYear", 1))) {
            assertThat(strict.settings.maxSecondmentsPerYear()).isEqualTo(1);
        }
    }

    @Test
    void scopeAndInputAreCheckedOnEveryIdTheRequestNames() {
        assertThat(Refusals.status(() -> m.secondments.check(TestModule.countyLeader(), 10, null, auditor.id()))).isEqualTo(403);
        assertThat(Refusals.fieldCodes(() -> m.secondments.check(TestModule.cityStaff(), 10, 21L, auditor.id()))).containsExactly("groupId:not_found");
        assertThat(refusal(() -> m.secondments.check(TestModule.cityStaff(), 99, null, auditor.id())).fields()).extracting(FieldError::field)
                .containsExactly("roundId");
        assertThat(refusal(() -> m.secondments.check(TestModule.cityStaff(), 10, 11L, 9999)).fields()).extracting(FieldError::field)
                .containsExactly("personId");
        assertThat(Refusals.fields(() -> m.secondments.second(TestModule.cityStaff(), new Secondment.Draft(null, null, null, null, null, "理".repeat(501)))))
                .containsExactly("roundId", "personId", "role", "justification");
        // the person is looked up as the caller: one outside the caller's divisions is refused, not treated as unknown
        Unit countyUnit = m.reference.addUnit("371521-001", "阳谷县审计局", TestModule.COUNTY, null, null, null);
        Person countyCadre = person("县干己", countyUnit);
        org.xuncha.platform.api.security.Caller cityOnly = org.xuncha.testkit.TestCallers.office("city-only", TestModule.CITY,
                Set.of(TestModule.CITY), null, org.xuncha.testkit.InMemoryReferenceData.READ, org.xuncha.personnelpools.api.PersonnelPoolsPermissions.READ);
        assertThat(Refusals.status(() -> m.secondments.check(cityOnly, 10, 11L, countyCadre.id()))).isEqualTo(403);
        Person outsider = person("库外戊", office);
        assertThat(refusal(() -> m.secondments.second(TestModule.cityLeader(), new Secondment.Draft(10L, 11L, outsider.id(), GroupRole.MEMBER, null, null)))
                .fields()).extracting(FieldError::code).containsExactly("pool.not_in_pool");
    }

    @Test
    void withoutRoundPlanningSecondmentAnswers503() {
        m.rounds.directory = null;
        ApiException e = refusal(() -> m.secondments.check(TestModule.cityStaff(), 10, 11L, auditor.id()));
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.code()).isEqualTo("round_planning_unavailable");
    }

    @Test
    void suggestionsPutWhoFillsTheGroupsGapsAndIsClearFirstWithTheirReasons() {
        List<Suggestion> s = m.secondments.suggestions(TestModule.cityStaff(), 10, 11L, null, 10);
        assertThat(s).extracting(Suggestion::personName).as("the leader sits in the group already").containsExactly("审计乙", "教育丙", "忙碌丁");
        assertThat(s.get(0).covers()).containsExactly("财务|审计", "纪检监察");
        // both have a finding: who fills a gap (财务) comes before who fills none
        assertThat(s.get(1).findings()).extracting(Finding::rule).containsExactly("avoid.worked_in_target");
        assertThat(s.get(1).covers()).containsExactly("财务|审计");
        assertThat(s.get(2).findings()).extracting(Finding::rule).containsExactly("clash.overlapping_group");
        assertThat(Refusals.fields(() -> m.secondments.suggestions(TestModule.cityStaff(), 10, 11L, null, 0))).containsExactly("limit");
    }

    private static Profile.Draft draft(List<String> specialties, List<Profile.Employment> history) {
        return new Profile.Draft(null, false, specialties, history, List.of(), List.of(), null);
    }

    private Person person(String name, Unit unit) {
        Person p = m.reference.addPerson(name, unit.id(), "干部");
        return m.reference.add(new Person(p.id(), name, unit.id(), "干部", "科员", Person.Leadership.STAFF, unit.divisionCode(), true, 0L));
    }
}
