package org.xuncha.evaluation.api;

import java.time.LocalDate;

/**
 * What happened in a 约谈.
 *
 * @param heldOn   the day, not in the future
 * @param heldBy   who talked, at most {@value #HELD_BY_MAX} characters
 * @param said     what was said, at most {@value #TEXT_MAX} characters (stored encrypted)
 * @param followUp the follow-up, at most {@value #TEXT_MAX} characters
 * @param version  the version read
 */
public record TalkDraft(LocalDate heldOn, String heldBy, String said, String followUp, Long version) {

    public static final int HELD_BY_MAX = 100;
    public static final int TEXT_MAX = 2000;
}
