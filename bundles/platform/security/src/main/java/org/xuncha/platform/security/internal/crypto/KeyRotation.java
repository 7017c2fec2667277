package org.xuncha.platform.security.internal.crypto;

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
        String id = setup.fieldKeys().rotate();
        db.audit(caller, AuditAction.SECURITY, "key", id, "轮换字段加密密钥，新密钥 " + id);
        return id;
    }

    /** Where the keys are kept, for the console's answer. */
    public String keyDirectory() {
        return setup.keys().path().toString();
    }
}
