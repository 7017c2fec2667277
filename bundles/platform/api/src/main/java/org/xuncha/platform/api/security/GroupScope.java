package org.xuncha.platform.api.security;

import java.util.HashSet;
import java.util.Set;

/**
 * The rounds, groups and target units a person works in, as reported by the
 * {@link GroupMembershipProvider}s installed.
 */
public record GroupScope(Set<Long> roundIds, Set<Long> groupIds, Set<Long> unitIds) {

    public static final GroupScope NONE = new GroupScope(Set.of(), Set.of(), Set.of());

    public GroupScope {
        roundIds = roundIds == null ? Set.of() : Set.copyOf(roundIds);
        groupIds = groupIds == null ? Set.of() : Set.copyOf(groupIds);
        unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
    }

    public GroupScope union(GroupScope other) {
        Set<Long> r = new HashSet<>(roundIds);
        r.addAll(other.roundIds);
        Set<Long> g = new HashSet<>(groupIds);
        g.addAll(other.groupIds);
        Set<Long> u = new HashSet<>(unitIds);
        u.addAll(other.unitIds);
        return new GroupScope(r, g, u);
    }
}
