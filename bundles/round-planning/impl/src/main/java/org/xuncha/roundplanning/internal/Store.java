package org.xuncha.roundplanning.internal;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.ModuleStores;
import org.xuncha.roundplanning.api.RoundEvents;

/**
 * Opens the module's {@link ModuleStore}, which migrates the schema first: every service of the
 * module references this component, so none runs on a schema not yet created.
 */
@Component(service = Store.class)
public class Store {

    public static final String CHANGELOG = "db/round-planning/changelog.xml";

    private final ModuleStore db;

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=xuncha.roundplanning)") EntityManagerFactory emf,
                 @Reference ModuleStores stores) {
        this.db = stores.open(RoundEvents.MODULE, emf, getClass().getClassLoader(), CHANGELOG);
    }

    public ModuleStore db() {
        return db;
    }
}
