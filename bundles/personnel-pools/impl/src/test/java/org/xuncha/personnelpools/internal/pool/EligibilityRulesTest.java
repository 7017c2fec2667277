package org.xuncha.personnelpools.internal.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.internal.Settings;
import org.xuncha.testkit.Configs;

class EligibilityRulesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    final List<EligibilityRules.Rule> defaults = EligibilityRules.parse(Configs.defaults(Settings.Config.class).eligibility());

    @Test
    void theDefaultsAdmitTheSeedsLeadersAndDeputiesByRankAndRefuseAnOpenCaseInEveryPool() {
        assertThat(EligibilityRules.failures(defaults, PoolKind.LEADER, facts("正处级", false), TODAY)).isEmpty();
        assertThat(EligibilityRules.failures(defaults, PoolKind.DEPUTY, facts("副处级", false), TODAY)).isEmpty();
        assertThat(EligibilityRules.failures(defaults, PoolKind.MEMBER, facts("科员", false), TODAY)).isEmpty();
        assertThat(EligibilityRules.failures(defaults, PoolKind.TRAINER, facts("科员", true), TODAY))
                .extracting(EligibilityRules.Failure::rule).containsExactly("eligibility.no_open_case");
    }

    @Test
    void aRefusalNamesTheRuleTheRequirementAndThePersonsOwnFactInBothLanguages() {
        List<EligibilityRules.Failure> f = EligibilityRules.failures(defaults, PoolKind.LEADER, facts("正科级", true), TODAY);
        assertThat(f).extracting(EligibilityRules.Failure::rule).containsExactly("eligibility.rank", "eligibility.no_open_case");
        assertThat(f.get(0).messageZh()).contains("组长库").contains("正处级").contains("本人：正科级");
        assertThat(f.get(0).messageEn()).contains("group leaders").contains("正科级");
        assertThat(EligibilityRules.failures(defaults, PoolKind.LEADER, facts(null, false), TODAY).get(0).messageZh()).contains("未登记");
    }

    @Test
    void ageAndRoundsServedAreRulesAnOfficeCanAddAndAMissingBirthDateFailsTheAgeRule() {
        List<EligibilityRules.Rule> rules = EligibilityRules.parse(new String[] {"MEMBER: maxAge 40", " member : minRounds 1 ", ""});
        assertThat(rules).extracting(EligibilityRules.Rule::kind).containsExactly(EligibilityRules.Kind.MAX_AGE, EligibilityRules.Kind.MIN_ROUNDS);
        EligibilityRules.Facts young = new EligibilityRules.Facts("科员", LocalDate.of(1990, 6, 2), 1, false);
        assertThat(EligibilityRules.failures(rules, PoolKind.MEMBER, young, TODAY)).isEmpty();
        EligibilityRules.Facts forty = new EligibilityRules.Facts("科员", LocalDate.of(1985, 6, 1), 0, false);
        assertThat(EligibilityRules.failures(rules, PoolKind.MEMBER, forty, TODAY)).extracting(EligibilityRules.Failure::rule)
                .containsExactly("eligibility.max_age", "eligibility.min_rounds");
        assertThat(EligibilityRules.failures(rules, PoolKind.MEMBER, new EligibilityRules.Facts("科员", null, 3, false), TODAY).get(0).messageZh())
                .contains("未登记出生日期");
        assertThat(EligibilityRules.failures(rules, PoolKind.LEADER, forty, TODAY)).as("rules of another pool do not apply").isEmpty();
    }

    @Test
    void aRuleThatCannotBeReadFailsTheConfigurationNamingTheLine() {
        assertThatThrownBy(() -> EligibilityRules.parse(new String[] {"CHIEF: rank 正处级"})).hasMessageContaining("CHIEF");
        assertThatThrownBy(() -> EligibilityRules.parse(new String[] {"*: maxAge old"})).hasMessageContaining("maxAge old");
        assertThatThrownBy(() -> EligibilityRules.parse(new String[] {"*: tall"})).hasMessageContaining("tall");
        assertThatThrownBy(() -> EligibilityRules.parse(new String[] {"rank 正处级"})).hasMessageContaining("rank 正处级");
        assertThatThrownBy(() -> EligibilityRules.parse(new String[] {"LEADER: rank |"})).hasMessageContaining("no rank");
    }

    private static EligibilityRules.Facts facts(String rank, boolean caseOpen) {
        return new EligibilityRules.Facts(rank, null, 0, caseOpen);
    }

    /** A plain .cfg line is one string: the rules in it are separated by ';', the requirements by ','. */
    @Test
    void aPlainConfigurationLineCarriesSeveralRules() {
        Settings s = new Settings(Configs.of(Settings.Config.class, java.util.Map.of(
                "eligibility", new String[] {"LEADER: rank 正处级|副处级; *: noOpenCase"},
                "requiredSpecialties", new String[] {"财务|审计, 纪检监察, 法律"})));
        assertThat(s.eligibility()).extracting(EligibilityRules.Rule::kind).containsExactly(EligibilityRules.Kind.RANK, EligibilityRules.Kind.NO_OPEN_CASE);
        assertThat(s.requirements()).hasSize(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Settings(Configs.of(Settings.Config.class, java.util.Map.of("maxSecondmentsPerYear", 0))))
                .hasMessageContaining("maxSecondmentsPerYear");
    }
}
