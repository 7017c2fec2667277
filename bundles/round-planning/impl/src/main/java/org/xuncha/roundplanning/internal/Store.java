package org.xuncha.roundplanning.internal;

import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.SchemaMigrator;
import org.xuncha.platform.api.persistence.Transactions;
import org.xuncha.roundplanning.api.RoundEvents;

/**
 * The module's persistence unit, migrated before anything uses it: every component that reads or
 * writes the module's tables references this one, so none runs on a schema not yet created.
 */
@Component(service = Store.class)
public class Store {

    static final String CHANGELOG = "db/round-planning/changelog.xml";

    private final EntityManagerFactory emf;
    private final Transactions tx;

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=xuncha.roundplanning)") EntityManagerFactory emf,
                 @Reference SchemaMigrator migrator, @Reference Transactions tx) {
        migrator.migrate(RoundEvents.MODULE, getClass().getClassLoader(), CHANGELOG);
        this.emf = emf;
        this.tx = tx;
    }

    public <R> R read(Function<EntityManager, R> work) {
        return tx.read(emf, work);
    }

    public <R> R write(Function<EntityManager, R> work) {
        return tx.write(emf, work);
    }
}
