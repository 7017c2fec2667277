package org.xuncha.testkit;

import java.util.Set;

import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.api.security.GroupScope;

/** Callers as the security spine builds them, for unit tests of services. */
public final class TestCallers {

    private TestCallers() {
    }

    /**
     * An account of the office of {@code division} that sees the divisions listed (a city sees itself
     * and its counties, a county only itself).
     */
    public static Caller office(String username, String division, Set<String> sees, Long personId, String... permissions) {
        return new Caller(Math.abs(username.hashCode()), username, username, division, personId, Set.of("office-staff"),
                Set.of(permissions), new DataScope(false, sees, null));
    }

    /** A group role working in these rounds, groups and units only. */
    public static Caller groupMember(String username, String division, Set<String> sees, long personId, GroupScope groups,
                                     String... permissions) {
        return new Caller(Math.abs(username.hashCode()), username, username, division, personId, Set.of("group-member"),
                Set.of(permissions), new DataScope(false, sees, groups));
    }
}
