package org.xuncha.evaluation.internal.assessment;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.evaluation.api.Assessment;
import org.xuncha.evaluation.api.AssessmentDraft;
import org.xuncha.evaluation.api.Grade;

/** Table {@code xc_evaluation_assessment}: a unit's rectification assessment for a round (one per round and unit). */
@Entity
@Table(name = "xc_evaluation_assessment")
public class AssessmentEntity {

    @Id
    @SequenceGenerator(name = "xc_evaluation_assessment_seq", sequenceName = "xc_evaluation_assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_evaluation_assessment_seq")
    Long id;

    @Column(name = "division_code", nullable = false, length = 12)
    String divisionCode;

    @Column(name = "round_id", nullable = false)
    long roundId;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "score", nullable = false)
    int score;

    @Column(name = "grade", nullable = false, length = 20)
    String grade;

    @Column(name = "typical_case", nullable = false)
    boolean typicalCase;

    @Column(name = "note", length = AssessmentDraft.NOTE_MAX)
    String note;

    @Column(name = "tasks")
    Long tasks;

    @Column(name = "closed")
    Long closed;

    @Column(name = "assessed_by", nullable = false, length = 100)
    String assessedBy;

    @Column(name = "assessed_at", nullable = false)
    LocalDateTime assessedAt;

    /** Points per indicator as {@code code=points;...} in the configured order; null when assessed as a total only. */
    @Column(name = "scores", length = 600)
    String scores;

    Assessment toValue() {
        java.util.Map<String, Integer> byCode = new java.util.LinkedHashMap<>();
        if (scores != null) {
            for (String part : scores.split(";")) {
                int eq = part.indexOf('=');
                byCode.put(part.substring(0, eq), Integer.parseInt(part.substring(eq + 1)));
            }
        }
        return new Assessment(id, roundId, unitId, score, Grade.valueOf(grade), typicalCase, note, tasks, closed, assessedBy, assessedAt, byCode);
    }
}
