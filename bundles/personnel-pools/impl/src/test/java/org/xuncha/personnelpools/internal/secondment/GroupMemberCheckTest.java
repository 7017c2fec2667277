package org.xuncha.personnelpools.internal.secondment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.personnelpools.api.PoolEntry;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.Profile;
import org.xuncha.personnelpools.api.Secondment;
import org.xuncha.personnelpools.internal.TestModule;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.MemberCheck;

/** The 回避 and clash checks as round planning asks them when a group's members change. */
class GroupMemberCheckTest {

    static final LocalDate START = LocalDate.of(2025, 3, 3);
    final TestModule m = new TestModule();
    final Unit office = m.reference.addUnit("371500-001", "聊城市委巡察办", TestModule.CITY, null, null, null);
    final Unit edu = m.reference.addUnit("371500-040", "聊城市教育和体育局", TestModule.CITY, null, null, null);
    final Unit health = m.reference.addUnit("371500-041", "聊城市卫生健康委员会", TestModule.CITY, null, null, null);
    final Person leader = person("组长甲", office);
    final Person former = person("教育丙", office);
    final Person busy = person("忙碌丁", office);
    final Person outsider = person("库外戊", office);
    final Caller staff = TestModule.cityStaff();

    GroupMemberCheckTest() {
        m.directory.term(1, TestModule.CITY).round(10, 1, 1, START, START.plusDays(40)).round(20, 1, 2, START.plusDays(20), START.plusDays(60))
                .group(11, 10, "第一巡察组", List.of(new GroupMember(leader.id(), GroupRole.LEADER)), Set.of(edu.id()))
                .group(12, 10, "第二巡察组", List.of(), Set.of(health.id()))
                .group(21, 20, "第一巡察组", List.of(new GroupMember(busy.id(), GroupRole.MEMBER)), Set.of());
        for (Person p : List.of(leader, former, busy)) {
            PoolEntry e = m.pools.apply(staff, new PoolEntry.Draft(p.id(), PoolKind.MEMBER, null, null, null, "推荐"));
            m.pools.decide(TestModule.cityLeader(), e.id(), new PoolEntry.Decision(true, null));
        }
        m.profiles.save(staff, former.id(), new Profile.Draft(null, false, List.of("财务"), List.of(new Profile.Employment(edu.id(), 2012, 2018)),
                List.of(), List.of(), null));
        m.profiles.save(staff, outsider.id(), new Profile.Draft(null, false, List.of(), List.of(new Profile.Employment(edu.id(), 2010, 2011)),
                List.of(), List.of(), null));
    }

    @AfterEach
    void close() {
        m.close();
    }

    private static MemberCheck.Change change(Long groupId, Set<Long> before, Set<Long> targetsBefore, Set<Long> targets, Person... members) {
        return new MemberCheck.Change(10, groupId, "第一巡察组", java.util.Arrays.stream(members).map(p -> new GroupMember(p.id(), GroupRole.MEMBER)).toList(),
                targets, before, targetsBefore);
    }

    @Test
    void aJoiningMemberWhoWorkedInATargetIsFoundWithTheRuleAndTheFactAndOthersAreClear() {
        List<MemberCheck.Finding> found = m.memberCheck.check(staff,
                change(11L, Set.of(leader.id()), Set.of(edu.id()), Set.of(edu.id()), leader, former));
        assertThat(found).extracting(MemberCheck.Finding::personId, MemberCheck.Finding::rule, MemberCheck.Finding::factZh, MemberCheck.Finding::unitId)
                .containsExactly(tuple(former.id(), "avoid.worked_in_target", "2012—2018年在聊城市教育和体育局工作", edu.id()));
        assertThat(m.memberCheck.check(staff, change(11L, Set.of(leader.id()), Set.of(edu.id()), Set.of(edu.id()), leader))).isEmpty();
        assertThat(m.memberCheck.check(staff, change(12L, Set.of(), Set.of(health.id()), Set.of(health.id()), former)))
                .as("another group's targets").isEmpty();
    }

