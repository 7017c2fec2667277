package org.xuncha.interviews.api;

import java.time.LocalDate;

/**
 * A letter, call, visit, mailbox note or online report received during a round.
 *
 * @param roundId              the round
 * @param groupId              the group that received it
 * @param unitId               the inspected unit it is about (one of the group's targets)
 * @param channel              how it came
 * @param receivedOn           when
 * @param reporterName         who sent it; null when anonymous (stored encrypted)
 * @param reporterContact      how to reach them, may be null (stored encrypted)
 * @param content              what it says (stored encrypted)
 * @param concernsTopLeader    it concerns the top leader
 * @param concernsLeadingGroup it concerns another leading-group member
 */
public record LetterDraft(Long roundId, Long groupId, Long unitId, LetterChannel channel, LocalDate receivedOn,
                          String reporterName, String reporterContact, String content, Boolean concernsTopLeader,
                          Boolean concernsLeadingGroup) {
}
