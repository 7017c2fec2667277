package org.xuncha.platform.documents.internal;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.ModuleStores;

/** Opens the document centre's store (文号 and issued documents), migrating its schema first. */
@Component(service = Store.class)
public class Store {

    static final String CHANGELOG = "db/documents/changelog.xml";
    static final String UNIT = "xuncha.documents";

    private final ModuleStore db;

    @Activate
    public Store(@Reference(target = "(osgi.unit.name=" + UNIT + ")") EntityManagerFactory emf, @Reference ModuleStores stores) {
        this.db = stores.open(DocumentsDescriptor.ID, emf, getClass().getClassLoader(), CHANGELOG);
    }

    public ModuleStore db() {
        return db;
    }
}
