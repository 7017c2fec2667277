package org.xuncha.platform.security.internal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.testkit.Refusals;

/** One's own password change within policy and history; the reset, which never hands another administrator's password to the system administrator. */
class PasswordServiceTest {

    private static final String FIRST = "First-Passw0rd!";

    @TempDir
    Path dir;

    private AccountFixture f;

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void wrongCurrentPasswordsOnAChangeAreThrottled() {
        f = new AccountFixture(dir, Map.of("maxFailedLogins", 3, "lockoutMinutes", 15));
        f.account("pw-guess", FIRST);
        Caller me = f.caller("pw-guess");
        for (int i = 0; i < 3; i++) {
            String guess = "Guess-Passw0rd!" + i;
            assertThat(refusal(() -> f.passwords.change(me, guess, "Second-Passw0rd!"))).containsExactly("oldPassword wrong");
        }
        assertThatThrownBy(() -> f.passwords.change(me, FIRST, "Second-Passw0rd!")).as("even the right one, for a while")
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(429));
        f.base.clock.advance(java.time.Duration.ofMinutes(15));
        f.passwords.change(me, FIRST, "Second-Passw0rd!");
        assertThat(f.logins.authenticate("pw-guess", "Second-Passw0rd!".toCharArray(), null).outcome()).isEqualTo(LoginResult.Outcome.OK);
    }

    @Test
    void aChangeKeepsToThePolicyAndTheHistory() {
        f = new AccountFixture(dir, Map.of("passwordHistory", 2));
        f.account("pw-user", FIRST);
        Caller me = f.caller("pw-user");
        assertThat(refusal(() -> f.passwords.change(me, FIRST, "Short-1"))).containsExactly("newPassword too_short");
        assertThat(refusal(() -> f.passwords.change(me, FIRST, "Pw-User-2026!x"))).containsExactly("newPassword contains_username");
        assertThat(refusal(() -> f.passwords.change(me, "Not-The-0ld!", "Second-Passw0rd!"))).containsExactly("oldPassword wrong");
        assertThat(refusal(() -> f.passwords.change(me, FIRST, FIRST))).containsExactly("newPassword reused");
        assertThat(refusal(() -> f.passwords.change(me, "x".repeat(129), "Second-Passw0rd!"))).containsExactly("oldPassword too_long");
        assertThat(refusal(() -> f.passwords.change(me, null, null))).containsExactly("oldPassword required", "newPassword required");

        long epoch = f.epoch.current();
        f.base.clock.advance(java.time.Duration.ofDays(1));
        f.passwords.change(me, FIRST, "Second-Passw0rd!");
        assertThat(f.epoch.current()).as("open sessions rebuild their caller").isGreaterThan(epoch);
        assertThat(f.logins.authenticate("pw-user", "Second-Passw0rd!".toCharArray(), null).user().mustChangePassword()).isFalse();
        assertThat(refusal(() -> f.passwords.change(me, "Second-Passw0rd!", FIRST))).containsExactly("newPassword reused");
        f.base.clock.advance(java.time.Duration.ofDays(1));
        f.passwords.change(me, "Second-Passw0rd!", "Third-Passw0rd!");
        f.base.clock.advance(java.time.Duration.ofDays(1));
        f.passwords.change(me, "Third-Passw0rd!", FIRST);
        assertThat(f.base.audited()).filteredOn(a -> a.endsWith("修改本人密码")).hasSize(3);
    }

    @Test
    void aResetIsRequestedByTheSystemAdministratorAndReleasedByTheSecurityAdministratorAndAnotherAdministratorsGoesToTheFile() throws Exception {
        f = new AccountFixture(dir);
        long office = f.account("office-user", FIRST);
        Map<String, Object> reset = f.passwords.reset(f.sysadmin(), office);
        assertThat(reset).as("the system administrator requests; is told no password").doesNotContainKey("initialPassword")
                .containsEntry("requested", true);
        assertThat(f.logins.authenticate("office-user", FIRST.toCharArray(), null).outcome())
                .as("the old password holds until the new one is released").isEqualTo(LoginResult.Outcome.OK);
        assertThatThrownBy(() -> f.passwords.release(f.sysadmin(), office))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
        String initial = (String) f.passwords.release(f.secadmin(), office).get("initialPassword");
        assertThatThrownBy(() -> f.passwords.release(f.secadmin(), office)).as("nothing to release without a new request")
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("no_request"));
        LoginResult r = f.logins.authenticate("office-user", initial.toCharArray(), null);
        assertThat(r.outcome()).isEqualTo(LoginResult.Outcome.OK);
        assertThat(r.user().mustChangePassword()).isTrue();

        long auditor2 = f.account("auditor2", FIRST);
        f.roles.setRoles(f.secadmin(), auditor2, Set.of(Roles.SECURITY_AUDITOR));
        Map<String, Object> delivered = f.passwords.reset(f.sysadmin(), auditor2);
        assertThat(delivered).containsOnlyKeys("deliveredTo");
        assertThat(Files.readAllLines(f.credentials)).anyMatch(l -> l.startsWith("auditor2="));

        assertThatThrownBy(() -> f.passwords.reset(f.secadmin(), office))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
        assertThatThrownBy(() -> f.passwords.reset(f.sysadmin(), 999_999L))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    /** The fields a refusal names, as "field code". */
    static List<String> refusal(Runnable call) {
        return Refusals.refusal(call).fields().stream().map((FieldError x) -> x.field() + " " + x.code()).toList();
    }
}
