package org.xuncha.platform.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.xuncha.platform.api.security.Caller;

/**
 * What a module tells the platform about itself. Each module registers one as an OSGi service;
 * the platform's module registry, health endpoint, menu and dashboard read only these.
 */
@ConsumerType
public interface ModuleDescriptor {

    /** Short id, also the feature name without its {@code xuncha-} prefix, e.g. {@code round-planning}. */
    String id();

    String nameZh();

    String nameEn();

    /** The module's version as installed (its implementation bundle's version). */
    String version();

    ModuleLevel level();

    /** Permissions the module defines; role assignments start from their default roles. */
    List<PermissionDefinition> permissions();

    /** Menu entries and front-end pages the module contributes to the web console. */
    default List<UiEntry> uiEntries() {
        return List.of();
    }

    /**
     * Figures for the dashboard, computed for the caller's data scope. Entries the caller may not
     * see are left out rather than refused.
     */
    default List<Statistic> statistics(Caller caller) {
        return List.of();
    }

    /**
     * What waits for the caller in this module (待办), in the caller's data scope: the home page and the
     * header's count show it. Kinds the caller holds no permission for are left out; keep it to a few
     * counting queries, it runs on every visit of the home page.
     *
     * @since 1.2.0
     */
    default List<TodoItem> todo(Caller caller) {
        return List.of();
    }
}
