package org.xuncha.evaluation.api;

/**
 * The office's score of one office-scored indicator for a group of the round.
 *
 * @param groupId   a group of the round
 * @param indicator the indicator's code; must be office-scored
 * @param value     0 to 100
 * @param note      why, at most {@value #NOTE_MAX} characters
 */
public record ScoreDraft(Long groupId, String indicator, Double value, String note) {

    public static final int NOTE_MAX = 500;
}
