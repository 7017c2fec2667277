package org.xuncha.platform.api.persistence;

import javax.persistence.EntityManagerFactory;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens a module's {@link ModuleStore}. A module has one store component that receives its
 * {@code EntityManagerFactory} (target {@code (osgi.unit.name=xuncha.<id>)}) and this service, and
 * opens the store in its constructor, so the schema is migrated before any service uses it:
 *
 * <pre>
 * &#64;Component(service = Store.class)
 * public class Store {
 *     final ModuleStore db;
 *     &#64;Activate
 *     public Store(&#64;Reference(target = "(osgi.unit.name=xuncha.example)") EntityManagerFactory emf,
 *                  &#64;Reference ModuleStores stores) {
 *         db = stores.open("example", emf, getClass().getClassLoader(), "db/example/changelog.xml");
 *     }
 * }
 * </pre>
 */
@ProviderType
public interface ModuleStores {

    /**
     * Migrates the module's schema (Liquibase, idempotent) and returns its store.
     *
     * @param moduleId  the module id
     * @param emf       the module's persistence unit
     * @param loader    class loader that sees the changelog (the module bundle's)
     * @param changelog resource path of the module's master changelog, e.g. {@code db/example/changelog.xml}
     */
    ModuleStore open(String moduleId, EntityManagerFactory emf, ClassLoader loader, String changelog);
}
