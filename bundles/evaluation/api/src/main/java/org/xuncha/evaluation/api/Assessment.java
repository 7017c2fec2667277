package org.xuncha.evaluation.api;

import java.time.LocalDateTime;

/**
 * The rectification assessment of a unit for a round (一轮一评估): a stable record, as the
 * assessment notice cites it.
 *
 * @param id          id
 * @param roundId     the round
 * @param unitId      the unit
 * @param score       0 to 100
 * @param grade       from the score, by the configured thresholds
 * @param typicalCase named as a typical case of poor rectification in the circulated notice (典型案例)
 * @param note        the office's note
 * @param tasks       rectification tasks of the unit's ledger when assessed, null if rectification was not installed
 * @param closed      of which closed
 * @param assessedBy  who
 * @param assessedAt  when
 * @param scores      points per indicator in the configured order, empty when assessed as a total only (since 1.1)
 */
public record Assessment(long id, long roundId, long unitId, int score, Grade grade, boolean typicalCase, String note, Long tasks,
                         Long closed, String assessedBy, LocalDateTime assessedAt, java.util.Map<String, Integer> scores) {

    public Assessment {
        scores = scores == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
    }

    /** A total only, as before 1.1. */
    public Assessment(long id, long roundId, long unitId, int score, Grade grade, boolean typicalCase, String note, Long tasks,
                      Long closed, String assessedBy, LocalDateTime assessedAt) {
        this(id, roundId, unitId, score, grade, typicalCase, note, tasks, closed, assessedBy, assessedAt, null);
    }
}
