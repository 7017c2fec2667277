package org.xuncha.platform.security.internal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuncha.platform.security.internal.account.PasswordServiceTest.refusal;

import java.nio.file.Path;
import java.security.SecureRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.crypto.Totp;

/** Setting up the second factor: the secret stored encrypted, on only with a current code, each code good once. */
class TotpServiceTest {

    @TempDir
    Path dir;

    private AccountFixture f;

    @AfterEach
    void close() throws Exception {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void enrolmentNeedsACurrentCodeAndTheSecretIsStoredEncrypted() {
        f = new AccountFixture(dir);
        f.account("totp-user", "User-Passw0rd!");
        Caller me = f.caller("totp-user");
        var started = f.totp.start(me);
        String secret = started.get("secret");
        assertThat(started.get("otpauthUri")).isEqualTo("otpauth://totp/xuncha:totp-user?secret=" + secret + "&issuer=xuncha");
        String stored = (String) f.base.query("select totp_secret from xc_user where username = 'totp-user'");
        assertThat(stored).isNotNull().doesNotContain(secret);

        long now = f.base.clock.millis() / 1000;
        assertThat(refusal(() -> f.totp.confirm(me, Totp.code(secret, now - 120), true))).containsExactly("code wrong");
        assertThat(refusal(() -> f.totp.confirm(me, "1234567890123", true))).containsExactly("code too_long");
        assertThat(refusal(() -> f.totp.confirm(me, null, true))).containsExactly("code required");
        f.totp.confirm(me, Totp.code(secret, now), true);
        assertThat(f.logins.activeUser("totp-user").orElseThrow().totpEnabled()).isTrue();
        assertThatThrownBy(() -> f.totp.start(me))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("totp_enabled"));
        assertThat(refusal(() -> f.totp.confirm(me, Totp.code(secret, now), false))).as("the same code again").containsExactly("code wrong");
        f.base.clock.advance(java.time.Duration.ofSeconds(30));
        f.totp.confirm(me, Totp.code(secret, now + 30), false);
        assertThat(f.logins.activeUser("totp-user").orElseThrow().totpEnabled()).isFalse();
        assertThat(f.base.query("select totp_secret from xc_user where username = 'totp-user'")).isNull();
        assertThat(f.base.audited()).filteredOn(a -> a.contains("动态口令")).hasSize(3);
    }

    @Test
    void wrongCodesToTurnTheFactorOffAreThrottled() {
        f = new AccountFixture(dir, java.util.Map.of("maxFailedLogins", 3, "lockoutMinutes", 15));
        f.account("totp-guess", "User-Passw0rd!");
        Caller me = f.caller("totp-guess");
        String secret = f.totp.start(me).get("secret");
        long now = f.base.clock.millis() / 1000;
        f.totp.confirm(me, Totp.code(secret, now), true);
        for (int i = 0; i < 3; i++) {
            assertThat(refusal(() -> f.totp.confirm(me, "000000", false))).containsExactly("code wrong");
        }
        f.base.clock.advance(java.time.Duration.ofSeconds(30));
        assertThatThrownBy(() -> f.totp.confirm(me, Totp.code(secret, now + 30), false)).as("even the right code, for a while")
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(429));
        assertThat(f.logins.activeUser("totp-guess").orElseThrow().totpEnabled()).isTrue();
        f.base.clock.advance(java.time.Duration.ofMinutes(15));
        long later = f.base.clock.millis() / 1000;
        f.totp.confirm(me, Totp.code(secret, later), false);
        assertThat(f.logins.activeUser("totp-guess").orElseThrow().totpEnabled()).isFalse();
    }

    @Test
    void aCodeIsAcceptedOnceAndNeverOneOlderThanTheLast() {
        String secret = Totp.newSecret(new SecureRandom());
        UserEntity u = new UserEntity();
        long t = 1_800_000_000L;
        assertThat(TotpService.accept(u, secret, Totp.code(secret, t), t)).isTrue();
        assertThat(TotpService.accept(u, secret, Totp.code(secret, t), t)).isFalse();
        assertThat(TotpService.accept(u, secret, Totp.code(secret, t - 30), t)).as("older than the last accepted").isFalse();
        assertThat(TotpService.accept(u, secret, Totp.code(secret, t + 30), t)).as("the next step, a little early").isTrue();
        assertThat(TotpService.accept(u, secret, "12345", t)).isFalse();
    }
}