    @Test
    void aMemberWhoStaysIsCheckedOnTheAvoidanceRulesAgainstTheTargetsAddedOnly() {
        assertThat(m.memberCheck.check(staff, change(12L, Set.of(former.id()), Set.of(health.id()), Set.of(health.id(), edu.id()), former)))
                .extracting(MemberCheck.Finding::rule).containsExactly("avoid.worked_in_target");
        assertThat(m.memberCheck.check(staff, change(11L, Set.of(former.id()), Set.of(edu.id()), Set.of(edu.id()), former)))
                .as("checked when they joined: not again on every later change").isEmpty();
    }

    @Test
    void aJoiningMemberWhoseOtherGroupsFieldworkOverlapsIsRefusedOneWhoStaysIsNot() {
        assertThat(m.memberCheck.check(staff, change(12L, Set.of(), Set.of(health.id()), Set.of(health.id()), busy)))
                .extracting(MemberCheck.Finding::personId, MemberCheck.Finding::rule).containsExactly(tuple(busy.id(), "clash.overlapping_group"));
        assertThat(m.memberCheck.check(staff, change(12L, Set.of(busy.id()), Set.of(health.id()), Set.of(health.id(), edu.id()), busy)))
                .as("weighed when they joined, not on every later change").isEmpty();
    }

    @Test
    void theYearlyLimitRefusesAThirdRoundOfTheYearUnlessTheOfficeWaivedItWithTheSecondment() {
        // busy sits in round 20 and, seconded here, in round 25: round 30 of the same year would be their third
        m.directory.round(25, 1, 3, START.plusDays(70), START.plusDays(90)).group(26, 25, "第一巡察组", List.of(), Set.of())
                .round(30, 1, 4, START.plusDays(100), START.plusDays(140)).group(31, 30, "第一巡察组", List.of(), Set.of());
        m.secondments.second(TestModule.cityLeader(), new Secondment.Draft(25L, 26L, busy.id(), GroupRole.MEMBER, null, null));
        MemberCheck.Change third = new MemberCheck.Change(30, 31L, "第一巡察组", List.of(new GroupMember(busy.id(), GroupRole.MEMBER),
                new GroupMember(leader.id(), GroupRole.LEADER)), Set.of(), Set.of(), Set.of());
        assertThat(m.memberCheck.check(staff, third)).extracting(MemberCheck.Finding::personId, MemberCheck.Finding::rule, MemberCheck.Finding::factZh)
                .containsExactly(tuple(busy.id(), "clash.yearly_limit", "2025年已抽调参加2轮巡察"));
        m.secondments.second(TestModule.cityLeader(), new Secondment.Draft(30L, 31L, busy.id(), GroupRole.MEMBER, List.of("clash.yearly_limit"),
                "本轮需要熟悉卫生系统的同志，经主任办公会同意"));
        assertThat(m.memberCheck.check(staff, third)).as("the office's justified exception, recorded and audited with the secondment").isEmpty();
    }

    @Test
    void fieldworkOutsideAJoiningMembersAvailabilityIsRefused() {
        Profile p = m.profiles.profile(staff, former.id());
        m.profiles.save(staff, former.id(), new Profile.Draft(null, false, p.specialties(), p.history(), List.of(),
                List.of(new Profile.Availability(START.plusDays(100), START.plusDays(200))), p.version()));
        assertThat(m.memberCheck.check(staff, change(12L, Set.of(), Set.of(health.id()), Set.of(health.id()), former)))
                .extracting(MemberCheck.Finding::rule).containsExactly("clash.unavailable");
    }

    @Test
    void groupsAreFormedOfAnyoneSoThePoolRuleIsSecondmentsOwn() {
        assertThat(m.memberCheck.check(staff, change(12L, Set.of(), Set.of(health.id()), Set.of(health.id()), outsider))).isEmpty();
        assertThat(m.memberCheck.check(staff, change(11L, Set.of(), Set.of(edu.id()), Set.of(edu.id()), outsider)))
                .as("but 回避 holds for them too").extracting(MemberCheck.Finding::rule).containsExactly("avoid.worked_in_target");
    }

