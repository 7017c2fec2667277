package org.xuncha.evaluation.internal.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuncha.evaluation.internal.TestModule.R1;
import static org.xuncha.evaluation.internal.TestModule.R2;
import static org.xuncha.evaluation.internal.TestModule.R3;
import static org.xuncha.evaluation.internal.TestModule.cityOffice;
import static org.xuncha.evaluation.internal.TestModule.group;
import static org.xuncha.evaluation.internal.TestModule.unit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.evaluation.api.EvaluationEvents;
import org.xuncha.evaluation.api.GroupScore;
import org.xuncha.evaluation.api.Indicator;
import org.xuncha.evaluation.api.IndicatorSource;
import org.xuncha.evaluation.api.IndicatorValue;
import org.xuncha.evaluation.api.RankedGroup;
import org.xuncha.evaluation.api.RoundRanking;
import org.xuncha.evaluation.api.ScoreDraft;
import org.xuncha.evaluation.api.ScoringSheet;
import org.xuncha.evaluation.api.Talk;
import org.xuncha.evaluation.internal.TestModule;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;

class QualityServiceTest {

    private TestModule m = new TestModule(Map.of("talkBottom", 1, "talkRounds", 2));

    @AfterEach
    void close() {
        m.close();
    }

    private void twoIndicators() {
        m.quality.configure(cityOffice(), List.of(new Indicator("problems", "发现问题", "Problems", 50, IndicatorSource.LEAD_TRANSFER),
                new Indicator("discipline", "组风纪律", "Discipline", 50, IndicatorSource.OFFICE)));
    }

    /** Scores the three groups' discipline and publishes the round. */
    private RoundRanking publish(long round, double g1, double g2, double g3) {
        double[] v = {g1, g2, g3};
        for (int n = 1; n <= 3; n++) {
            m.quality.score(cityOffice(), round, new ScoreDraft(group(round, n), "discipline", v[n - 1], "演示"));
        }
        return m.quality.publish(cityOffice(), round);
    }

    @Test
    void theDefaultsHoldUntilTheOfficeConfiguresItsOwnAndTheChangeIsAudited() {
        assertThat(m.quality.indicators(cityOffice(), null)).isEqualTo(Indicators.DEFAULTS);
        twoIndicators();
        assertThat(m.quality.indicators(cityOffice(), null)).extracting(Indicator::code).containsExactly("problems", "discipline");
        assertThat(m.quality.indicators(TestModule.countyOffice(), null)).isEqualTo(Indicators.DEFAULTS);
        assertThat(m.db.audits()).anyMatch(a -> a.type().equals("indicators") && a.action() == AuditAction.UPDATE && a.inTransaction());
    }

