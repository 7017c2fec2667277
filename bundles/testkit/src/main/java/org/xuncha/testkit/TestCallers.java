package org.xuncha.testkit;

import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.api.security.GroupScope;

/**
 * Callers as the security spine builds them, for unit tests of services. The shorthands place them
 * in a city (聊城市, {@link #CITY}, which sees itself and its county) and one of its counties
 * ({@link #COUNTY}, which sees only itself).
 */
public final class TestCallers {

    public static final String CITY = "371500";
    public static final String COUNTY = "371521";

    private TestCallers() {
    }

    /**
     * A caller with one role who sees the divisions {@code sees} and, for a group role, works only in
     * {@code groups} (null: not limited by group).
     */
    public static Caller of(String username, String role, String division, Set<String> sees, Long personId, GroupScope groups,
                            String... permissions) {
        return new Caller(Math.abs(username.hashCode()), username, username, division, personId, Set.of(role), Set.of(permissions),
                new DataScope(false, sees, groups));
    }

    /**
     * An account of the office of {@code division} that sees the divisions listed (a city sees itself
     * and its counties, a county only itself).
     */
    public static Caller office(String username, String division, Set<String> sees, Long personId, String... permissions) {
        return of(username, "office-staff", division, sees, personId, null, permissions);
    }

    /** A group role working in these rounds, groups and units only. */
    public static Caller groupMember(String username, String division, Set<String> sees, long personId, GroupScope groups,
                                     String... permissions) {
        return of(username, "group-member", division, sees, personId, groups, permissions);
    }

    /** An account of the city with this role (it sees the city and its county). */
    public static Caller city(String role, String... permissions) {
        return of("city-" + role, role, CITY, Set.of(CITY, COUNTY), null, null, permissions);
    }

    /** An account of the county with this role. */
    public static Caller county(String role, String... permissions) {
        return of("county-" + role, role, COUNTY, Set.of(COUNTY), null, null, permissions);
    }

    /** A group role of the city working in these groups of these rounds, at these units. */
    public static Caller groupMember(String role, Set<Long> rounds, Set<Long> groups, Set<Long> units, String... permissions) {
        return of("member-" + groups, role, CITY, Set.of(CITY, COUNTY), null, new GroupScope(rounds, groups, units), permissions);
    }

    /** The caller as the security filter attaches it to a request, for calling a resource method. */
    public static SecurityContext context(Caller caller) {
        return caller.securityContext(false, "TEST");
    }
}
