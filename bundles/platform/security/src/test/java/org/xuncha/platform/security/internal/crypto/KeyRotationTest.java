package org.xuncha.platform.security.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.api.security.FieldContext;
import org.xuncha.platform.security.internal.SecurityDescriptor;
import org.xuncha.platform.security.internal.SecurityFixture;

/** Rotating the field key: only the security administrator, audited, and what was encrypted before stays readable. */
class KeyRotationTest {

    @TempDir
    Path dir;

    @Test
    void theSecurityAdministratorRotatesAndOldValuesStayReadable() throws Exception {
        try (SecurityFixture f = new SecurityFixture(dir, Map.of())) {
            KeyRotation rotation = new KeyRotation(f.setup, f.store);
            FieldCipherService cipher = new FieldCipherService(f.setup, f.audit);
            FieldContext where = FieldContext.of("xc_ivr_record", "name_enc", 5L);
            String before = cipher.encrypt("谈话记录", where);
            String oldKey = cipher.currentKeyId();
            Caller secadmin = new Caller(2, "secadmin", "安全保密管理员", null, null, Set.of(), Set.of(SecurityDescriptor.KEYS_MANAGE),
                    DataScope.everything());
            String newKey = rotation.rotate(secadmin);
            assertThat(newKey).isNotEqualTo(oldKey).isEqualTo(cipher.currentKeyId());
            assertThat(cipher.decrypt(before, where)).isEqualTo("谈话记录");
            assertThat(newKey).startsWith(f.setup.installation() + "-k");
            assertThat(f.query("select fingerprint from xc_crypto_key where key_id = '" + newKey + "'")).as("registered").isNotNull();
            assertThat(f.audited()).last().asString().isEqualTo("SECURITY secadmin key " + newKey + " 轮换字段加密密钥，新密钥 " + newKey);
            assertThat(rotation.keyDirectory()).isEqualTo(dir.toString());

            Caller sysadmin = new Caller(1, "sysadmin", "系统管理员", null, null, Set.of(), Set.of(SecurityDescriptor.USERS_MANAGE),
                    DataScope.everything());
            assertThatThrownBy(() -> rotation.rotate(sysadmin))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
            assertThat(cipher.currentKeyId()).isEqualTo(newKey);
        }
    }
}
