package org.xuncha.platform.security.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.FieldContext;
import org.xuncha.platform.security.internal.SecurityFixture;

/** A value read where it does not belong: 409 integrity_error in Chinese and English, audited once a minute per place. */
class FieldCipherServiceTest {

    @TempDir
    Path dir;

    @Test
    void aCiphertextCopiedToAnotherRowIsAnIntegrityErrorAndAudited() throws Exception {
        try (SecurityFixture f = new SecurityFixture(dir, Map.of())) {
            FieldCipherService cipher = new FieldCipherService(f.setup, f.audit);
            FieldContext row1 = FieldContext.of("xc_rp_avoidance", "note_cipher", 1L);
            FieldContext row2 = FieldContext.of("xc_rp_avoidance", "note_cipher", 2L);
            String one = cipher.encrypt("其配偶在该单位任职", row1);
            assertThat(cipher.decrypt(one, row1)).isEqualTo("其配偶在该单位任职");
            int before = f.audited().size();
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> cipher.decrypt(one, row2)).isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("integrity_error");
                    assertThat(e.messageZh()).contains("xc_rp_avoidance.note_cipher 第 2 行").contains("已记入审计");
                    assertThat(e.messageEn()).contains("xc_rp_avoidance.note_cipher, row 2").contains("audited");
                });
            }
            assertThat(f.audited()).as("once per place and minute").hasSize(before + 1);
            assertThat(f.audited().get(before)).startsWith("SECURITY system:cipher integrity xc_rp_avoidance.note_cipher#2 密文完整性校验失败（moved_or_altered）");
            assertThat(cipher.decrypt(one, row1)).as("the value still reads where it belongs").isEqualTo("其配偶在该单位任职");
        }
    }
}
