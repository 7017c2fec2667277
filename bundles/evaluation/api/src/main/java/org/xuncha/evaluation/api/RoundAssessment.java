package org.xuncha.evaluation.api;

import java.util.List;
import java.util.Map;

/**
 * The assessments of a round, for the assessment notice (一轮一通报).
 *
 * @param roundId       the round
 * @param assessments   by unit
 * @param grades        how many units got each grade
 * @param typicalCases  the assessments named as typical cases
 */
public record RoundAssessment(long roundId, List<Assessment> assessments, Map<Grade, Long> grades, List<Assessment> typicalCases) {

    public RoundAssessment {
        assessments = List.copyOf(assessments);
        grades = Map.copyOf(grades);
        typicalCases = List.copyOf(typicalCases);
    }
}
