package org.xuncha.platform.security.internal.crypto;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.FieldCipher;
import org.xuncha.platform.api.security.FieldContext;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.audit.AuditThrottle;
import org.xuncha.platform.security.internal.web.RequestInfo;

/**
 * The platform's {@link FieldCipher}: SM4-GCM under the keys {@link SecuritySetup} opened. A value
 * that does not decrypt where it is read (copied from another row or field, altered, under an
 * unknown key) is answered 409 {@code integrity_error} and audited, at most once a minute per place
 * so that a list showing the broken row does not flood the trail.
 */
@Component(service = FieldCipher.class, immediate = true)
public class FieldCipherService implements FieldCipher {

    private static final Logger LOG = LoggerFactory.getLogger(FieldCipherService.class);

    private final Sm4FieldCipher cipher;
    private final AuditTrail audit;
    private final AuditThrottle throttle = new AuditThrottle(1, 60_000, 10_000);

    @Activate
    public FieldCipherService(@Reference SecuritySetup setup, @Reference AuditTrail audit) {
        this.cipher = new Sm4FieldCipher(setup.fieldKeys(), setup.random());
        this.audit = audit;
    }

    @Override
    public String encrypt(String plaintext, FieldContext where) {
        return cipher.encrypt(plaintext, java.util.Objects.requireNonNull(where, "where"));
    }

    @Override
    public String decrypt(String ciphertext, FieldContext where) {
        try {
            return cipher.decrypt(ciphertext, java.util.Objects.requireNonNull(where, "where"));
        } catch (CiphertextRejected e) {
            throw rejected(e);
        }
    }

    @Override
    public byte[] encryptBytes(byte[] plaintext, FieldContext where) {
        return cipher.encryptBytes(plaintext, java.util.Objects.requireNonNull(where, "where"));
    }

    @Override
    public byte[] decryptBytes(byte[] ciphertext, FieldContext where) {
        try {
            return cipher.decryptBytes(ciphertext, java.util.Objects.requireNonNull(where, "where"));
        } catch (CiphertextRejected e) {
            throw rejected(e);
        }
    }

    @Override
    @Deprecated
    public String encrypt(String plaintext) {
        return cipher.encrypt(plaintext, null);
    }

    @Override
    @Deprecated
    public String decrypt(String ciphertext) {
        try {
            return cipher.decrypt(ciphertext, null);
        } catch (CiphertextRejected e) {
            throw rejected(e);
        }
    }

    @Override
    @Deprecated
    public byte[] encryptBytes(byte[] plaintext) {
        return cipher.encryptBytes(plaintext, null);
    }

    @Override
    @Deprecated
    public byte[] decryptBytes(byte[] ciphertext) {
        try {
            return cipher.decryptBytes(ciphertext, null);
        } catch (CiphertextRejected e) {
            throw rejected(e);
        }
    }

    @Override
    public String currentKeyId() {
        return cipher.currentKeyId();
    }

    private ApiException rejected(CiphertextRejected e) {
        String place = e.where() == null ? "（未指明位置）" : e.where().table() + "." + e.where().column() + " 第 " + e.where().row() + " 行";
        String placeEn = e.where() == null ? "(no place given)" : e.where().table() + "." + e.where().column() + ", row " + e.where().row();
        String key = e.where() == null ? "-" : e.where().toString();
        long left = throttle.admit(key, System.currentTimeMillis());
        if (left >= 0) {
            Caller caller = RequestInfo.caller() != null ? RequestInfo.caller() : Caller.system("cipher");
            try {
                // in a transaction of its own: the read that failed is rolled back
                audit.record(caller, AuditEntry.of(AuditAction.SECURITY, SecuritySetup.MODULE, "integrity", key.length() > 100 ? key.substring(0, 100) : key,
                        "密文完整性校验失败（" + e.reason() + "）：" + place + (left > 0 ? "；此前另有 " + left + " 次未逐条记录" : "")));
            } catch (RuntimeException auditFailed) {
                LOG.error("Could not audit an integrity failure at {}: {}", key, auditFailed.toString());
            }
        }
        LOG.warn("Field ciphertext rejected ({}) at {}", e.reason(), key);
        return new ApiException(409, "integrity_error",
                "数据完整性校验失败：" + place + " 的加密内容不属于此处或已被改动（已记入审计），请联系安全保密管理员",
                "Integrity check failed: the encrypted value in " + placeEn + " does not belong there or was altered (audited); tell the"
                        + " security administrator");
    }
}
