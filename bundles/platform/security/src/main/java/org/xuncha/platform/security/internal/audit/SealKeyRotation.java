package org.xuncha.platform.security.internal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.SecurityDescriptor;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.Store;
import org.xuncha.platform.security.internal.crypto.KeyRegistry;

/**
 * Rotation of the SM2 audit-seal key, the security administrator's ({@code xuncha:key-rotate --seal}):
 * the head is sealed and anchored with the old key first, then a new key pair is wrapped into the
 * key file, registered in the database with an audit record, and seals from then on use it. The old
 * pair stays in the key file, so every seal and anchor it signed is still verified with it
 * ({@link AuditVerifier}); an anchor signed with an older key after a newer one is {@code key_replaced}.
 */
@Component(service = SealKeyRotation.class)
public class SealKeyRotation {

    private final SecuritySetup setup;
    private final ModuleStore db;
    private final AuditTrailImpl audit;

    @Activate
    public SealKeyRotation(@Reference SecuritySetup setup, @Reference Store store, @Reference AuditTrailImpl audit) {
        this.setup = setup;
        this.db = store.db();
        this.audit = audit;
    }

    /** @return the id of the new seal key */
    public String rotate(Caller caller) {
        caller.require(SecurityDescriptor.KEYS_MANAGE);
        // no seal while the key changes: what is there is sealed with the old key, the next seal is the new key's
        return audit.betweenSeals(() -> {
            audit.seal();
            return setup.rotateSeal(key -> db.write(em -> {
                try {
                    KeyRegistry.register(em.unwrap(Connection.class), List.of(key), setup.installation(), System.currentTimeMillis());
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot register key " + key.id() + ": " + e.getMessage(), e);
                }
                db.audit(em, caller, AuditAction.SECURITY, "key", key.id(), "轮换审计封签密钥，新密钥 " + key.id() + "（旧密钥保留，用于核验此前的封签）");
                return null;
            }));
        });
    }
}
