package org.xuncha.interviews.api;

import java.time.LocalDateTime;

/**
 * A correction made to a signed-off record.
 *
 * @param id              id
 * @param correctedAt     when
 * @param correctedBy     username
 * @param reason          why (stored encrypted)
 * @param previousContent the content as it was before, as text (stored encrypted)
 */
public record Correction(long id, LocalDateTime correctedAt, String correctedBy, String reason, String previousContent) {
}
