package org.xuncha.platform.security.internal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuncha.platform.security.internal.crypto.Totp;

/** Sign-in checks: password, lockout on repeated failures of either factor, disabled accounts, the second factor, expiry. */
class LoginServiceTest {

    private static final String PASSWORD = "User-Passw0rd!";

    @TempDir
    static Path dir;

    private AccountFixture f;

    private AccountFixture fixture(Map<String, Object> settings) {
        f = new AccountFixture(dir.resolve(java.util.UUID.randomUUID().toString()), settings);
        return f;
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhileEvenAgainstTheRightPassword() {
        fixture(Map.of("maxFailedLogins", 3, "lockoutMinutes", 30));
        f.account("lock-user", PASSWORD);
        assertThat(f.logins.authenticate("lock-user", "wrong".toCharArray(), null).outcome()).isEqualTo(LoginResult.Outcome.BAD_CREDENTIALS);
        assertThat(f.logins.authenticate("lock-user", "wrong".toCharArray(), null).outcome()).isEqualTo(LoginResult.Outcome.BAD_CREDENTIALS);
        LoginResult third = f.logins.authenticate("lock-user", "wrong".toCharArray(), null);
        assertThat(third.outcome()).isEqualTo(LoginResult.Outcome.LOCKED);
        assertThat(third.lockedMinutes()).isEqualTo(30);
        f.base.clock.advance(Duration.ofMinutes(10));
        LoginResult right = f.logins.authenticate("lock-user", PASSWORD.toCharArray(), null);
        assertThat(right.outcome()).isEqualTo(LoginResult.Outcome.LOCKED);
        assertThat(right.lockedMinutes()).isEqualTo(21);
        assertThat(f.base.audited()).last().asString().startsWith("SECURITY system:login user").endsWith("连续登录失败，锁定账号 lock-user");
        f.base.clock.advance(Duration.ofMinutes(21));
        assertThat(f.logins.authenticate(" lock-user ", PASSWORD.toCharArray(), null).outcome()).isEqualTo(LoginResult.Outcome.OK);
    }

    @Test
    void administratorsAreDelayedPerAddressNeverLockedOut() throws Exception {
        fixture(Map.of("maxFailedLogins", 3, "lockoutMinutes", 30));
        f.logins.activeUser("sysadmin").orElseThrow(); // the administrators exist from the first start
        String initial = java.nio.file.Files.readAllLines(f.credentials).stream().filter(l -> l.startsWith("sysadmin="))
                .findFirst().orElseThrow().substring("sysadmin=".length()).trim();
        String attacker = "203.0.113.9";
        for (int i = 0; i < 3; i++) {
            assertThat(f.logins.authenticate("sysadmin", "wrong".toCharArray(), null, attacker).outcome()).isEqualTo(LoginResult.Outcome.BAD_CREDENTIALS);
        }
        // the attacker's address now waits before anything is checked, even the right password ...
        LoginResult delayed = f.logins.authenticate("sysadmin", initial.toCharArray(), null, attacker);
        assertThat(delayed.outcome()).isEqualTo(LoginResult.Outcome.DELAYED);
        assertThat(delayed.retryAfterSeconds()).isEqualTo(1);
        // ... but the system administrator at its own desk is not locked out
        assertThat(f.logins.authenticate("sysadmin", initial.toCharArray(), null, "198.51.100.7").outcome()).isEqualTo(LoginResult.Outcome.OK);
        // each further failure doubles the wait, up to five minutes, and never turns into a lock
        for (int i = 0; i < 12; i++) {
            f.base.clock.advance(Duration.ofMinutes(5));
            assertThat(f.logins.authenticate("sysadmin", "wrong".toCharArray(), null, attacker).outcome()).isEqualTo(LoginResult.Outcome.BAD_CREDENTIALS);
        }
        assertThat(f.logins.authenticate("sysadmin", initial.toCharArray(), null, attacker).retryAfterSeconds()).isEqualTo(300);
        assertThat(f.logins.activeUser("sysadmin").orElseThrow().locked()).isFalse();
        assertThat(f.logins.authenticate("sysadmin", initial.toCharArray(), null, "198.51.100.7").outcome()).isEqualTo(LoginResult.Outcome.OK);
        f.base.clock.advance(Duration.ofMinutes(5));
        assertThat(f.logins.authenticate("sysadmin", initial.toCharArray(), null, attacker).outcome()).isEqualTo(LoginResult.Outcome.OK);
        assertThat(f.base.audited()).anyMatch(a -> a.contains("管理员账号连续登录失败"));
    }

    @Test
    void simultaneousSignInsToOneAccountBothSucceed() throws Exception {
        fixture(Map.of());
        f.account("twice-user", PASSWORD);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                java.util.concurrent.Callable<LoginResult> signIn = () -> {
                    together.await();
                    return f.logins.authenticate("twice-user", PASSWORD.toCharArray(), null);
                };
                java.util.concurrent.Future<LoginResult> a = pool.submit(signIn);
                java.util.concurrent.Future<LoginResult> b = pool.submit(signIn);
                assertThat(a.get().outcome()).isEqualTo(LoginResult.Outcome.OK);
                assertThat(b.get().outcome()).isEqualTo(LoginResult.Outcome.OK);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownAndDisabledAccountsDoNotSignIn() {
        fixture(Map.of());
        long id = f.account("gone-user", PASSWORD);
        assertThat(f.logins.authenticate("nobody", PASSWORD.toCharArray(), null).outcome()).isEqualTo(LoginResult.Outcome.BAD_CREDENTIALS);
        assertThat(f.logins.authenticate(null, PASSWORD.toCharArray(), null).outcome()).isEqualTo(LoginResult.Outcome.BAD_CREDENTIALS);
        f.users.update(f.sysadmin(), id, new UserDraft(null, "已停用", null, null, false));
        assertThat(f.logins.authenticate("gone-user", PASSWORD.toCharArray(), null).outcome()).isEqualTo(LoginResult.Outcome.DISABLED);
        assertThat(f.logins.activeUser("gone-user")).isEmpty();
    }

    @Test
    void theSecondFactorIsAskedForAndEachCodeWorksOnce() {
        fixture(Map.of());
        f.account("totp-user", PASSWORD);
        var caller = f.caller("totp-user");
        String secret = f.totp.start(caller).get("secret");
        long now = f.base.clock.millis() / 1000;
        f.totp.confirm(caller, Totp.code(secret, now), true);
        assertThat(f.logins.authenticate("totp-user", PASSWORD.toCharArray(), null).outcome()).isEqualTo(LoginResult.Outcome.TOTP_REQUIRED);
        assertThat(f.logins.authenticate("totp-user", PASSWORD.toCharArray(), Totp.code(secret, now)).outcome())
                .as("the code used to enable it").isEqualTo(LoginResult.Outcome.TOTP_INVALID);
        f.base.clock.advance(Duration.ofSeconds(30));
        String next = Totp.code(secret, now + 30);
        assertThat(f.logins.authenticate("totp-user", PASSWORD.toCharArray(), " " + next + " ").outcome()).isEqualTo(LoginResult.Outcome.OK);
        assertThat(f.logins.authenticate("totp-user", PASSWORD.toCharArray(), next).outcome()).isEqualTo(LoginResult.Outcome.TOTP_INVALID);
    }

    @Test
    void anExpiredPasswordMustBeChangedAtSignIn() {
        fixture(Map.of("passwordExpiryDays", 90));
        f.account("old-user", PASSWORD);
        f.base.db().write(em -> {
            em.createQuery("update UserEntity u set u.mustChangePassword = false").executeUpdate();
            return null;
        });
        assertThat(f.logins.authenticate("old-user", PASSWORD.toCharArray(), null).user().mustChangePassword()).isFalse();
        f.base.clock.advance(Duration.ofDays(91));
        LoginResult r = f.logins.authenticate("old-user", PASSWORD.toCharArray(), null);
        assertThat(r.outcome()).isEqualTo(LoginResult.Outcome.OK);
        assertThat(r.user().mustChangePassword()).isTrue();
        assertThat(r.user().lastLoginAt()).isEqualTo(f.base.db().now());
    }
}
