package org.xuncha.platform.security.internal;

import java.util.List;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.xuncha.platform.api.AbstractModuleDescriptor;
import org.xuncha.platform.api.ModuleDescriptor;
import org.xuncha.platform.api.ModuleLevel;
import org.xuncha.platform.api.PermissionDefinition;
import org.xuncha.platform.api.UiEntry;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.api.security.Roles;

/** The security spine's permissions: one per administrator's duty (三员分立). */
@Component(service = ModuleDescriptor.class)
public class SecurityDescriptor extends AbstractModuleDescriptor {

    public static final String USERS_READ = "security.users.read";
    public static final String USERS_MANAGE = "security.users.manage";
    public static final String ROLES_MANAGE = "security.roles.manage";
    public static final String AUDIT_READ = "security.audit.read";
    public static final String KEYS_MANAGE = "security.keys.manage";

    /** The platform's permission to install, update and remove modules (defined by the platform bundle). */
    public static final String MODULES_MANAGE = "platform.modules.manage";

    /** Permissions only one of the three administrators may ever hold. */
    public static final java.util.Map<String, String> RESERVED = java.util.Map.of(
            USERS_MANAGE, Roles.SYS_ADMIN, MODULES_MANAGE, Roles.SYS_ADMIN, ROLES_MANAGE, Roles.SECURITY_ADMIN,
            KEYS_MANAGE, Roles.SECURITY_ADMIN, AUDIT_READ, Roles.SECURITY_AUDITOR);

    /** Platform permissions over business content (reference-data writes, the dashboard): no administrator role holds them. */
    public static final Set<String> PLATFORM_BUSINESS = Set.of("platform.reference.write", "platform.statistics.read",
            DataScope.ALL_DIVISIONS);

    @Activate
    public SecurityDescriptor(BundleContext context) {
        super(context, SecuritySetup.MODULE, "安全保密", "Security", ModuleLevel.BOTH);
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(USERS_READ, "查看账号", "Read accounts", Set.of(Roles.SYS_ADMIN, Roles.SECURITY_ADMIN)),
                new PermissionDefinition(USERS_MANAGE, "账号管理（创建、停用、重置密码、解锁）", "Manage accounts", Set.of(Roles.SYS_ADMIN)),
                new PermissionDefinition(ROLES_MANAGE, "角色与权限分配", "Assign roles and permissions", Set.of(Roles.SECURITY_ADMIN)),
                new PermissionDefinition(KEYS_MANAGE, "密钥轮换", "Rotate encryption keys", Set.of(Roles.SECURITY_ADMIN)),
                new PermissionDefinition(AUDIT_READ, "查阅与核验审计记录", "Read and verify the audit trail", Set.of(Roles.SECURITY_AUDITOR)));
    }

    @Override
    public List<UiEntry> uiEntries() {
        return List.of(
                page("users", "账号管理", "Accounts", "/security/users", USERS_READ, 950, "UserFilled"),
                page("roles", "角色权限", "Roles", "/security/roles", ROLES_MANAGE, 960, "Lock"),
                page("audit", "安全审计", "Audit trail", "/security/audit", AUDIT_READ, 970, "Document"),
                page("backup", "数据备份", "Backup", "/security/backup", MODULES_MANAGE, 980, "FolderChecked"));
    }
}
