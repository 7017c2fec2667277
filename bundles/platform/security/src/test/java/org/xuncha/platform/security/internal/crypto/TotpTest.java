package org.xuncha.platform.security.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238, appendix B, HMAC-SHA1 rows; the platform shows 6 digits, the last 6 of the RFC's 8. */
class TotpTest {

    /** The RFC's seed, "12345678901234567890", in base32 as authenticator apps take it. */
    private static final String SEED = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void base32OfTheRfcSeed() {
        assertThat(SEED).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(new String(Totp.base32Decode(SEED), StandardCharsets.US_ASCII)).isEqualTo("12345678901234567890");
    }

    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void rfc6238Sha1Vectors(long time, String eightDigits) {
        String code = eightDigits.substring(2);
        assertThat(Totp.code(SEED, time)).isEqualTo(code);
        assertThat(Totp.matchingStep(SEED, code, time)).hasValue(time / 30);
    }

    @Test
    void oneStepOfDriftIsAcceptedTwoAreNot() {
        long t = 1234567890;
        String code = Totp.code(SEED, t);
        assertThat(Totp.matchingStep(SEED, code, t + 30)).isPresent();
        assertThat(Totp.matchingStep(SEED, code, t - 30)).isPresent();
        assertThat(Totp.matchingStep(SEED, code, t + 60)).isEmpty();
        assertThat(Totp.matchingStep(SEED, code, t - 60)).isEmpty();
    }

    @Test
    void theMatchingStepIsTheOneTheCodeWasComputedFor() {
        long t = 1234567890;
        String code = Totp.code(SEED, t);
        assertThat(Totp.matchingStep(SEED, code, t)).hasValue(t / 30);
        assertThat(Totp.matchingStep(SEED, code, t + 30)).hasValue(t / 30);
        assertThat(Totp.matchingStep(SEED, code, t + 60)).isEmpty();
        assertThat(Totp.matchingStep(SEED, "12345x", t)).isEmpty();
    }

    @Test
    void malformedCodesAreRefused() {
        assertThat(Totp.matchingStep(SEED, null, 59)).isEmpty();
        assertThat(Totp.matchingStep(SEED, "28708", 59)).isEmpty();
        assertThat(Totp.matchingStep(SEED, "2870821", 59)).isEmpty();
        assertThat(Totp.matchingStep(SEED, "28708a", 59)).isEmpty();
    }

    @Test
    void newSecretsAre160BitsOfBase32() {
        String secret = Totp.newSecret(new SecureRandom());
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.base32Decode(secret)).hasSize(20);
        assertThat(Totp.newSecret(new SecureRandom())).isNotEqualTo(secret);
    }
}
