package org.xuncha.leadtransfer.internal;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.LeadEvents;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.ModuleStores;

/**
 * Opens the module's {@link ModuleStore}: its persistence unit with the schema migrated first, so
 * that no service touches a table before it exists. Every service of the module keeps its data
 * through {@link #db()}.
 */
@Component(service = Store.class)
public class Store {

    public static final String MODULE = LeadEvents.MODULE;
    public static final String CHANGELOG = "db/lead-transfer/changelog.xml";

    private final ModuleStore db;

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=xuncha.lead-transfer)") EntityManagerFactory emf, @Reference ModuleStores stores) {
        this.db = stores.open(MODULE, emf, Store.class.getClassLoader(), CHANGELOG);
    }

    public ModuleStore db() {
        return db;
    }
}
