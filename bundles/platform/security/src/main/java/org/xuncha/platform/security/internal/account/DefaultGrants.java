package org.xuncha.platform.security.internal.account;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.ModuleDescriptor;
import org.xuncha.platform.api.PermissionDefinition;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.Store;

/**
 * Grants a module's permissions to their default roles the first time the platform sees them.
 * Permissions seen before keep whatever the security administrator made of them, also across an
 * uninstall and a reinstall; a default that 三员分立 forbids is not granted.
 */
@Component(service = DefaultGrants.class)
public class DefaultGrants {

    private final ModuleStore db;
    private final CallerEpoch epoch;

    @Activate
    public DefaultGrants(@Reference Store store, @Reference CallerEpoch epoch) {
        this.db = store.db();
        this.epoch = epoch;
    }

    /** @return the number of grants made */
    public int seed(ModuleDescriptor module) {
        int granted = db.write(em -> {
            int n = 0;
            for (PermissionDefinition p : module.permissions()) {
                if (em.find(PermissionSeenEntity.class, p.id()) != null) {
                    continue;
                }
                em.persist(new PermissionSeenEntity(p.id(), module.id(), db.now()));
                for (String role : p.defaultRoles()) {
                    if (SeparationOfDuties.ROLE_IDS.contains(role) && SeparationOfDuties.refusal(role, p.id(), module.id()) == null) {
                        em.persist(new RolePermissionEntity(role, p.id()));
                        n++;
                    }
                }
            }
            if (n > 0) {
                db.audit(em, Caller.system("module-install"), AuditAction.SECURITY, "module", module.id(),
                        "模块 " + module.id() + " 的默认授权（" + n + "项）");
            }
            return n;
        });
        if (granted > 0) {
            epoch.bump();
        }
        return granted;
    }
}
