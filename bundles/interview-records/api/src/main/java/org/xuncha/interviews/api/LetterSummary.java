package org.xuncha.interviews.api;

import java.time.LocalDate;

/** A letter in a list: no content, no reporter. */
public record LetterSummary(long id, long roundId, long groupId, long unitId, LetterChannel channel, LocalDate receivedOn,
                            boolean anonymous, boolean concernsTopLeader, boolean concernsLeadingGroup,
                            LetterDisposition disposition, int pendingHandOvers) {
}
