package org.xuncha.platform.security.internal.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.Store;

/**
 * On an empty database, the three administrators (三员), each with a one-time password in the
 * server's credentials file, to be changed at first sign-in. Sign-in waits for this component, so
 * nobody signs in before the administrators exist.
 */
@Component(service = AdminBootstrap.class)
public class AdminBootstrap {

    /** Username, display name, role. */
    static final String[][] ADMINISTRATORS = {{"sysadmin", "系统管理员", Roles.SYS_ADMIN},
            {"secadmin", "安全保密管理员", Roles.SECURITY_ADMIN}, {"auditor", "安全审计员", Roles.SECURITY_AUDITOR}};

    @Activate
    public AdminBootstrap(@Reference Store store, @Reference SecuritySetup setup) {
        ModuleStore db = store.db();
        Map<String, String> created = db.write(em -> {
            if (em.createQuery("select count(u) from UserEntity u", Long.class).getSingleResult() > 0) {
                return Map.<String, String>of();
            }
            Map<String, String> passwords = new LinkedHashMap<>();
            for (String[] a : ADMINISTRATORS) {
                String password = InitialCredentials.temporaryPassword(setup.random());
                UserEntity u = Accounts.newUser(a[0], a[1], null, null, db.now());
                u.passwordHash = setup.hasher().hash(password.toCharArray());
                em.persist(u);
                em.flush();
                em.persist(new UserRoleEntity(u.id, a[2]));
                passwords.put(a[0], password);
                db.audit(em, Caller.system("bootstrap"), AuditAction.SECURITY, "user", u.id, "首次启动创建管理员 " + a[0]);
            }
            return passwords;
        });
        if (!created.isEmpty()) {
            InitialCredentials.write(InitialCredentials.file(), created);
        }
    }
}
