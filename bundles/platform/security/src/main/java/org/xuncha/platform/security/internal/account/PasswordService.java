package org.xuncha.platform.security.internal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.platform.security.internal.SecurityDescriptor;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.Store;

/** Passwords: one's own change (policy and history), and the system administrator's reset to a one-time password. */
@Component(service = PasswordService.class)
public class PasswordService {

    /** No password is longer (the policy's limit too); a longer input is refused before hashing it. */
    static final int MAX = 128;

    private final ModuleStore db;
    private final SecuritySetup setup;
    private final CallerEpoch epoch;

    @Activate
    public PasswordService(@Reference Store store, @Reference SecuritySetup setup, @Reference CallerEpoch epoch) {
        this.db = store.db();
        this.setup = setup;
        this.epoch = epoch;
    }

    PasswordPolicy policy() {
        return new PasswordPolicy(setup.config().passwordMinLength(), setup.config().passwordMinClasses());
    }

    /** Wrong current passwords on a change: throttled like sign-ins (maxFailedLogins per lockoutMinutes). */
    private final SecretAttempts wrongOld = new SecretAttempts();

    public void change(Caller caller, String oldPassword, String newPassword) {
        new Checks().required("oldPassword", oldPassword, "原密码", "current password")
                .maxLength("oldPassword", oldPassword, MAX, "原密码", "current password")
                .required("newPassword", newPassword, "新密码", "new password").throwIfInvalid();
        List<FieldError> policy = policy().check(caller.username(), newPassword);
        if (!policy.isEmpty()) {
            throw ApiException.validation(policy);
        }
        int history = setup.config().passwordHistory();
        long window = setup.config().lockoutMinutes() * 60_000L;
        wrongOld.check(caller.userId(), setup.config().maxFailedLogins(), window, db.clock().millis());
        db.write(em -> {
            UserEntity u = em.find(UserEntity.class, caller.userId());
            if (u == null) {
                throw ApiException.unauthenticated();
            }
            if (!setup.hasher().verify(oldPassword.toCharArray(), u.passwordHash)) {
                wrongOld.failed(u.id, db.clock().millis());
                throw ApiException.validation(List.of(new FieldError("oldPassword", "wrong", "原密码不正确", "The current password is wrong")));
            }
            List<String> recent = new ArrayList<>();
            recent.add(u.passwordHash);
            recent.addAll(em.createQuery("select h.passwordHash from PasswordHistoryEntity h where h.userId = :u order by h.changedAt desc",
                    String.class).setParameter("u", u.id).setMaxResults(Math.max(0, history - 1)).getResultList());
            for (String old : recent.subList(0, Math.min(recent.size(), Math.max(1, history)))) {
                if (setup.hasher().verify(newPassword.toCharArray(), old)) {
                    throw ApiException.validation(List.of(new FieldError("newPassword", "reused",
                            "不能使用最近" + history + "次用过的密码", "The password must differ from the last " + history)));
                }
            }
            em.persist(new PasswordHistoryEntity(u.id, u.passwordHash, db.now()));
            u.passwordHash = setup.hasher().hash(newPassword.toCharArray());
            u.passwordChangedAt = db.now();
            u.mustChangePassword = false;
            wrongOld.succeeded(u.id);
            db.audit(em, caller, AuditAction.SECURITY, "user", u.id, "修改本人密码");
            return null;
        });
        epoch.bump();
    }

    /**
     * A new one-time password. For the security administrator's and the auditor's accounts it goes to
     * the server's credentials file, not to the system administrator, who could otherwise sign in as
     * them and read the audit trail (三员分立).
     */
    public Map<String, Object> reset(Caller caller, long id) {
        caller.require(SecurityDescriptor.USERS_MANAGE);
        String password = InitialCredentials.temporaryPassword(setup.random());
        UserView v = db.write(em -> {
            UserEntity u = Accounts.find(em, id);
            u.passwordHash = setup.hasher().hash(password.toCharArray());
            u.mustChangePassword = true;
            u.passwordChangedAt = db.now();
            db.audit(em, caller, AuditAction.SECURITY, "user", u.id, "重置密码 " + u.username);
            return Accounts.view(em, u, db.now());
        });
        epoch.bump();
        if (v.roles().contains(Roles.SECURITY_ADMIN) || v.roles().contains(Roles.SECURITY_AUDITOR)) {
            return Map.of("deliveredTo", InitialCredentials.write(InitialCredentials.file(), Map.of(v.username(), password)).toString());
        }
        return Map.of("initialPassword", password);
    }
}
