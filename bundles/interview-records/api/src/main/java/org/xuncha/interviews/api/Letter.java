package org.xuncha.interviews.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.xuncha.platform.api.files.Attachment;

/**
 * A letter or visit with its content, as a member of the group reads it (the read is audited).
 *
 * @param handOverAvailable whether the lead-transfer module is running now
 */
public record Letter(long id, long roundId, long groupId, long unitId, LetterChannel channel, LocalDate receivedOn,
                     String reporterName, String reporterContact, String content, boolean concernsTopLeader,
                     boolean concernsLeadingGroup, LetterDisposition disposition, String handlingNote, String handledBy,
                     LocalDateTime handledAt, String registeredBy, LocalDateTime registeredAt, List<HandOver> raised,
                     boolean handOverAvailable, List<Attachment> attachments, long version) {
}
