package org.xuncha.platform.api.files;

import java.time.LocalDateTime;

/**
 * An attachment's metadata; the content is fetched separately.
 *
 * @param id          id
 * @param module      the module whose record owns it, e.g. {@code lead-transfer}
 * @param ownerType   the kind of record, e.g. {@code problem}
 * @param ownerId     the record's id
 * @param filename    the name it was uploaded with
 * @param contentType its media type
 * @param size        bytes
 * @param sm3         SM3 digest of the content (hex), to prove it unchanged
 * @param createdAt   when it was stored
 * @param createdBy   username of who stored it
 */
public record Attachment(long id, String module, String ownerType, String ownerId, String filename, String contentType,
                         long size, String sm3, LocalDateTime createdAt, String createdBy) {
}
