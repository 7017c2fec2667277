package org.xuncha.rectification.api;

/**
 * What the office sends to open a unit's ledger after feedback. The feedback date is round
 * planning's, never sent.
 *
 * @param roundId         the round; it must have given feedback
 * @param unitId          the unit, a target of the round
 * @param principalLeader the unit's principal leader, at most {@value #NAME_MAX} characters
 */
public record LedgerDraft(Long roundId, Long unitId, String principalLeader) {

    /** Longest name of a person: the length of its columns. */
    public static final int NAME_MAX = 50;
}
