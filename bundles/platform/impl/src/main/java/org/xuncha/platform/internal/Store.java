package org.xuncha.platform.internal;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.ModuleStores;
import org.xuncha.platform.internal.registry.PlatformDescriptor;

/**
 * The platform's own {@link ModuleStore} on its persistence unit {@code xuncha.platform}. Opening it
 * migrates the platform's schema (reference data, attachments) first, so every service that holds
 * this component finds its tables.
 */
@Component(service = Store.class)
public class Store {

    private final ModuleStore db;

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=xuncha.platform)") EntityManagerFactory emf, @Reference ModuleStores stores) {
        this.db = stores.open(PlatformDescriptor.ID, emf, getClass().getClassLoader(), "db/platform/changelog.xml");
    }

    public ModuleStore db() {
        return db;
    }
}
