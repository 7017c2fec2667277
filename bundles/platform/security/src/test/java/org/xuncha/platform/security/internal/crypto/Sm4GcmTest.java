package org.xuncha.platform.security.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/** SM4 (GB/T 32907-2016) and the GCM mode built on it (RFC 8998). */
class Sm4GcmTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] KEY = HEX.parseHex("0123456789abcdeffedcba9876543210");

    @Test
    void blockCipherGivesTheStandardsExample() {
        SM4Engine engine = new SM4Engine();
        engine.init(true, new KeyParameter(KEY));
        byte[] block = KEY.clone();
        engine.processBlock(block, 0, block, 0);
        assertThat(HEX.formatHex(block)).isEqualTo("681edf34d206965e86b3e94f536e4246");
    }

    @Test
    void blockCipherGivesTheStandardsMillionRoundExample() {
        SM4Engine engine = new SM4Engine();
        engine.init(true, new KeyParameter(KEY));
        byte[] block = KEY.clone();
        for (int i = 0; i < 1_000_000; i++) {
            engine.processBlock(block, 0, block, 0);
        }
        assertThat(HEX.formatHex(block)).isEqualTo("595298c7c6fd271f0402f804c33d3f66");
    }

    @Test
    void gcmGivesTheRfc8998Example() {
        byte[] iv = HEX.parseHex("00001234567800000000abcd");
        byte[] aad = HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        byte[] plaintext = HEX.parseHex("aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbccccccccccccccccddddddddddddddddeeeeeeeeeeeeeeeeffffffffffffffff"
                + "eeeeeeeeeeeeeeeeaaaaaaaaaaaaaaaa");
        byte[] out = Sm4Gcm.encrypt(KEY, iv, plaintext, aad);
        assertThat(HEX.formatHex(out)).isEqualTo("17f399f08c67d5ee19d0dc9969c4bb7d5fd46fd3756489069157b282bb200735"
                + "d82710ca5c22f0ccfa7cbf93d496ac15a56834cbcf98c397b4024a2691233b8d" + "83de3541e4c2b58177e065a9bf7b62ec");
        assertThat(Sm4Gcm.decrypt(KEY, iv, out, aad)).isEqualTo(plaintext);
    }

    @Test
    void roundTripOfChineseText() {
        byte[] iv = new byte[Sm4Gcm.IV_BYTES];
        byte[] plain = "谈话记录：某局长反映的问题".getBytes(StandardCharsets.UTF_8);
        byte[] ct = Sm4Gcm.encrypt(KEY, iv, plain, null);
        assertThat(ct).hasSize(plain.length + 16);
        assertThat(new String(Sm4Gcm.decrypt(KEY, iv, ct, null), StandardCharsets.UTF_8)).isEqualTo("谈话记录：某局长反映的问题");
    }

    @Test
    void anyFlippedByteIsRefused() {
        byte[] iv = HEX.parseHex("00001234567800000000abcd");
        byte[] aad = "sm4gcm:k1".getBytes(StandardCharsets.US_ASCII);
        byte[] ct = Sm4Gcm.encrypt(KEY, iv, "线索".getBytes(StandardCharsets.UTF_8), aad);
        for (int i = 0; i < ct.length; i++) {
            byte[] tampered = ct.clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> Sm4Gcm.decrypt(KEY, iv, tampered, aad)).as("byte %d flipped", i)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authentication");
        }
        byte[] otherIv = iv.clone();
        otherIv[0] ^= 0x01;
        assertThatThrownBy(() -> Sm4Gcm.decrypt(KEY, otherIv, ct, aad)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sm4Gcm.decrypt(KEY, iv, ct, "sm4gcm:k2".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] otherKey = KEY.clone();
        otherKey[15] ^= 0x01;
        assertThatThrownBy(() -> Sm4Gcm.decrypt(otherKey, iv, ct, aad)).isInstanceOf(IllegalArgumentException.class);
    }
}
