package org.xuncha.platform.security.internal.account;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.platform.security.internal.SecurityDescriptor;
import org.xuncha.platform.security.internal.SecuritySetup;

/**
 * The separation of the three administrators (三员分立) as rules: an administrator role is never
 * combined with another role, the reserved permissions stay with their own administrator, and no
 * administrator role holds a business permission. Seeding, the security administrator and the
 * platform's own provisioning all apply these.
 */
final class SeparationOfDuties {

    static final Set<String> ADMIN_ROLES = Set.of(Roles.SYS_ADMIN, Roles.SECURITY_ADMIN, Roles.SECURITY_AUDITOR);
    static final Set<String> ROLE_IDS = Roles.BUILT_IN.stream().map(Roles.RoleDefinition::id).collect(Collectors.toUnmodifiableSet());

    private SeparationOfDuties() {
    }

    /**
     * Why a role may not hold a permission defined by {@code module}, as {zh, en}; null if it may. A
     * reserved permission belongs to its own administrator only; an administrator role holds no
     * permission of a business module, nor the platform's business ones.
     */
    static String[] refusal(String roleId, String permission, String module) {
        String reservedFor = SecurityDescriptor.RESERVED.get(permission);
        if (reservedFor != null && !reservedFor.equals(roleId)) {
            return new String[] {"三员分立：权限 " + permission + " 只能授予 " + reservedFor,
                    "Separation of duties: " + permission + " belongs to " + reservedFor + " only"};
        }
        boolean business = !module.equals("platform") && !module.equals(SecuritySetup.MODULE)
                || SecurityDescriptor.PLATFORM_BUSINESS.contains(permission);
        if (business && ADMIN_ROLES.contains(roleId)) {
            return new String[] {"三员分立：管理员角色不能获得业务权限 " + permission,
                    "Separation of duties: an administrator role cannot hold business permission " + permission};
        }
        return null;
    }

    /** Known roles only (each looked up), and an administrator role never combined with another. */
    static Checks checkRoles(Checks checks, Set<String> wanted) {
        for (String r : wanted) {
            checks.check(!ROLE_IDS.contains(r), "roles", "not_found", "角色不存在：" + r, "no such role: " + r);
        }
        Set<String> admin = new HashSet<>(wanted);
        admin.retainAll(ADMIN_ROLES);
        return checks.check(!admin.isEmpty() && wanted.size() > 1, "roles", "separation_of_duties",
                "三员分立：系统管理员、安全保密管理员、安全审计员角色不能与其他任何角色兼任",
                "Separation of duties: an administrator role cannot be combined with any other role");
    }
}
