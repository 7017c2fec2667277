package org.xuncha.platform.security.internal.crypto;

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

/** Rotation of the SM4 field key, from the web and the console alike: new writes use the new key, old values stay readable. */
@Component(service = KeyRotation.class)
public class KeyRotation {

    private final SecuritySetup setup;
    private final ModuleStore db;

    @Activate
    public KeyRotation(@Reference SecuritySetup setup, @Reference Store store) {
        this.setup = setup;
        this.db = store.db();
    }

    /** @return the id of the new current key */
    public String rotate(Caller caller) {
        caller.require(SecurityDescriptor.KEYS_MANAGE);
        // the new key is registered in the database, with its audit record, before anything is encrypted with it
        return setup.fieldKeys().rotate(key -> db.write(em -> {
            try {
                KeyRegistry.register(em.unwrap(Connection.class), List.of(key), setup.installation(), System.currentTimeMillis());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot register key " + key.id() + ": " + e.getMessage(), e);
            }
            db.audit(em, caller, AuditAction.SECURITY, "key", key.id(), "轮换字段加密密钥，新密钥 " + key.id());
            return null;
        }));
    }

    /** Where the keys are kept, for the console's answer. */
    public String keyDirectory() {
        return setup.keys().path().toString();
    }
}
