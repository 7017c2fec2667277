package org.xuncha.platform.security.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuncha.platform.api.security.FieldContext;
import org.xuncha.platform.security.internal.SecurityFixture;

/** Field ciphertexts: bound to their place, versioned, the key id authenticated, old ones still readable. */
class Sm4FieldCipherTest {

    private static final String TEXT = "谈话人反映：某单位主要负责人违规发放津贴";
    private static final FieldContext LEAD_7 = FieldContext.of("xc_lt_lead", "summary", 7L);

    @TempDir
    Path dir;

    private final SecureRandom random = new SecureRandom();
    private KeyCustody custody;
    private FieldKeys keys;
    private Sm4FieldCipher cipher;

    @BeforeEach
    void setUp() {
        custody = open();
        keys = custody.fieldKeys();
        cipher = new Sm4FieldCipher(keys, random);
    }

    private KeyCustody open() {
        return KeyCustody.open(new KeyDirectory(dir), SecurityFixture.SECRET, SecurityFixture.TEST_KDF,
                new KeyRegistry.Usage(Map.of(), Set.of(), false), random);
    }

    private String reason(Runnable r) {
        try {
            r.run();
        } catch (CiphertextRejected e) {
            return e.reason();
        }
        throw new AssertionError("not rejected");
    }

