package org.xuncha.leadtransfer.internal;

import java.util.Set;

import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.api.security.GroupScope;

/** Callers as the security spine would build them, for unit tests. */
public final class Callers {

    public static final String CITY = "371500";
    public static final String COUNTY = "371521";

    private Callers() {
    }

    /** An account of the city office (sees the city and its county) with these roles and permissions. */
    public static Caller city(String role, String... permissions) {
        return new Caller(1, "city-" + role, role, CITY, null, Set.of(role), Set.of(permissions),
                new DataScope(false, Set.of(CITY, COUNTY), null));
    }

    public static Caller county(String role, String... permissions) {
        return new Caller(2, "county-" + role, role, COUNTY, null, Set.of(role), Set.of(permissions),
                new DataScope(false, Set.of(COUNTY), null));
    }

    /** A group role of the city working in these groups of these rounds. */
    public static Caller groupMember(String role, Set<Long> rounds, Set<Long> groups, Set<Long> units, String... permissions) {
        return new Caller(3, "member-" + groups, role, CITY, 30L, Set.of(role), Set.of(permissions),
                new DataScope(false, Set.of(CITY, COUNTY), new GroupScope(rounds, groups, units)));
    }
}
