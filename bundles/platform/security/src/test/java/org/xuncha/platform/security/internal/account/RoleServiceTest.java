package org.xuncha.platform.security.internal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuncha.platform.security.internal.account.PasswordServiceTest.refusal;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.platform.security.internal.SecurityDescriptor;

/** Roles and grants as the security administrator sets them, within 三员分立; default grants as modules arrive. */
class RoleServiceTest {

    @TempDir
    Path dir;

    private AccountFixture f;

    @BeforeEach
    void open() {
        f = new AccountFixture(dir);
        f.catalog.addModule(AccountFixture.SECURITY);
        f.catalog.addModule(AccountFixture.BUSINESS);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void aModulesDefaultsAreGrantedOnceAndNeverToAnAdministratorAgainstTheRules() {
        assertThat(f.roles.permissionsOf(Set.of(Roles.OFFICE_STAFF))).containsExactlyInAnyOrder("round-planning.round.read", "round-planning.round.write");
        assertThat(f.roles.permissionsOf(Set.of(Roles.SYS_ADMIN)))
                .as("a business permission is no administrator's, whatever the module says")
                .containsExactlyInAnyOrder(SecurityDescriptor.USERS_READ, SecurityDescriptor.USERS_MANAGE);
        assertThat(f.roles.permissionsOf(Set.of(Roles.SECURITY_ADMIN))).doesNotContain(SecurityDescriptor.AUDIT_READ);
        assertThat(f.base.audited()).anyMatch(a -> a.startsWith("SECURITY system:module-install module round-planning"));

        f.roles.setPermissions(f.secadmin(), Roles.OFFICE_STAFF, Set.of("round-planning.round.read"));
        f.catalog.removeModule(AccountFixture.BUSINESS);
        f.catalog.addModule(AccountFixture.BUSINESS);
        assertThat(f.roles.permissionsOf(Set.of(Roles.OFFICE_STAFF))).as("a reinstall keeps what the administrator made of it")
                .containsExactly("round-planning.round.read");
        assertThat(f.defaults.seed(AccountFixture.BUSINESS)).isZero();
    }

    @Test
    void rolesAreSetWithinTheRulesAndNeverOnOneself() {
        long user = f.account("office.user", "User-Passw0rd!");
        long epoch = f.epoch.current();
        UserView v = f.roles.setRoles(f.secadmin(), user, Set.of(Roles.OFFICE_STAFF, Roles.DISCIPLINE_COMMISSION));
        assertThat(v.roles()).containsExactly(Roles.DISCIPLINE_COMMISSION, Roles.OFFICE_STAFF);
        assertThat(f.epoch.current()).isGreaterThan(epoch);
        assertThat(refusal(() -> f.roles.setRoles(f.secadmin(), user, Set.of(Roles.SYS_ADMIN, Roles.OFFICE_STAFF))))
                .containsExactly("roles separation_of_duties");
        assertThat(refusal(() -> f.roles.setRoles(f.secadmin(), user, Set.of("root")))).containsExactly("roles not_found");
        assertThat(refusal(() -> f.roles.setRoles(f.secadmin(), f.secadmin().userId(), Set.of(Roles.SECURITY_AUDITOR))))
                .containsExactly("roles self");
        assertThat(refusal(() -> f.roles.setRoles(f.secadmin(), user, null))).containsExactly("roles required");
        java.util.Set<String> withNull = new java.util.HashSet<>();
        withNull.add(null);
        assertThat(refusal(() -> f.roles.setRoles(f.secadmin(), user, withNull))).containsExactly("roles invalid");
        assertThatThrownBy(() -> f.roles.setRoles(f.secadmin(), 999_999L, Set.of()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> f.roles.setRoles(f.sysadmin(), user, Set.of()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
        assertThat(f.roles.setRoles(f.secadmin(), user, Set.of()).roles()).isEmpty();
    }

    @Test
    void grantsAreKnownPermissionsForKnownRolesWithinTheRules() {
        assertThat(refusal(() -> f.roles.setPermissions(f.secadmin(), "root", Set.of("round-planning.round.read"))))
                .containsExactly("roleId not_found");
        assertThat(refusal(() -> f.roles.setPermissions(f.secadmin(), Roles.OFFICE_STAFF, Set.of("nope.read", SecurityDescriptor.AUDIT_READ))))
                .containsExactly("permissions not_found", "permissions separation_of_duties");
        assertThat(refusal(() -> f.roles.setPermissions(f.secadmin(), Roles.SECURITY_AUDITOR, Set.of("round-planning.round.read"))))
                .containsExactly("permissions separation_of_duties");
        assertThat(refusal(() -> f.roles.setPermissions(f.secadmin(), Roles.OFFICE_STAFF, null))).containsExactly("permissions required");

        RoleView auditor = f.roles.setPermissions(f.secadmin(), Roles.SECURITY_AUDITOR, Set.of(SecurityDescriptor.AUDIT_READ));
        assertThat(auditor.administrator()).isTrue();
        assertThat(f.roles.roles(f.sysadmin())).hasSize(Roles.BUILT_IN.size())
                .filteredOn(r -> r.id().equals(Roles.SECURITY_AUDITOR)).singleElement()
                .satisfies(r -> assertThat(r.permissions()).containsExactly(SecurityDescriptor.AUDIT_READ));
        assertThat(f.base.audited()).last().asString().endsWith("设置角色 " + Roles.SECURITY_AUDITOR + " 的权限（1项）");
    }
}
