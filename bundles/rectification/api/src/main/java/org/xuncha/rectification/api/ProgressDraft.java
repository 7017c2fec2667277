package org.xuncha.rectification.api;

import java.time.LocalDate;

/**
 * A progress report, or the report that comes with a closure request.
 *
 * @param on       the day it reports on, not in the future; today when absent
 * @param text     what was done, at most {@value #TEXT_MAX} characters
 * @param evidence evidence offered (document names, numbers), at most {@value #EVIDENCE_MAX}; required for a closure request
 */
public record ProgressDraft(LocalDate on, String text, String evidence) {

    public static final int TEXT_MAX = 2000;
    public static final int EVIDENCE_MAX = 1000;
}
