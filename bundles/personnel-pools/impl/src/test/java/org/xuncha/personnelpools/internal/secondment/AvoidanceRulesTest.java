package org.xuncha.personnelpools.internal.secondment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xuncha.personnelpools.api.Finding;
import org.xuncha.personnelpools.api.Profile;
import org.xuncha.personnelpools.internal.profile.ProfileFacts;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.roundplanning.api.Avoidance;
import org.xuncha.roundplanning.api.RoundType;

class AvoidanceRulesTest {

    static final LocalDate START = LocalDate.of(2025, 3, 3);
    static final LocalDate END = LocalDate.of(2025, 4, 15);
    static final long EDU = 10;
    static final long HEALTH = 11;
    static final long COUNTY_WATER = 12;
    final Facts.RoundFacts round = round(RoundType.REGULAR);

    @Test
    void someoneWithNoTiesToTheTargetsAndNoOtherSeatIsClear() {
        assertThat(AvoidanceRules.check(round, person(ProfileFacts.Facts.EMPTY), 2)).isEmpty();
    }

    @Test
    void theirOwnUnitBeingATargetIsOneFindingEvenIfTheirHistoryListsItToo() {
        Facts.PersonFacts p = new Facts.PersonFacts(1, "张三", EDU, "371500",
                profile(List.of(new Profile.Employment(EDU, 2020, null)), List.of(), List.of()), Map.of(), List.of(), List.of(), true);
        List<Finding> f = AvoidanceRules.check(round, p, 2);
        assertThat(f).extracting(Finding::rule).containsExactly("avoid.home_unit_target");
        assertThat(f.get(0).factZh()).isEqualTo("本人在聊城市教育和体育局工作");
        assertThat(f.get(0).unitId()).isEqualTo(EDU);
    }

    @Test
    void pastWorkInATargetNamesTheUnitAndTheYears() {
        List<Finding> f = AvoidanceRules.check(round, person(profile(List.of(new Profile.Employment(HEALTH, 2015, 2019),
                new Profile.Employment(99L, 2010, 2014)), List.of(), List.of())), 2);
        assertThat(f).extracting(Finding::rule, Finding::factZh).containsExactly(
                org.assertj.core.groups.Tuple.tuple("avoid.worked_in_target", "2015—2019年在聊城市卫生健康委员会工作"));
        assertThat(f.get(0).factEn()).contains("2015-2019");
    }

    @Test
    void aDeclaredRelativeInATargetAndOneLeadingItAreDifferentRulesAndNeitherRevealsTheRelation() {
        Person leader = new Person(500L, "李四", HEALTH, "党组书记", "正处级", Person.Leadership.TOP_LEADER, "371500", true, 0L);
        Facts.PersonFacts p = new Facts.PersonFacts(1, "张三", 99L, "371500",
                profile(List.of(), List.of(new ProfileFacts.RelativeFact(EDU, null), new ProfileFacts.RelativeFact(HEALTH, 500L)), List.of()),
                Map.of(500L, leader), List.of(), List.of(), true);
        List<Finding> f = AvoidanceRules.check(round, p, 2);
        assertThat(f).extracting(Finding::rule).containsExactly("avoid.relative_in_target", "avoid.relative_leads_target");
        assertThat(f.get(1).factZh()).isEqualTo("申报的亲属李四是聊城市卫生健康委员会主要负责人");
    }

    @Test
    void aCrossInspectionOfTheirOwnCountyIsRegionalAvoidanceForEachUnitThere() {
        Facts.PersonFacts countyCadre = new Facts.PersonFacts(1, "王五", 98L, "371524", ProfileFacts.Facts.EMPTY, Map.of(), List.of(), List.of(), true);
        assertThat(AvoidanceRules.check(round, countyCadre, 2)).as("not a cross inspection").isEmpty();
        List<Finding> f = AvoidanceRules.check(round(RoundType.CROSS), countyCadre, 2);
        assertThat(f).extracting(Finding::rule, Finding::unitId).containsExactly(org.assertj.core.groups.Tuple.tuple("avoid.own_county_cross", COUNTY_WATER));
        assertThat(f.get(0).factZh()).contains("东阿县水利局").contains("371524");
    }

    @Test
    void roundPlanningsDeclaredAvoidancesCountForTheTargetsOnly() {
        Facts.PersonFacts p = new Facts.PersonFacts(1, "张三", 99L, "371500", ProfileFacts.Facts.EMPTY, Map.of(),
                List.of(new Avoidance(1L, 1L, EDU, Avoidance.Kind.PAST_WORK, null, "office", LocalDateTime.now()),
                        new Avoidance(2L, 1L, 77L, Avoidance.Kind.RELATIVE, null, "office", LocalDateTime.now())), List.of(), true);
        List<Finding> f = AvoidanceRules.check(round, p, 2);
        assertThat(f).extracting(Finding::rule).containsExactly("avoid.declared");
        assertThat(f.get(0).factZh()).isEqualTo("对聊城市教育和体育局申报回避：曾在该单位工作");
    }

