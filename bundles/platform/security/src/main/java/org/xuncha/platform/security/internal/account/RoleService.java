package org.xuncha.platform.security.internal.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.platform.security.internal.SecurityDescriptor;
import org.xuncha.platform.security.internal.Store;

/** Roles and permissions as the security administrator keeps them: who has which role, what each role may do. */
@Component(service = RoleService.class)
public class RoleService {

    private final ModuleStore db;
    private final PermissionCatalog catalog;
    private final CallerEpoch epoch;

    @Activate
    public RoleService(@Reference Store store, @Reference PermissionCatalog catalog, @Reference CallerEpoch epoch) {
        this.db = store.db();
        this.catalog = catalog;
        this.epoch = epoch;
    }

    public List<RoleView> roles(Caller caller) {
        caller.requireAny(SecurityDescriptor.USERS_READ, SecurityDescriptor.ROLES_MANAGE);
        return db.read(em -> {
            Map<String, Set<String>> grants = new HashMap<>();
            for (RolePermissionEntity g : em.createQuery("select g from RolePermissionEntity g", RolePermissionEntity.class).getResultList()) {
                grants.computeIfAbsent(g.roleId, r -> new TreeSet<>()).add(g.permissionId);
            }
            return Roles.BUILT_IN.stream().map(r -> view(r, grants.getOrDefault(r.id(), Set.of()))).toList();
        });
    }

    /** The permissions the roles grant together. */
    public Set<String> permissionsOf(Collection<String> roles) {
        if (roles.isEmpty()) {
            return Set.of();
        }
        return db.read(em -> new HashSet<>(em.createQuery(
                "select distinct g.permissionId from RolePermissionEntity g where g.roleId in :r", String.class)
                .setParameter("r", roles).getResultList()));
    }

    /** Replaces an account's roles. Nobody changes their own roles; an administrator role stands alone. */
    public UserView setRoles(Caller caller, long userId, Set<String> roles) {
        caller.require(SecurityDescriptor.ROLES_MANAGE);
        Set<String> wanted = wanted(roles, "roles", "角色");
        Checks checks = SeparationOfDuties.checkRoles(new Checks(), wanted);
        checks.check(userId == caller.userId(), "roles", "self", "不能修改自己的角色", "You cannot change your own roles");
        checks.throwIfInvalid();
        UserView v = db.write(em -> {
            UserEntity u = Accounts.find(em, userId);
            em.createQuery("delete from UserRoleEntity r where r.userId = :u").setParameter("u", u.id).executeUpdate();
            for (String r : wanted) {
                em.persist(new UserRoleEntity(u.id, r));
            }
            em.flush();
            db.audit(em, caller, AuditAction.SECURITY, "user", u.id, "设置账号 " + u.username + " 的角色：" + String.join(",", wanted));
            return Accounts.view(em, u, db.now());
        });
        epoch.bump();
        return v;
    }

    /** Replaces what a role may do: permissions the installed modules define, within 三员分立. */
    public RoleView setPermissions(Caller caller, String roleId, Set<String> permissions) {
        caller.require(SecurityDescriptor.ROLES_MANAGE);
        Roles.RoleDefinition role = Roles.BUILT_IN.stream().filter(r -> r.id().equals(roleId)).findFirst().orElse(null);
        Set<String> wanted = wanted(permissions, "permissions", "权限");
        Checks checks = new Checks();
        checks.check(role == null, "roleId", "not_found", "角色不存在：" + roleId, "no such role: " + roleId);
        Map<String, String> known = catalog.known();
        for (String p : wanted) {
            String module = known.get(p);
            checks.check(module == null, "permissions", "not_found", "权限不存在：" + p, "no such permission: " + p);
            String[] refusal = module == null || role == null ? null : SeparationOfDuties.refusal(roleId, p, module);
            if (refusal != null) {
                checks.add("permissions", "separation_of_duties", refusal[0], refusal[1]);
            }
        }
        checks.throwIfInvalid();
        RoleView v = db.write(em -> {
            em.createQuery("delete from RolePermissionEntity g where g.roleId = :r").setParameter("r", roleId).executeUpdate();
            for (String p : wanted) {
                em.persist(new RolePermissionEntity(roleId, p));
            }
            db.audit(em, caller, AuditAction.SECURITY, "role", roleId, "设置角色 " + roleId + " 的权限（" + wanted.size() + "项）");
            return view(role, wanted);
        });
        epoch.bump();
        return v;
    }

    /** The set sent, required even when empty (an empty set is a deliberate "none"), without blanks. */
    private static Set<String> wanted(Set<String> sent, String field, String labelZh) {
        Checks checks = new Checks().check(sent == null, field, "required", labelZh + "不能为空（可为空列表）",
                field + " is required (an empty list is allowed)");
        checks.check(sent != null && sent.stream().anyMatch(s -> s == null || s.isBlank()), field, "invalid",
                labelZh + "列表中有空值", field + " contains an empty value");
        checks.throwIfInvalid();
        return new TreeSet<>(sent);
    }

    private static RoleView view(Roles.RoleDefinition r, Set<String> permissions) {
        return new RoleView(r.id(), r.nameZh(), r.nameEn(), r.groupScoped(), r.administrator(), permissions);
    }
}
