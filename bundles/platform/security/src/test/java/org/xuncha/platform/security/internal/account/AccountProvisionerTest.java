package org.xuncha.platform.security.internal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuncha.platform.security.internal.account.AccountFixture.CITY;
import static org.xuncha.platform.security.internal.account.AccountFixture.PERSON;
import static org.xuncha.platform.security.internal.account.PasswordServiceTest.refusal;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.AccountProvisioning.AccountRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.platform.security.internal.SecurityDescriptor;

/** Accounts made by platform processes: only the system caller may, and the same rules hold as for people. */
class AccountProvisionerTest {

    private static final String PASSWORD = "Xuncha-Demo-2026";

    @TempDir
    Path dir;

    private AccountFixture f;

    @BeforeEach
    void open() {
        f = new AccountFixture(dir);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void theSystemCreatesAnAccountWithItsRolesInOneGo() {
        long id = f.provisioner.create(Caller.system("demo"),
                new AccountRequest("xcb.staff", "巡察办工作人员", CITY, PERSON, Set.of(Roles.OFFICE_STAFF), PASSWORD));
        assertThat(f.provisioner.find("xcb.staff")).contains(id);
        LoginResult r = f.logins.authenticate("xcb.staff", PASSWORD.toCharArray(), null);
        assertThat(r.user().roles()).containsExactly(Roles.OFFICE_STAFF);
        assertThat(r.user().mustChangePassword()).isTrue();
        assertThat(f.base.audited()).last().asString().isEqualTo("CREATE system:demo user " + id + " 创建账号 xcb.staff，角色：office-staff");
    }

    @Test
    void noPersonHoldsBothAdministratorsPermissions() {
        Caller both = f.caller("sysadmin", SecurityDescriptor.USERS_MANAGE);
        assertThatThrownBy(() -> f.provisioner.create(both, new AccountRequest("x.y", "x", null, null, Set.of(), PASSWORD)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
    }

    @Test
    void theRulesOfAccountsAndRolesHold() {
        Caller system = Caller.system("demo");
        assertThat(refusal(() -> f.provisioner.create(system, new AccountRequest("1", "", null, null, Set.of(Roles.SYS_ADMIN, Roles.OFFICE_STAFF),
                PASSWORD)))).containsExactly("username invalid", "displayName required", "roles separation_of_duties");
        assertThat(refusal(() -> f.provisioner.create(system, new AccountRequest("a.b", "x", "379900", 9L, Set.of(), PASSWORD))))
                .containsExactly("divisionCode not_found", "personId not_found");
        assertThat(refusal(() -> f.provisioner.create(system, new AccountRequest("a.b", "x", null, null, Set.of(), "short"))))
                .containsExactly("newPassword too_short");
        assertThat(refusal(() -> f.provisioner.create(system, new AccountRequest("auditor", "x", null, null, Set.of(), PASSWORD))))
                .containsExactly("username duplicate");
    }
}
