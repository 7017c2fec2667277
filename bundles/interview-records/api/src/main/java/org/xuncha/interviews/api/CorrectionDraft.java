package org.xuncha.interviews.api;

import java.util.List;

/** A correction of a signed-off record: the reason and the whole corrected content. */
public record CorrectionDraft(String reason, List<Section> sections, List<LeaderNote> leaderNotes, Long version) {
}
