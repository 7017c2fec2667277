package org.xuncha.rectification.api;

import java.time.LocalDate;

/**
 * What the office records when the committee assigns something.
 *
 * @param kind         what it is
 * @param divisionCode the division whose committee assigned it; the caller's own when absent
 * @param title      at most {@value #TITLE_MAX} characters
 * @param assignedBy at most {@value #BY_MAX} characters
 * @param assignedOn the day, not in the future
 */
public record AssignmentDraft(AssignmentKind kind, String divisionCode, String title, String assignedBy, LocalDate assignedOn) {

    public static final int TITLE_MAX = 500;
    public static final int BY_MAX = 100;
    public static final int RESULT_MAX = 2000;

    /**
     * The report that an assignment is done.
     *
     * @param completedOn the day, not in the future nor before it was assigned
     * @param result      what was done, at most {@value AssignmentDraft#RESULT_MAX} characters
     */
    public record Completion(LocalDate completedOn, String result) {
    }
}