    @Test
    void badIndicatorsAreRefusedAllAtOnce() {
        assertThatThrownBy(() -> m.quality.configure(cityOffice(), List.of(new Indicator("Bad code", "", null, 0, null),
                new Indicator("a", "甲", null, 10, IndicatorSource.OFFICE), new Indicator("a", "乙", null, 101, IndicatorSource.OFFICE))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fields()).extracting(f -> f.field()).contains("indicators[0].code", "indicators[0].nameZh",
                            "indicators[0].weight", "indicators[0].source", "indicators[2].code", "indicators[2].weight");
                });
        assertThat(m.quality.indicators(cityOffice(), null)).isEqualTo(Indicators.DEFAULTS);
    }

    @Test
    void computedValuesSayWhereTheyCameFromAndTheTotalIsWeighted() {
        twoIndicators();
        m.problems.put(List.of(R1, unit(R1, 1)), 8);
        m.problems.put(List.of(R1, unit(R1, 2)), 4);
        m.quality.score(cityOffice(), R1, new ScoreDraft(group(R1, 1), "discipline", 80.0, "按时报送"));
        ScoringSheet sheet = m.quality.sheet(cityOffice(), R1);
        GroupScore first = sheet.groups().stream().filter(g -> g.groupId() == group(R1, 1)).findFirst().orElseThrow();
        IndicatorValue problems = first.values().get(0);
        assertThat(problems.value()).isEqualTo(100.0);
        assertThat(problems.raw()).isEqualTo(8L);
        assertThat(problems.origin()).contains("问题线索移交模块").contains("8");
        assertThat(first.values().get(1).note()).isEqualTo("按时报送");
        assertThat(first.total()).isEqualTo(90.0);
        assertThat(first.complete()).isTrue();
        GroupScore second = sheet.groups().stream().filter(g -> g.groupId() == group(R1, 2)).findFirst().orElseThrow();
        assertThat(second.values().get(0).value()).isEqualTo(50.0);
        assertThat(second.values().get(1).value()).isNull();
        assertThat(second.values().get(1).origin()).isEqualTo("巡察办尚未评分");
        assertThat(second.complete()).isFalse();
    }

    @Test
    void aComputedIndicatorWhoseModuleIsNotInstalledSaysSoAndCountsForNothing() {
        m.quality.configure(cityOffice(), List.of(new Indicator("interviews", "个别谈话", null, 50, IndicatorSource.INTERVIEW_RECORDS),
                new Indicator("discipline", "组风纪律", null, 50, IndicatorSource.OFFICE)));
        m.quality.score(cityOffice(), R1, new ScoreDraft(group(R1, 1), "discipline", 70.0, null));
        GroupScore g = m.quality.sheet(cityOffice(), R1).groups().get(0);
        assertThat(g.values().get(0).value()).isNull();
        assertThat(g.values().get(0).origin()).isEqualTo("模块未安装：interview-records");
        assertThat(g.total()).isEqualTo(70.0);
        assertThat(g.complete()).isFalse();
    }

    @Test
    void publishingFreezesTheRankingWithTiesSharingAPlace() {
        twoIndicators();
        RoundRanking r = publish(R1, 90, 90, 60);
        assertThat(r.groups()).extracting(RankedGroup::rank).containsExactly(1, 1, 3);
        assertThat(r.groups()).extracting(RankedGroup::leaderPersonId).containsExactly(TestModule.LEADER_A, TestModule.LEADER_B,
                TestModule.LEADER_C);
        // a later problem count changes the sheet, not the published ranking
        m.problems.put(List.of(R1, unit(R1, 3)), 5);
        assertThat(m.quality.sheet(cityOffice(), R1).groups().get(0).groupId()).isEqualTo(group(R1, 3));
        assertThat(m.reports.ranking(cityOffice(), R1).orElseThrow().groups().get(2).groupId()).isEqualTo(group(R1, 3));
        assertThat(m.db.events(EvaluationEvents.RANKING_PUBLISHED)).hasSize(1);
    }

    @Test
    void aLeaderInTheBottomTwoRoundsRunningGetsOneTalkRecord() {
        twoIndicators();
        publish(R1, 90, 80, 70);
        assertThat(m.talks.talks(cityOffice(), null, PageRequest.first(10)).total()).isZero();
        publish(R2, 95, 85, 60);
        List<Talk> talks = m.talks.talks(cityOffice(), null, PageRequest.first(10)).items();
        assertThat(talks).singleElement().satisfies(t -> {
            assertThat(t.leaderPersonId()).isEqualTo(TestModule.LEADER_C);
            assertThat(t.roundId()).isEqualTo(R2);
            assertThat(t.reason()).isEqualTo("所带巡察组连续2轮排名后1位");
        });
        // publishing the round again opens no second record
        m.quality.publish(cityOffice(), R2);
        assertThat(m.talks.talks(cityOffice(), null, PageRequest.first(10)).total()).isEqualTo(1);
        assertThat(m.db.events(EvaluationEvents.TALK_OPENED)).hasSize(1);
        // round 3: C climbs out, B falls to the bottom for the first time — nobody new
        publish(R3, 95, 50, 70);
        assertThat(m.talks.talks(cityOffice(), null, PageRequest.first(10)).total()).isEqualTo(1);
    }

    @Test
    void publishingIsRefusedWhileAnOfficeScoreIsMissing() {
        twoIndicators();
        m.quality.score(cityOffice(), R1, new ScoreDraft(group(R1, 1), "discipline", 80.0, null));
        assertThatThrownBy(() -> m.quality.publish(cityOffice(), R1)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.code()).isEqualTo("sheet_incomplete");
            assertThat(e.messageZh()).contains("第2巡察组/discipline");
        });
        assertThat(m.reports.ranking(cityOffice(), R1)).isEmpty();
    }

    @Test
    void badScoresAreRefusedWithFieldsAndChangeNothing() {
        twoIndicators();
        assertThatThrownBy(() -> m.quality.score(cityOffice(), R1, new ScoreDraft(null, null, 100.5, "x".repeat(501))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.fields()).extracting(f -> f.field())
                        .containsExactlyInAnyOrder("groupId", "indicator", "value", "note"));
        assertThatThrownBy(() -> m.quality.score(cityOffice(), R1, new ScoreDraft(group(R2, 1), "problems", 50.0, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fields()).extracting(f -> f.field()).containsExactlyInAnyOrder("groupId", "indicator");
                });
        assertThatThrownBy(() -> m.quality.score(cityOffice(), 77, new ScoreDraft(group(R1, 1), "discipline", 50.0, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(m.db.audits()).noneMatch(a -> a.type().equals("quality-score"));
    }

    @Test
    void theCountySeesNeitherTheCitysSheetNorItsRanking() {
        twoIndicators();
        publish(R1, 90, 80, 70);
        assertThatThrownBy(() -> m.quality.sheet(TestModule.countyOffice(), R1))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> m.reports.ranking(TestModule.countyOffice(), R1))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(m.talks.talks(TestModule.countyOffice(), null, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void withoutRoundPlanningTheSheetIsA503AndThePublishedRankingStillReads() {
        twoIndicators();
        publish(R1, 90, 80, 70);
        org.xuncha.evaluation.internal.Sources none = org.xuncha.evaluation.internal.Sources.of(null, null, null, null);
        QualityServiceImpl without = new QualityServiceImpl(m.store, none, m.indicators, new ComputedValues(none), m.talks);
        assertThatThrownBy(() -> without.sheet(cityOffice(), R1)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.code()).isEqualTo("round_planning_unavailable");
        });
        assertThat(without.ranking(cityOffice(), R1)).isPresent();
    }
}
