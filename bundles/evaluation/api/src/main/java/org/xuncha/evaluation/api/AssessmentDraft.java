package org.xuncha.evaluation.api;

import java.util.Map;

/**
 * An assessment of a unit's rectification; a second one for the same round and unit replaces the first.
 * Either per indicator ({@code scores}, each of the configured indicators from 0 to its points, the
 * total their sum) or as one total ({@code score}); with both, the total must be their sum.
 *
 * @param roundId     the round
 * @param unitId      a unit the round inspects
 * @param score       0 to 100; may be left out when {@code scores} is given
 * @param typicalCase named as a typical case in the notice
 * @param note        at most {@value #NOTE_MAX} characters
 * @param scores      points per indicator code, in any order (since 1.1); null or empty for a total only
 */
public record AssessmentDraft(Long roundId, Long unitId, Integer score, Boolean typicalCase, String note, Map<String, Integer> scores) {

    public static final int NOTE_MAX = 1000;

    /** A total only, as before 1.1. */
    public AssessmentDraft(Long roundId, Long unitId, Integer score, Boolean typicalCase, String note) {
        this(roundId, unitId, score, typicalCase, note, null);
    }
}