    @Test
    void aBoundCiphertextDecryptsOnlyWhereItWasStored() {
        String ct = cipher.encrypt(TEXT, LEAD_7);
        String id = keys.currentId();
        assertThat(ct).startsWith("sm4b:" + id + ":").doesNotContain(TEXT);
        assertThat(cipher.decrypt(ct, LEAD_7)).isEqualTo(TEXT);
        assertThat(cipher.encrypt(TEXT, LEAD_7)).as("a fresh IV each time").isNotEqualTo(ct);
        assertThat(reason(() -> cipher.decrypt(ct, FieldContext.of("xc_lt_lead", "summary", 8L)))).as("another row").isEqualTo("moved_or_altered");
        assertThat(reason(() -> cipher.decrypt(ct, LEAD_7.column("conclusion_note")))).as("another column").isEqualTo("moved_or_altered");
        assertThat(reason(() -> cipher.decrypt(ct, FieldContext.of("xc_lt_problem", "summary", 7L)))).as("another table").isEqualTo("moved_or_altered");
        assertThat(reason(() -> cipher.decrypt(ct, null))).as("read without its place").isEqualTo("needs_place");
        assertThat(cipher.encrypt(null, LEAD_7)).isNull();
        assertThat(cipher.decrypt(null, LEAD_7)).isNull();
        assertThatThrownBy(() -> FieldContext.of("xc_lt_lead", "summary", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after the row has its id");
    }

    /** Values written before associated data: "sm4gcm:" with only the key id authenticated, text and binary. */
    @Test
    void valuesWrittenWithoutAPlaceStayReadable() {
        String id = keys.currentId();
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        byte[] ct = Sm4Gcm.encrypt(keys.key(id), iv, TEXT.getBytes(StandardCharsets.UTF_8), ("sm4gcm:" + id).getBytes(StandardCharsets.US_ASCII));
        byte[] packed = new byte[iv.length + ct.length];
        System.arraycopy(iv, 0, packed, 0, 12);
        System.arraycopy(ct, 0, packed, 12, ct.length);
        String old = "sm4gcm:" + id + ":" + Base64.getEncoder().encodeToString(packed);
        assertThat(cipher.decrypt(old, LEAD_7)).isEqualTo(TEXT);
        assertThat(cipher.decrypt(old, null)).isEqualTo(TEXT);
        assertThat(cipher.encrypt(TEXT, null)).as("the deprecated way still writes them").startsWith("sm4gcm:" + id + ":");

        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 + 1 + id.length() + packed.length);
        b.put("SM4G".getBytes(StandardCharsets.US_ASCII)).put((byte) id.length()).put(id.getBytes(StandardCharsets.US_ASCII)).put(packed);
        assertThat(new String(cipher.decryptBytes(b.array(), LEAD_7), StandardCharsets.UTF_8)).isEqualTo(TEXT);
        assertThat(new String(cipher.decryptBytes(b.array(), null), StandardCharsets.UTF_8)).isEqualTo(TEXT);
    }

    @Test
    void alteredCiphertextIsRefused() {
        String ct = cipher.encrypt(TEXT, LEAD_7);
        String prefix = ct.substring(0, ct.lastIndexOf(':') + 1);
        byte[] packed = Base64.getDecoder().decode(ct.substring(prefix.length()));
        packed[packed.length / 2] ^= 0x01;
        String tampered = prefix + Base64.getEncoder().encodeToString(packed);
        assertThat(reason(() -> cipher.decrypt(tampered, LEAD_7))).isEqualTo("moved_or_altered");
        assertThat(reason(() -> cipher.decrypt(TEXT, LEAD_7))).isEqualTo("malformed");
        assertThat(reason(() -> cipher.decrypt(prefix + "%%%", LEAD_7))).isEqualTo("malformed");
    }

    @Test
    void rotationKeepsOldCiphertextsReadableAndUsesTheNewKey() {
        String first = keys.currentId();
        String old = cipher.encrypt(TEXT, LEAD_7);
        byte[] oldBytes = cipher.encryptBytes(TEXT.getBytes(StandardCharsets.UTF_8), LEAD_7);

        String second = keys.rotate(registered -> assertThat(registered.kind()).isEqualTo(KeyRegistry.FIELD));
        assertThat(second).isEqualTo(custody.store().installation() + "-k2").isNotEqualTo(first);
        assertThat(cipher.currentKeyId()).isEqualTo(second);
        String fresh = cipher.encrypt(TEXT, LEAD_7);
        assertThat(Sm4FieldCipher.keyIdOf(fresh)).isEqualTo(second);
        assertThat(cipher.decrypt(old, LEAD_7)).isEqualTo(TEXT);
        assertThat(new String(cipher.decryptBytes(oldBytes, LEAD_7), StandardCharsets.UTF_8)).isEqualTo(TEXT);

        // after a restart the keys come back from the wrapped store
        Sm4FieldCipher again = new Sm4FieldCipher(open().fieldKeys(), random);
        assertThat(again.currentKeyId()).isEqualTo(second);
        assertThat(again.decrypt(old, LEAD_7)).isEqualTo(TEXT);
        assertThat(again.decrypt(fresh, LEAD_7)).isEqualTo(TEXT);
    }

    @Test
    void theKeyIdIsAuthenticatedAndCannotBeSwapped() {
        String first = keys.currentId();
        String old = cipher.encrypt(TEXT, LEAD_7);
        String second = keys.rotate(k -> { });
        String swapped = old.replace(":" + first + ":", ":" + second + ":");
        assertThat(reason(() -> cipher.decrypt(swapped, LEAD_7))).isEqualTo("moved_or_altered");
        String unknown = old.replace(":" + first + ":", ":zzzzzzz-k9:");
        assertThat(reason(() -> cipher.decrypt(unknown, LEAD_7))).isEqualTo("unknown_key");
    }

    @Test
    void bytesRoundTripBoundToTheirPlace() {
        byte[] plain = new byte[5000];
        random.nextBytes(plain);
        FieldContext att = FieldContext.of("xc_attachment", "content", 3L);
        byte[] ct = cipher.encryptBytes(plain, att);
        assertThat(new String(ct, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("SM4B");
        assertThat(cipher.decryptBytes(ct, att)).isEqualTo(plain);
        assertThat(reason(() -> cipher.decryptBytes(ct, FieldContext.of("xc_attachment", "content", 4L)))).isEqualTo("moved_or_altered");
        ct[ct.length - 1] ^= 0x01;
        assertThat(reason(() -> cipher.decryptBytes(ct, att))).isEqualTo("moved_or_altered");
        assertThat(reason(() -> cipher.decryptBytes(new byte[] {1, 2}, att))).isEqualTo("malformed");
    }
}
