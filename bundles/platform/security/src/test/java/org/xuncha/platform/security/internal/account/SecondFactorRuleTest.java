package org.xuncha.platform.security.internal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.security.Roles;

/** The second factor is mandatory for each of the three administrators (web and console apply this one rule), optional for business roles. */
class SecondFactorRuleTest {

    private static UserView account(String role, boolean totp) {
        return new UserView(1, "u", "u", null, null, Set.of(role), true, false, false, totp, null, null, 0L, false);
    }

    @Test
    void eachOfTheThreeAdministratorsMustEnrolBusinessAccountsChoose() {
        for (String admin : Set.of(Roles.SYS_ADMIN, Roles.SECURITY_ADMIN, Roles.SECURITY_AUDITOR)) {
            assertThat(SecondFactorRule.mustEnrol(account(admin, false))).as(admin).isTrue();
            assertThat(SecondFactorRule.mustEnrol(account(admin, true))).as(admin + " enrolled").isFalse();
        }
        for (String business : Set.of(Roles.OFFICE_STAFF, Roles.GROUP_MEMBER, Roles.DISCIPLINE_COMMISSION)) {
            assertThat(SecondFactorRule.mustEnrol(account(business, false))).as(business).isFalse();
        }
    }
}
