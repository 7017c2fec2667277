package org.xuncha.evaluation.internal.assessment;

import org.xuncha.evaluation.api.AssessmentDraft;
import org.xuncha.evaluation.api.Grade;
import org.xuncha.platform.api.rest.Checks;

/** Pure rules of the rectification assessment: what a draft must satisfy and the grade of a score. */
public final class AssessmentRules {

    private AssessmentRules() {
    }

    /** Lowest scores of the grades 好, 较好 and 一般 (below the last is 差), as configured. */
    public record Thresholds(int good, int fairlyGood, int ordinary) {

        /** 400 unless 100 ≥ good > fairlyGood > ordinary ≥ 0. */
        public Thresholds {
            if (!(100 >= good && good > fairlyGood && fairlyGood > ordinary && ordinary >= 0)) {
                throw new IllegalArgumentException("grade thresholds must fall: " + good + " > " + fairlyGood + " > " + ordinary);
            }
        }
    }

    public static Grade grade(int score, Thresholds t) {
        if (score >= t.good()) {
            return Grade.GOOD;
        }
        if (score >= t.fairlyGood()) {
            return Grade.FAIRLY_GOOD;
        }
        return score >= t.ordinary() ? Grade.ORDINARY : Grade.POOR;
    }

    /** Every error of a draft at once; round and unit are looked up by the service. */
    public static void check(AssessmentDraft d) {
        if (d == null) {
            new Checks().add("body", "required", "请求内容不能为空", "The request body is required").throwIfInvalid();
        }
        new Checks().required("roundId", d.roundId(), "巡察轮次", "round")
                .required("unitId", d.unitId(), "被巡察单位", "unit")
                .required("score", d.score(), "评估得分", "score")
                .range("score", d.score(), 0, 100, "评估得分", "score")
                .maxLength("note", d.note() == null ? null : d.note().trim(), AssessmentDraft.NOTE_MAX, "说明", "note")
                .throwIfInvalid();
    }
}
