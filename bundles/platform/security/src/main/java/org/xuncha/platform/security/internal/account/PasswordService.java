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
     * The system administrator's request for a new one-time password. For a business account (or a
     * system administrator's) nothing is handed out here: the request waits for the security
     * administrator, who releases the password ({@link #release}), so that neither alone obtains the
     * account's credentials (三员分立). For the security administrator's and the auditor's accounts
     * the new password goes to the server's credentials file at once, as before: the security
     * administrator must not hold them either.
     */
    public Map<String, Object> reset(Caller caller, long id) {
        caller.require(SecurityDescriptor.USERS_MANAGE);
        UserView target = db.read(em -> Accounts.view(em, Accounts.find(em, id), db.now()));
        if (deliveredToFile(target)) {
            return Map.of("deliveredTo", newPassword(caller, id, "重置密码 ").toString());
        }
        UserView v = db.write(em -> {
            UserEntity u = Accounts.find(em, id);
            u.credentialRequestedAt = db.now();
            db.audit(em, caller, AuditAction.SECURITY, "user", u.id, "申请重置密码 " + u.username + "（待安全保密管理员发放）");
            return Accounts.view(em, u, db.now());
        });
        epoch.bump();
        return Map.of("requested", true, "user", v);
    }

    /**
     * The security administrator releases the one-time password the system administrator requested
     * (at creation or reset), to give it to the account's person; without a request there is nothing
     * to release (409), so the security administrator cannot take over an account alone either.
     */
    public Map<String, Object> release(Caller caller, long id) {
        caller.require(SecurityDescriptor.ROLES_MANAGE);
        if (id == caller.userId()) {
            throw ApiException.conflict("self", "不能为自己的账号发放密码", "You cannot release a password for your own account");
        }
        UserView target = db.read(em -> Accounts.view(em, Accounts.find(em, id), db.now()));
        if (!target.credentialsPending()) {
            throw ApiException.conflict("no_request", "系统管理员没有为该账号申请一次性密码",
                    "The system administrator has not requested a one-time password for this account");
        }
        Object delivered = newPassword(caller, id, "发放一次性密码 ");
        return deliveredToFile(target) ? Map.of("deliveredTo", delivered.toString()) : Map.of("initialPassword", delivered);
    }

    /** Administrators' accounts other than the system administrator's get their passwords through the server's file only. */
    private static boolean deliveredToFile(UserView v) {
        return v.roles().contains(Roles.SECURITY_ADMIN) || v.roles().contains(Roles.SECURITY_AUDITOR) || v.roles().contains(Roles.SYS_ADMIN);
    }

    /** Sets a new one-time password; returns it, or the file it was written to for an administrator's account. */
    private Object newPassword(Caller caller, long id, String what) {
        String password = InitialCredentials.temporaryPassword(setup.random());
        UserView v = db.write(em -> {
            UserEntity u = Accounts.find(em, id);
            u.passwordHash = setup.hasher().hash(password.toCharArray());
            u.mustChangePassword = true;
            u.passwordChangedAt = db.now();
            u.credentialRequestedAt = null;
            db.audit(em, caller, AuditAction.SECURITY, "user", u.id, what + u.username);
            return Accounts.view(em, u, db.now());
        });
        epoch.bump();
        if (deliveredToFile(v)) {
            return InitialCredentials.write(InitialCredentials.file(), Map.of(v.username(), password));
        }
        return password;
    }
}
