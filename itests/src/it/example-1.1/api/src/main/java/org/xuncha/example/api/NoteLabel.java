package org.xuncha.example.api;

/**
 * The label of a note (since 1.1.0), e.g. 重要 or 待核实.
 *
 * @param noteId the note
 * @param label  the label, null when the note has none
 */
public record NoteLabel(long noteId, String label) {
}
