package org.xuncha.evaluation.internal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    }
}