    @Test
    void aSeatInAGroupWhoseFieldworkOverlapsIsAClashButTheSameGroupIsNot() {
        Facts.Placement other = new Facts.Placement(2, "第二轮巡察", 21L, "第一巡察组", END, END.plusDays(30));
        Facts.Placement same = new Facts.Placement(1, "第一轮巡察", 5L, "第五巡察组", START, END);
        Facts.Placement before = new Facts.Placement(3, "第三轮巡察", 31L, "第一巡察组", START.minusDays(60), START.minusDays(1));
        // a limit high enough that the yearly count stays out of this test
        List<Finding> f = AvoidanceRules.check(round, placed(other, same, before), 5);
        assertThat(f).extracting(Finding::rule).containsExactly("clash.overlapping_group");
        assertThat(f.get(0).factZh()).isEqualTo("已在第二轮巡察第一巡察组（2025-04-15至2025-05-15）");
        Facts.Placement sameRoundOtherGroup = new Facts.Placement(1, "第一轮巡察", 6L, "第六巡察组", START, END);
        assertThat(AvoidanceRules.check(round, placed(sameRoundOtherGroup), 5)).extracting(Finding::rule)
                .as("nobody sits in two groups of a round").containsExactly("clash.overlapping_group");
    }

    @Test
    void moreSecondmentsInTheYearThanConfiguredIsAClash() {
        Facts.Placement jan = new Facts.Placement(2, "第二轮巡察", 21L, "一组", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 1));
        Facts.Placement sep = new Facts.Placement(3, "第三轮巡察", 31L, "一组", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 1));
        Facts.Placement lastYear = new Facts.Placement(4, "上年轮次", 41L, "一组", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 1));
        assertThat(AvoidanceRules.check(round, placed(jan, lastYear), 2)).isEmpty();
        List<Finding> f = AvoidanceRules.check(round, placed(jan, sep, lastYear), 2);
        assertThat(f).extracting(Finding::rule).containsExactly("clash.yearly_limit");
        assertThat(f.get(0).ruleZh()).contains("每年最多2轮");
        assertThat(f.get(0).factZh()).isEqualTo("2025年已抽调参加2轮巡察");
        assertThat(AvoidanceRules.check(round, placed(jan, sep), 3)).as("the limit is configuration").isEmpty();
    }

    @Test
    void fieldworkOutsideEveryAvailabilityWindowIsAClashAndNoWindowMeansAnyTime() {
        Facts.PersonFacts inside = person(profile(List.of(), List.of(), List.of(new Profile.Availability(START.minusDays(1), END))));
        assertThat(AvoidanceRules.check(round, inside, 2)).isEmpty();
        Facts.PersonFacts partly = person(profile(List.of(), List.of(), List.of(new Profile.Availability(START, END.minusDays(1)))));
        List<Finding> f = AvoidanceRules.check(round, partly, 2);
        assertThat(f).extracting(Finding::rule).containsExactly("clash.unavailable");
        assertThat(f.get(0).factZh()).isEqualTo("可抽调时间为2025-03-03至2025-04-14，实地工作为2025-03-03至2025-04-15");
    }

    @Test
    void someoneInNoPoolCannotBeSecondedAndThatCannotBeWaived() {
        Facts.PersonFacts outside = new Facts.PersonFacts(1, "张三", 99L, "371500", ProfileFacts.Facts.EMPTY, Map.of(), List.of(), List.of(), false);
        List<Finding> f = AvoidanceRules.check(round, outside, 2);
        assertThat(f).extracting(Finding::rule, Finding::waivable).containsExactly(org.assertj.core.groups.Tuple.tuple("pool.not_in_pool", false));
    }

    private static Facts.RoundFacts round(RoundType type) {
        return new Facts.RoundFacts(1, "第一轮巡察", type, "371500", START, END, 5L, Map.of(
                EDU, new Facts.TargetUnit(EDU, "聊城市教育和体育局", "371500"),
                HEALTH, new Facts.TargetUnit(HEALTH, "聊城市卫生健康委员会", "371500"),
                COUNTY_WATER, new Facts.TargetUnit(COUNTY_WATER, "东阿县水利局", "371524")));
    }

    private static ProfileFacts.Facts profile(List<Profile.Employment> history, List<ProfileFacts.RelativeFact> relatives,
                                              List<Profile.Availability> availability) {
        return new ProfileFacts.Facts(null, false, List.of(), history, relatives, availability);
    }

    private static Facts.PersonFacts person(ProfileFacts.Facts profile) {
        return new Facts.PersonFacts(1, "张三", 99L, "371500", profile, Map.of(), List.of(), List.of(), true);
    }

    private static Facts.PersonFacts placed(Facts.Placement... seats) {
        return new Facts.PersonFacts(1, "张三", 99L, "371500", ProfileFacts.Facts.EMPTY, Map.of(), List.of(), List.of(seats), true);
    }
}
