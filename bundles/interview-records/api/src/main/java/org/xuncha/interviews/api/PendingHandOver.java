package org.xuncha.interviews.api;

import java.time.LocalDateTime;

/** A raised problem or lead in the hand-over list: where it came from and its state, no content. */
public record PendingHandOver(long id, SourceType sourceType, long sourceId, long roundId, long groupId, long unitId,
                              HandOverKind kind, boolean concernsTopLeader, HandOverStatus status, Long targetId,
                              String raisedBy, LocalDateTime raisedAt, int attempts, String lastError) {
}
