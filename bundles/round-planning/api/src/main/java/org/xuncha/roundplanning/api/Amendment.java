package org.xuncha.roundplanning.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A recorded change of an approved plan (方案调整). While an amendment is open the plan may be
 * edited; each edit is listed in it. Without an open amendment edits of a plan that has an
 * approval are refused.
 *
 * @param id           id
 * @param reason       why the plan changes
 * @param openedBy     username
 * @param openedByName display name
 * @param openedAt     when
 * @param closedBy     username, null while open
 * @param closedAt     when closed, null while open
 * @param changes      the edits made under it, in order
 */
public record Amendment(long id, String reason, String openedBy, String openedByName, LocalDateTime openedAt,
                        String closedBy, LocalDateTime closedAt, List<String> changes) {

    public Amendment {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public boolean open() {
        return closedAt == null;
    }

    /** @param reason why the plan changes */
    public record Request(String reason) {
    }
}
