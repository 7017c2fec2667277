package org.xuncha.platform.security.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(new SecureRandom());

    @Test
    void hashesInPhcFormatAndVerifies() {
        String hash = hasher.hash("正确的密码-Correct1!".toCharArray());
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("Correct1");
        assertThat(hasher.verify("正确的密码-Correct1!".toCharArray(), hash)).isTrue();
        assertThat(hasher.hash("正确的密码-Correct1!".toCharArray())).as("salted").isNotEqualTo(hash);
    }

    @Test
    void wrongPasswordsAreRefused() {
        String hash = hasher.hash("Correct-Horse-1".toCharArray());
        assertThat(hasher.verify("Correct-Horse-2".toCharArray(), hash)).isFalse();
        assertThat(hasher.verify("correct-horse-1".toCharArray(), hash)).isFalse();
        assertThat(hasher.verify("".toCharArray(), hash)).isFalse();
    }

    /** A hash made by another Argon2id implementation (OpenSSL, through Python's cryptography 48) verifies. */
    @Test
    void verifiesAHashOfAnotherImplementation() {
        String other = "$argon2id$v=19$m=19456,t=2,p=1$eHVuY2hhLXRlc3Qtc2FsdA$qIwx5OJHFA82JSllIkeF5roNHg3cCIBszcc/RdCvO/g";
        assertThat(hasher.verify("正确的密码-Correct1!".toCharArray(), other)).isTrue();
        assertThat(hasher.verify("正确的密码-Correct2!".toCharArray(), other)).isFalse();
    }

    @Test
    void malformedHashesAreRefusedNotThrown() {
        char[] pw = "Correct-Horse-1".toCharArray();
        assertThat(hasher.verify(pw, null)).isFalse();
        assertThat(hasher.verify(pw, "plaintext")).isFalse();
        assertThat(hasher.verify(pw, "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA")).isFalse();
        assertThat(hasher.verify(pw, "$argon2id$v=19$m=19456,t=2,x=1$c2FsdHNhbHQ$aGFzaA")).isFalse();
        assertThat(hasher.verify(pw, "$argon2id$v=19$m=19456$c2FsdHNhbHQ")).isFalse();
    }
}
