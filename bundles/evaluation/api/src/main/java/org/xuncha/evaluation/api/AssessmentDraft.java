package org.xuncha.evaluation.api;

/**
 * An assessment of a unit's rectification; a second one for the same round and unit replaces the first.
 *
 * @param roundId     the round
 * @param unitId      a unit the round inspects
 * @param score       0 to 100
 * @param typicalCase named as a typical case in the notice
 * @param note        at most {@value #NOTE_MAX} characters
 */
public record AssessmentDraft(Long roundId, Long unitId, Integer score, Boolean typicalCase, String note) {

    public static final int NOTE_MAX = 1000;
}
