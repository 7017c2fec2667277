package org.xuncha.interviews.api;

import java.time.LocalDateTime;

/**
 * A problem or lead raised from a record or letter, with its hand-over state. Shown inside the record
 * or letter it came from (whose read is audited).
 *
 * @param id                   id
 * @param sourceType           record or letter
 * @param sourceId             its id
 * @param kind                 problem or lead
 * @param category             category code, may be null
 * @param description          what it is about
 * @param concernsTopLeader    it concerns the top leader
 * @param concernsLeadingGroup it concerns another leading-group member
 * @param personId             lead: person concerned in reference data, may be null
 * @param personName           lead: person concerned
 * @param personPost           lead: their post
 * @param personRank           lead: their rank
 * @param status               pending or handed over
 * @param targetId             its id in the lead-transfer module once handed over
 * @param raisedBy             username
 * @param raisedAt             when
 * @param handedOverAt         when it reached lead transfer
 * @param handedOverBy         username it was handed over as
 * @param attempts             hand-over attempts that failed
 * @param lastError            why the last attempt failed, null if none (no content)
 */
public record HandOver(long id, SourceType sourceType, long sourceId, HandOverKind kind, String category,
                       String description, boolean concernsTopLeader, boolean concernsLeadingGroup, Long personId,
                       String personName, String personPost, String personRank, HandOverStatus status, Long targetId,
                       String raisedBy, LocalDateTime raisedAt, LocalDateTime handedOverAt, String handedOverBy,
                       int attempts, String lastError) {
}