    @Test
    void peopleThePoolsDoNotKeepAreCheckedOnWhatReferenceDataShowsTheirOwnUnitATarget() {
        Person atEdu = person("教育己", edu);
        assertThat(m.memberCheck.check(staff, change(11L, Set.of(), Set.of(edu.id()), Set.of(edu.id()), atEdu)))
                .as("in no pool and without a profile, yet their own unit is a target (任职回避)")
                .extracting(MemberCheck.Finding::personId, MemberCheck.Finding::rule, MemberCheck.Finding::factZh, MemberCheck.Finding::unitId)
                .containsExactly(tuple(atEdu.id(), "avoid.home_unit_target", "本人在聊城市教育和体育局工作", edu.id()));
        assertThat(m.memberCheck.check(staff, change(12L, Set.of(), Set.of(health.id()), Set.of(health.id()), atEdu)))
                .as("another unit").isEmpty();
        assertThat(m.memberCheck.check(staff, change(12L, Set.of(atEdu.id()), Set.of(health.id()), Set.of(health.id(), edu.id()), atEdu)))
                .as("staying while their unit is added").extracting(MemberCheck.Finding::rule).containsExactly("avoid.home_unit_target");
    }

    @Test
    void peopleThePoolsDoNotKeepAreCheckedForTheirOwnCountyInACrossInspectionButNotOnClashes() {
        Unit countyWater = m.reference.addUnit("371521-020", "阳谷县水利局", TestModule.COUNTY, null, null, null);
        Unit countyOffice = m.reference.addUnit("371521-001", "阳谷县委巡察办", TestModule.COUNTY, null, null, null);
        Person countyCadre = person("县干部庚", countyOffice);
        m.directory.add(new org.xuncha.roundplanning.api.RoundRef(40, 1, 5, "第5轮巡察", org.xuncha.roundplanning.api.RoundType.CROSS,
                org.xuncha.roundplanning.api.Stage.FIELDWORK, TestModule.CITY, START, START.plusDays(40), null))
                .group(41, 40, "交叉巡察第一组", List.of(), Set.of(countyWater.id()))
                .group(42, 40, "交叉巡察第二组", List.of(new GroupMember(countyCadre.id(), GroupRole.MEMBER)), Set.of(health.id()));
        MemberCheck.Change cross = new MemberCheck.Change(40, 41L, "交叉巡察第一组", List.of(new GroupMember(countyCadre.id(), GroupRole.MEMBER)),
                Set.of(countyWater.id()), Set.of(), Set.of(countyWater.id()));
        assertThat(m.memberCheck.check(staff, cross)).as("地域回避, while already in an overlapping group is a clash only for the pools' own people")
                .extracting(MemberCheck.Finding::personId, MemberCheck.Finding::rule, MemberCheck.Finding::unitId)
                .containsExactly(tuple(countyCadre.id(), "avoid.own_county_cross", countyWater.id()));
        MemberCheck.Change regular = new MemberCheck.Change(10, 12L, "第二巡察组", List.of(new GroupMember(countyCadre.id(), GroupRole.MEMBER)),
                Set.of(health.id()), Set.of(), Set.of(health.id()));
        assertThat(m.memberCheck.check(staff, regular)).as("a county cadre drafted into a city round of other units").isEmpty();
    }

    @Test
    void aWaiverRecordedWithTheSecondmentToTheRoundLetsTheMemberIn() {
        m.secondments.second(TestModule.cityLeader(), new Secondment.Draft(10L, 11L, former.id(), GroupRole.MEMBER,
                List.of("avoid.worked_in_target"), "离开该局已满六年，且为唯一财务专业人员"));
        assertThat(m.memberCheck.check(staff, change(11L, Set.of(leader.id()), Set.of(edu.id()), Set.of(edu.id()), leader, former))).isEmpty();
        assertThat(m.memberCheck.check(staff, change(12L, Set.of(former.id()), Set.of(health.id()), Set.of(health.id(), edu.id()), former)))
                .as("the waiver is of that rule at that unit, in this round").isEmpty();
    }

    private Person person(String name, Unit unit) {
        Person p = m.reference.addPerson(name, unit.id(), "干部");
        return m.reference.add(new Person(p.id(), name, unit.id(), "干部", "科员", Person.Leadership.STAFF, unit.divisionCode(), true, 0L));
    }
}
