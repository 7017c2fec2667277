package org.xuncha.rectification.api;

/**
 * The office's decision on a closure request.
 *
 * @param approve true to close the task (销号), false to send it back
 * @param reason  why it is sent back (required then), at most {@value #REASON_MAX} characters
 */
public record ClosureDecision(Boolean approve, String reason) {

    public static final int REASON_MAX = 500;
}
