package org.xuncha.interviews.internal;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.ModuleStores;

/**
 * Opens the module's {@link ModuleStore}, which migrates the schema first: every service of the
 * module references this component, so none runs before the tables are there.
 */
@Component(service = Store.class)
public class Store {

    public static final String CHANGELOG = "db/interview-records/changelog.xml";

    private final ModuleStore db;

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=xuncha.interview-records)") EntityManagerFactory emf,
                 @Reference ModuleStores stores) {
        this.db = stores.open(InterviewRecordsEvents.MODULE, emf, getClass().getClassLoader(), CHANGELOG);
    }

    public ModuleStore db() {
        return db;
    }
}
