package org.xuncha.platform.security.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the key-encryption secret may come from, and what start says when it is not there. */
class KekSecretTest {

    @TempDir
    Path dir;

    private KeyCustodyException refusal(Runnable r) {
        try {
            r.run();
        } catch (KeyCustodyException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void withoutASecretStartIsRefusedSayingWhatToSet() {
        KeyCustodyException e = refusal(() -> KekSecret.find(Map.of(), p -> null, List.of(dir)));
        assertThat(e.code()).isEqualTo("kek_missing");
        assertThat(e.messageZh()).contains("XUNCHA_KEK_FILE").contains("XUNCHA_KEK").contains("安全模块未启动");
        assertThat(e.messageEn()).contains("XUNCHA_KEK_FILE").contains("did not start");
    }

    @Test
    void aFileOutsideTheInstallationOrAValueIsTaken() throws Exception {
        Path installation = Files.createDirectories(dir.resolve("xuncha"));
        Path file = dir.resolve("kek");
        Files.writeString(file, "  a-secret-of-sufficient-length \nsecond line ignored\n");
        KekSecret s = KekSecret.find(Map.of(KekSecret.ENV_FILE, file.toString()), p -> null, List.of(installation));
        assertThat(new String(s.bytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("a-secret-of-sufficient-length");
        assertThat(s.source()).startsWith("XUNCHA_KEK_FILE=").doesNotContain("sufficient");
        assertThat(KekSecret.find(Map.of(), p -> p.equals(KekSecret.PROPERTY_FILE) ? file.toString() : null, List.of(installation)).source())
                .startsWith("xuncha.kek.file=");
        assertThat(KekSecret.find(Map.of(KekSecret.ENV_VALUE, "value-given-in-the-environment"), p -> null, List.of(installation)).source())
                .isEqualTo("XUNCHA_KEK");
    }

    @Test
    void aFileInsideTheInstallationTooShortOrMissingIsRefused() throws Exception {
        Path installation = Files.createDirectories(dir.resolve("xuncha"));
        Path inside = Files.createDirectories(installation.resolve("etc")).resolve("kek");
        Files.writeString(inside, "a-secret-of-sufficient-length");
        assertThat(refusal(() -> KekSecret.find(Map.of(KekSecret.ENV_FILE, inside.toString()), p -> null, List.of(installation))).code())
                .isEqualTo("kek_inside_installation");
        Path shortOne = dir.resolve("short");
        Files.writeString(shortOne, "short");
        assertThat(refusal(() -> KekSecret.find(Map.of(KekSecret.ENV_FILE, shortOne.toString()), p -> null, List.of(installation))).code())
                .isEqualTo("kek_too_short");
        assertThat(refusal(() -> KekSecret.find(Map.of(KekSecret.ENV_FILE, dir.resolve("nope").toString()), p -> null, List.of(installation))).code())
                .isEqualTo("kek_unreadable");
    }
}
