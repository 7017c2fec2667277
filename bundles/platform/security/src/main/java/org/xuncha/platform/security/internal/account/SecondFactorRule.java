package org.xuncha.platform.security.internal.account;

/**
 * The second factor is mandatory for the three administrators (issue 15 item 6, 等保 2.0 level 3
 * "two or more factors for administrators"): an administrator's account without it may only enrol
 * it (web) and is refused on the console. Business accounts choose.
 */
public final class SecondFactorRule {

    private SecondFactorRule() {
    }

    /** Whether this account must enrol the second factor before it may do anything else. */
    public static boolean mustEnrol(UserView user) {
        return !user.totpEnabled() && administrator(user);
    }

    public static boolean administrator(UserView user) {
        return user.roles().stream().anyMatch(SeparationOfDuties.ADMIN_ROLES::contains);
    }
}
