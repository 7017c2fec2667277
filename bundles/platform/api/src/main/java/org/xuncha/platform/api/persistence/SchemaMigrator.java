package org.xuncha.platform.api.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs a module's database migrations (Liquibase changelogs) on the platform's shared DataSource.
 * A module calls it when its persistence component activates, before it serves anything: a module
 * installed later creates its tables, an updated module migrates them, and running it again is a
 * no-op.
 */
@ProviderType
public interface SchemaMigrator {

    /**
     * @param moduleId  the module, for logs and the migration lock
     * @param loader    class loader that can see the changelog (the module bundle's)
     * @param changelog resource path of the master changelog, unique across modules, e.g.
     *                  {@code db/round-planning/changelog.xml}
     */
    void migrate(String moduleId, ClassLoader loader, String changelog);
}
