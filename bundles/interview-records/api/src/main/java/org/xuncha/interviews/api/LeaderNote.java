package org.xuncha.interviews.api;

/**
 * What the interviewee said on the mandatory topic about one member of the unit's leadership, or
 * about the leading group as a whole ({@code personId} null). These notes are the material of the
 * top-leader dossier. Stored encrypted.
 *
 * @param personId the leader (top leader or leading-group member of the unit), or null for the group as a whole
 * @param text     what was said
 */
public record LeaderNote(Long personId, String text) {
}
