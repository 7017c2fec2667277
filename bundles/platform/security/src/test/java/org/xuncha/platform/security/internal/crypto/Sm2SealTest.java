package org.xuncha.platform.security.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SM2 (GB/T 32918) signatures with SM3 and the default signer id, as the audit seals use them. */
class Sm2SealTest {

    private static final String MESSAGE = "xuncha-audit-seal|3|abc";

    @TempDir
    Path dir;

    @Test
    void signsAndVerifies() {
        Sm2Seal seal = Sm2Seal.generate("q4m7x2a-s1", new SecureRandom());
        String signature = seal.sign(MESSAGE);
        assertThat(seal.verify(MESSAGE, signature)).isTrue();
        assertThat(seal.keyId()).isEqualTo("q4m7x2a-s1");
    }

    @Test
    void forgedSignaturesAreRefused() {
        Sm2Seal seal = Sm2Seal.generate("a-s1", new SecureRandom());
        Sm2Seal other = Sm2Seal.generate("b-s1", new SecureRandom());
        String signature = seal.sign(MESSAGE);
        assertThat(seal.verify("xuncha-audit-seal|3|abd", signature)).as("other message").isFalse();
        assertThat(seal.verify(MESSAGE, other.sign(MESSAGE))).as("signed with another key").isFalse();
        byte[] der = Base64.getDecoder().decode(signature);
        der[der.length - 1] ^= 0x01;
        assertThat(seal.verify(MESSAGE, Base64.getEncoder().encodeToString(der))).as("altered signature").isFalse();
        assertThat(seal.verify(MESSAGE, "bm90IGEgc2lnbmF0dXJl")).as("garbage").isFalse();
        assertThat(seal.verify(MESSAGE, "%%%")).as("not base64").isFalse();
    }

    @Test
    void theKeyPairIsRebuiltFromItsEncoding() {
        Sm2Seal seal = Sm2Seal.generate("a-s1", new SecureRandom());
        String signature = seal.sign(MESSAGE);
        Sm2Seal again = Sm2Seal.of("a-s1", seal.privateBytes(), seal.publicBytes(), new SecureRandom());
        assertThat(again.verify(MESSAGE, signature)).isTrue();
        assertThat(again.verify(MESSAGE, again.sign(MESSAGE))).isTrue();
        assertThat(again.fingerprint()).isEqualTo(seal.fingerprint());
    }

    /** A key file from before wrapped keys is read; a signature made by OpenSSL 3.0 ({@code pkeyutl -sign -digest sm3 -pkeyopt distid:1234567812345678}) verifies. */
    @Test
    void verifiesAnOpenSslSignature() {
        Properties p = new Properties();
        p.setProperty("id", "sm2-openssl");
        p.setProperty("private", "d5c3bf03efe86152a395548555ebef60b98de03a0ae76df66c56e5872e81a7a4");
        p.setProperty("public", "BF2sgMfdSck/41ejfdJY01a3YNE7ByfReGu6jKaNBuDFWIOyGDueqoR7CDSSOAMasTYJetrGX8ROSG9OgfSfFUk=");
        KeyDirectory keys = new KeyDirectory(dir);
        keys.writeProperties(Sm2Seal.LEGACY_FILE, p, "test");
        Sm2Seal seal = Sm2Seal.readLegacy(keys, new SecureRandom());
        String openssl = "MEUCIQCwsMrDc4KZbX77I9C3z+VypRNSIINO4hiWH93b1DVaVAIgS57xXggxK5slFRJSmhiDk3AJZkO5PGWKas3Nro7l1W0=";
        assertThat(seal.verify(MESSAGE, openssl)).isTrue();
        assertThat(seal.verify(MESSAGE + " ", openssl)).isFalse();
    }
}
