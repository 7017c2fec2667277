package org.xuncha.interviews.api;

/**
 * Whether problems and leads can be handed over now.
 *
 * @param available the lead-transfer module is running
 * @param pending   raised items in the caller's scope still waiting
 */
public record HandOverState(boolean available, long pending) {
}
