package org.xuncha.platform.security.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sm4FieldCipherTest {

    private static final String TEXT = "谈话人反映：某单位主要负责人违规发放津贴";

    @TempDir
    Path dir;

    private final SecureRandom random = new SecureRandom();
    private FieldKeys keys;
    private Sm4FieldCipher cipher;

    @BeforeEach
    void setUp() {
        keys = new FieldKeys(new KeyDirectory(dir.resolve("xuncha-keys")), random);
        keys.load();
        cipher = new Sm4FieldCipher(keys, random);
    }

    @Test
    void roundTripWithTheKeyIdInFront() {
        String ct = cipher.encrypt(TEXT);
        assertThat(ct).startsWith("sm4gcm:k1:").doesNotContain(TEXT);
        assertThat(cipher.decrypt(ct)).isEqualTo(TEXT);
        assertThat(cipher.encrypt(TEXT)).as("a fresh IV each time").isNotEqualTo(ct);
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }

    @Test
    void alteredCiphertextIsRefused() {
        String ct = cipher.encrypt(TEXT);
        byte[] packed = Base64.getDecoder().decode(ct.substring("sm4gcm:k1:".length()));
        packed[packed.length / 2] ^= 0x01;
        String tampered = "sm4gcm:k1:" + Base64.getEncoder().encodeToString(packed);
        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.decrypt(TEXT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rotationKeepsOldCiphertextsReadableAndUsesTheNewKey() {
        String old = cipher.encrypt(TEXT);
        byte[] oldBytes = cipher.encryptBytes(TEXT.getBytes(StandardCharsets.UTF_8));

        assertThat(keys.rotate()).isEqualTo("k2");
        assertThat(cipher.currentKeyId()).isEqualTo("k2");
        String fresh = cipher.encrypt(TEXT);
        assertThat(fresh).startsWith("sm4gcm:k2:");
        assertThat(Sm4FieldCipher.keyIdOf(fresh)).isEqualTo("k2");
        assertThat(cipher.decrypt(old)).isEqualTo(TEXT);
        assertThat(cipher.decrypt(fresh)).isEqualTo(TEXT);
        assertThat(new String(cipher.decryptBytes(oldBytes), StandardCharsets.UTF_8)).isEqualTo(TEXT);

        // after a restart the keys come back from the file
        FieldKeys reloaded = new FieldKeys(new KeyDirectory(dir.resolve("xuncha-keys")), random);
        reloaded.load();
        Sm4FieldCipher again = new Sm4FieldCipher(reloaded, random);
        assertThat(again.currentKeyId()).isEqualTo("k2");
        assertThat(again.decrypt(old)).isEqualTo(TEXT);
        assertThat(again.decrypt(fresh)).isEqualTo(TEXT);
    }

    @Test
    void theKeyIdIsAuthenticatedAndCannotBeSwapped() {
        String old = cipher.encrypt(TEXT);
        keys.rotate();
        String swapped = old.replace("sm4gcm:k1:", "sm4gcm:k2:");
        assertThatThrownBy(() -> cipher.decrypt(swapped)).isInstanceOf(IllegalArgumentException.class);
        String unknown = old.replace("sm4gcm:k1:", "sm4gcm:k9:");
        assertThatThrownBy(() -> cipher.decrypt(unknown)).isInstanceOf(IllegalStateException.class).hasMessageContaining("k9");
    }

    @Test
    void bytesRoundTripAndTamperDetection() {
        byte[] plain = new byte[5000];
        random.nextBytes(plain);
        byte[] ct = cipher.encryptBytes(plain);
        assertThat(cipher.decryptBytes(ct)).isEqualTo(plain);
        ct[ct.length - 1] ^= 0x01;
        assertThatThrownBy(() -> cipher.decryptBytes(ct)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyFilesArePrivateToTheServiceUser() throws Exception {
        Path keysDir = dir.resolve("xuncha-keys");
        Path file = keysDir.resolve(FieldKeys.FILE);
        assertThat(file).exists();
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keysDir))).isEqualTo("rwx------");
            keys.rotate();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(Files.readString(file)).contains("current=k").contains("k1=");
    }
}
