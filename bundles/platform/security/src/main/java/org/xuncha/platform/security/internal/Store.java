package org.xuncha.platform.security.internal;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.ModuleStores;

/**
 * The security bundle's {@link ModuleStore} on its persistence unit {@code xuncha.security}: accounts,
 * roles, grants. The audit trail itself does not use it (the store audits through the trail), which is
 * why {@link SecuritySetup} migrates the schema too, before the trail starts; the second migration
 * finds nothing left to do.
 */
@Component(service = Store.class)
public class Store {

    private final ModuleStore db;

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=xuncha.security)") EntityManagerFactory emf, @Reference ModuleStores stores) {
        this.db = stores.open(SecuritySetup.MODULE, emf, getClass().getClassLoader(), "db/security/changelog.xml");
    }

    public ModuleStore db() {
        return db;
    }
}
