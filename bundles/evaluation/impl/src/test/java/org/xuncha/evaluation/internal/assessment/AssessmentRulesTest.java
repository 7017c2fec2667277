package org.xuncha.evaluation.internal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xuncha.evaluation.api.AssessmentDraft;
import org.xuncha.evaluation.api.Grade;
import org.xuncha.evaluation.internal.assessment.AssessmentRules.Thresholds;
import org.xuncha.platform.api.rest.ApiException;

class AssessmentRulesTest {

    private static final Thresholds DEFAULT = new Thresholds(90, 80, 60);

    @Test
    void gradesAtTheEdgesMatchTheSeed() {
        // as in seeds/rectification/assessments.csv: 96 好, 84 较好, 78 一般, 53 差
        assertThat(AssessmentRules.grade(100, DEFAULT)).isEqualTo(Grade.GOOD);
        assertThat(AssessmentRules.grade(90, DEFAULT)).isEqualTo(Grade.GOOD);
        assertThat(AssessmentRules.grade(89, DEFAULT)).isEqualTo(Grade.FAIRLY_GOOD);
        assertThat(AssessmentRules.grade(80, DEFAULT)).isEqualTo(Grade.FAIRLY_GOOD);
        assertThat(AssessmentRules.grade(79, DEFAULT)).isEqualTo(Grade.ORDINARY);
        assertThat(AssessmentRules.grade(60, DEFAULT)).isEqualTo(Grade.ORDINARY);
        assertThat(AssessmentRules.grade(59, DEFAULT)).isEqualTo(Grade.POOR);
        assertThat(AssessmentRules.grade(0, DEFAULT)).isEqualTo(Grade.POOR);
    }

    @Test
    void thresholdsMustFall() {
        assertThatThrownBy(() -> new Thresholds(80, 90, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Thresholds(101, 90, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AssessmentRules.grade(70, new Thresholds(95, 85, 70))).isEqualTo(Grade.ORDINARY);
    }

    @Test
    void everyErrorOfADraftAtOnce() {
        assertThatThrownBy(() -> AssessmentRules.check(new AssessmentDraft(null, null, 101, false, "x".repeat(1001))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fields()).extracting(f -> f.field()).containsExactlyInAnyOrder("roundId", "unitId", "score", "note");
                });
        AssessmentRules.check(new AssessmentDraft(1L, 2L, 100, null, null));
        AssessmentRules.check(new AssessmentDraft(1L, 2L, null, null, null, java.util.Map.of("results", 30)));
        assertThatThrownBy(() -> AssessmentRules.check(new AssessmentDraft(1L, 2L, null, null, null, java.util.Map.of())))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.fields()).extracting(f -> f.field()).containsExactly("score"));
    }

    @Test
    void indicatorsAreConfiguredOneALineAndAddUpToAHundred() {
        assertThat(AssessmentRules.indicators(new String[] {"responsibility|整改主体责任落实|Responsibility for rectification|25",
            "results|问题整改成效|Problems rectified|40", "mechanisms|长效机制建设|Lasting mechanisms|20",
            "reporting|整改报告与公开|Reporting and disclosure|15"})).isEqualTo(AssessmentRules.DEFAULT_INDICATORS);
        assertThat(AssessmentRules.indicators(new String[] {"a|甲|A|60", "b|乙|B|40"})).extracting(AssessmentRules.Indicator::points)
                .containsExactly(60, 40);
        for (String[] bad : List.of(new String[] {"a|甲|A|60", "b|乙|B|30"}, new String[] {"a|甲|A|60", "a|乙|B|40"},
                new String[] {"a|甲|A|100|x"}, new String[] {"a b|甲|A|100"}, new String[] {"a|甲|A|0", "b|乙|B|100"}, new String[] {})) {
            assertThatThrownBy(() -> AssessmentRules.indicators(bad)).as(String.join(",", bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theTotalOfADraftByIndicatorIsTheirSumAndEveryErrorIsNamedOnItsIndicator() {
        List<AssessmentRules.Indicator> four = AssessmentRules.DEFAULT_INDICATORS;
        Map<String, Integer> scores = Map.of("responsibility", 20, "results", 30, "mechanisms", 15, "reporting", 10);
        assertThat(AssessmentRules.total(new AssessmentDraft(1L, 2L, null, false, null, scores), four)).isEqualTo(75);
        assertThat(AssessmentRules.total(new AssessmentDraft(1L, 2L, 75, false, null, scores), four)).isEqualTo(75);
        assertThat(AssessmentRules.total(new AssessmentDraft(1L, 2L, 88, false, null, null), four)).isEqualTo(88);
        assertThatThrownBy(() -> AssessmentRules.total(new AssessmentDraft(1L, 2L, 70, false, null,
                Map.of("responsibility", 26, "results", 30, "other", 1)), four))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.fields()).extracting(f -> f.field())
                        .containsExactlyInAnyOrder("scores.responsibility", "scores.mechanisms", "scores.reporting", "scores.other", "score"));
    }
}
