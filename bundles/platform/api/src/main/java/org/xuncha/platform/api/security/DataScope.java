package org.xuncha.platform.api.security;

import java.util.Set;

/**
 * Which data a caller may see. Organisational scope: a city office sees its own division and its
 * counties, a county office only itself. Group scope, for group roles only: the rounds, groups and
 * target units the person is a member of; {@code group == null} means not limited by group.
 *
 * @param allDivisions true for the system caller and for installations with no division set up
 * @param divisions    division codes visible to the caller
 * @param group        group limits, or null when the caller is not limited to their own groups
 */
public record DataScope(boolean allDivisions, Set<String> divisions, GroupScope group) {

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
