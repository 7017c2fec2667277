package org.xuncha.interviews.api;

import java.util.List;

/**
 * The signature status of a record, as the recorder updates it.
 *
 * @param interviewers     each interviewer's status
 * @param interviewee      the interviewee's status
 * @param intervieweeNote  why the interviewee declined, required when they did (stored encrypted)
 * @param version          the record's version as read
 */
public record Signatures(List<Signature> interviewers, SignatureStatus interviewee, String intervieweeNote, Long version) {
}
