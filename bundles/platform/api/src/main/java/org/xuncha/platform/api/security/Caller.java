package org.xuncha.platform.api.security;

import java.security.Principal;
import java.util.Objects;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.xuncha.platform.api.rest.ApiException;

/**
 * Who is calling, with the permissions and data scope resolved for this request. Every service
 * method takes the caller as its first argument and checks it: the REST layer, the console and
 * any future interface all pass one in, so the rules are enforced in one place.
 *
 * @param userId       account id; 0 for the {@linkplain #system(String) system caller}
 * @param username     login name
 * @param displayName  name shown in the UI and audit trail
 * @param divisionCode the administrative division the account belongs to (the city or a county)
 * @param personId     the cadre in reference data this account is, if linked (group membership
 *                     is found through it); may be null
 * @param roles        role ids, see {@link Roles}
 * @param permissions  permission ids granted through the roles
 * @param scope        which data the caller may read and change
 */
public record Caller(long userId, String username, String displayName, String divisionCode, Long personId,
                     Set<String> roles, Set<String> permissions, DataScope scope) implements Principal {

    /** Permission held only by the system caller: everything. */
    public static final String ALL = "*";

    /**
     * Pseudo-permission every signed-in caller holds, whatever their roles: for endpoints about the
     * caller's own account (who am I, change my password, sign out).
     */
    public static final String AUTHENTICATED = "authenticated";

    public Caller {
        Objects.requireNonNull(username, "username");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
        Objects.requireNonNull(scope, "scope");
    }

    /**
     * The platform acting on its own behalf (demo loader, scheduled checks). It holds every
     * permission and sees every division; its actions are audited under {@code system:<purpose>}.
     */
    public static Caller system(String purpose) {
        return new Caller(0, "system:" + purpose, "系统", null, null, Set.of(), Set.of(ALL), DataScope.everything());
    }

    /** The caller the platform's security filter attached to a JAX-RS request; 401 if none. */
    public static Caller of(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw ApiException.unauthenticated();
    }

    /**
     * This caller as JAX-RS sees it on a request: what the platform's security filter attaches (and
     * what a test hands a resource method), which {@link #of(SecurityContext)} reads back.
     *
     * @param secure whether the request came over HTTPS
     * @param scheme the authentication scheme, e.g. {@code SESSION}
     */
    public SecurityContext securityContext(boolean secure, String scheme) {
        return new Context(this, secure, scheme);
    }

    private record Context(Caller caller, boolean secure, String scheme) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.hasRole(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return scheme;
        }
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean isSystem() {
        return permissions.contains(ALL);
    }

    public boolean has(String permission) {
        return permissions.contains(permission) || permissions.contains(ALL);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** @throws ApiException 403 unless the caller holds the permission */
    public Caller require(String permission) {
        if (!has(permission)) {
            throw ApiException.forbidden(permission);
        }
        return this;
    }

    /** @throws ApiException 403 unless the caller holds at least one of the permissions */
    public Caller requireAny(String... anyOf) {
        for (String p : anyOf) {
            if (has(p)) {
                return this;
            }
        }
        throw ApiException.forbidden(String.join(" | ", anyOf));
    }

    /** @throws ApiException 403 unless the division is within the caller's scope */
    public Caller requireDivision(String division) {
        if (!scope.coversDivision(division)) {
            throw ApiException.outOfScope();
        }
        return this;
    }
}
