package org.xuncha.interviews.internal;

import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.InterviewPermissions;
import org.xuncha.platform.api.persistence.SchemaMigrator;
import org.xuncha.platform.api.persistence.Transactions;

/**
 * The module's persistence unit. Migrates the schema before anything else can use it (every service
 * of the module references this component), then runs units of work.
 */
@Component(service = InterviewStore.class)
public class InterviewStore {

    public static final String CHANGELOG = "db/interview-records/changelog.xml";

    private final EntityManagerFactory emf;
    private final Transactions tx;

    @Activate
    public InterviewStore(@Reference(target = "(osgi.unit.name=xuncha.interview-records)") EntityManagerFactory emf,
                          @Reference SchemaMigrator migrator, @Reference Transactions tx) {
        migrator.migrate(InterviewPermissions.MODULE, getClass().getClassLoader(), CHANGELOG);
        this.emf = emf;
        this.tx = tx;
    }

    public <R> R write(Function<EntityManager, R> work) {
        return tx.write(emf, work);
    }

    public <R> R read(Function<EntityManager, R> work) {
        return tx.read(emf, work);
    }
}
