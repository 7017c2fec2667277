package org.xuncha.platform.api;

import java.util.Objects;
import java.util.Set;

/**
 * A permission a module defines, e.g. {@code round-planning.round.write}.
 *
 * @param id           dotted id, starting with the module id
 * @param nameZh       name shown to the security administrator
 * @param nameEn       English name
 * @param defaultRoles roles that receive this permission when the module is first installed
 *                     (see {@link org.xuncha.platform.api.security.Roles}); the security
 *                     administrator may change the mapping later
 */
public record PermissionDefinition(String id, String nameZh, String nameEn, Set<String> defaultRoles) {

    public PermissionDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        defaultRoles = defaultRoles == null ? Set.of() : Set.copyOf(defaultRoles);
    }
}
