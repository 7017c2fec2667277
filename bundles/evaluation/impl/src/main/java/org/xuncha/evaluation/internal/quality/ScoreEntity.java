package org.xuncha.evaluation.internal.quality;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.evaluation.api.ScoreDraft;

/** Table {@code xc_evaluation_score}: the office's score of one office-scored indicator for a group. */
@Entity
@Table(name = "xc_evaluation_score")
public class ScoreEntity {

    @Id
    @SequenceGenerator(name = "xc_evaluation_score_seq", sequenceName = "xc_evaluation_score_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_evaluation_score_seq")
    Long id;

    @Column(name = "division_code", nullable = false, length = 12)
    String divisionCode;

    @Column(name = "round_id", nullable = false)
    long roundId;

    @Column(name = "group_id", nullable = false)
    long groupId;

    @Column(name = "indicator_code", nullable = false, length = 40)
    String indicator;

    @Column(name = "score_value", nullable = false)
    double value;

    @Column(name = "note", length = ScoreDraft.NOTE_MAX)
    String note;

    @Column(name = "scored_by", nullable = false, length = 100)
    String scoredBy;

    @Column(name = "scored_at", nullable = false)
    LocalDateTime scoredAt;
}
