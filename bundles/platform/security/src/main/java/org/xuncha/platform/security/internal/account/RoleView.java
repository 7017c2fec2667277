package org.xuncha.platform.security.internal.account;

import java.util.Set;

/** A built-in role with the permissions it grants. */
public record RoleView(String id, String nameZh, String nameEn, boolean groupScoped, boolean administrator, Set<String> permissions) {
}
