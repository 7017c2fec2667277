package org.xuncha.example.api;

/**
 * What a client sends to add a note: only what the user chooses. Id, author and time are the
 * service's to set, so they are not fields here (the platform's strict JSON refuses them).
 *
 * @param unitId the unit the note is about; must exist and be in the caller's scope
 * @param text   the note, at most {@value #TEXT_MAX} characters
 */
public record NoteDraft(Long unitId, String text) {

    /** Longest note text: the length of its column. */
    public static final int TEXT_MAX = 1000;
}
