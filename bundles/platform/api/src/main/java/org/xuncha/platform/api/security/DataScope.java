package org.xuncha.platform.api.security;

import java.util.Set;

/**
 * Which data a caller may see. Organisational scope: a city office sees its own division and its
 * counties, a county office only itself. Group scope, for group roles only: the rounds, groups and
 * target units the person is a member of; {@code group == null} means not limited by group.
 *
 * @param allDivisions true for the system caller and for an account of no division that holds the
 *                     explicit grant {@link #ALL_DIVISIONS}; an account of no division without it
 *                     sees no division at all
 * @param divisions    division codes visible to the caller
 * @param group        group limits, or null when the caller is not limited to their own groups
 */
public record DataScope(boolean allDivisions, Set<String> divisions, GroupScope group) {

    /**
     * The explicit grant that lets an account of no division see every division (an office's
     * reference-data maintainer, test set-ups). No role holds it by default; the security
     * administrator grants it to a role. Ignored for an account that belongs to a division.
     */
    public static final String ALL_DIVISIONS = "platform.scope.all-divisions";

    public DataScope {
        divisions = divisions == null ? Set.of() : Set.copyOf(divisions);
    }

    public static DataScope everything() {
        return new DataScope(true, Set.of(), null);
    }

    public boolean coversDivision(String code) {
        return allDivisions || (code != null && divisions.contains(code));
    }

    public boolean groupLimited() {
        return group != null;
    }

    public boolean coversRound(long roundId) {
        return group == null || group.roundIds().contains(roundId);
    }

    public boolean coversGroup(long groupId) {
        return group == null || group.groupIds().contains(groupId);
    }

    public boolean coversUnit(long unitId) {
        return group == null || group.unitIds().contains(unitId);
    }
}
