package org.xuncha.evaluation.internal;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.evaluation.api.EvaluationEvents;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.ModuleStores;

/**
 * Opens the module's {@link ModuleStore}, which migrates the schema first: every service that
 * keeps data references this component, so none runs on tables not yet created or migrated.
 */
@Component(service = Store.class)
public class Store {

    static final String CHANGELOG = "db/evaluation/changelog.xml";
    static final String UNIT = "xuncha.evaluation";

    private final ModuleStore db;

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=" + UNIT + ")") EntityManagerFactory emf, @Reference ModuleStores stores) {
        this.db = stores.open(EvaluationEvents.MODULE, emf, getClass().getClassLoader(), CHANGELOG);
    }

    /** The store: transactions, audit, encryption, clock and events of this module. */
    public ModuleStore db() {
        return db;
    }
}
