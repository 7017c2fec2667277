package org.xuncha.platform.security.internal.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.SecurityDescriptor;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.Store;

/**
 * Accounts as the system administrator keeps them: created without roles (the security administrator
 * gives those) and with a one-time password, changed, disabled, unlocked.
 */
@Component(service = UserService.class)
public class UserService {

    static final Map<String, String> SORT = Map.of("id", "u.id", "username", "u.username", "displayName", "u.displayName",
            "divisionCode", "u.divisionCode", "lastLoginAt", "u.lastLoginAt");

    private final ModuleStore db;
    private final SecuritySetup setup;
    private final AccountReferences references;
    private final CallerEpoch epoch;

    @Activate
    public UserService(@Reference Store store, @Reference SecuritySetup setup, @Reference AccountReferences references,
                       @Reference CallerEpoch epoch) {
        this.db = store.db();
        this.setup = setup;
        this.references = references;
        this.epoch = epoch;
    }

    public Page<UserView> users(Caller caller, String text, PageRequest page) {
        caller.require(SecurityDescriptor.USERS_READ);
        return db.read(em -> Where.of().like("text", text, "u.username", "u.displayName")
                .page(em, UserEntity.class, "u", Where.orderBy(page, SORT, "u.id"), page).map(u -> Accounts.view(em, u, db.now())));
    }

    public UserView user(Caller caller, long id) {
        caller.require(SecurityDescriptor.USERS_READ);
        return db.read(em -> Accounts.view(em, Accounts.find(em, id), db.now()));
    }

    /** Creates an account without roles; returns it with its one-time password. */
    public Map<String, Object> create(Caller caller, UserDraft d) {
        caller.require(SecurityDescriptor.USERS_MANAGE);
        check(d, true);
        String password = InitialCredentials.temporaryPassword(setup.random());
        UserView created = Accounts.usernameRace(db, d.username(), () -> db.write(em -> {
            if (Accounts.byUsername(em, d.username()) != null) {
                throw Accounts.taken();
            }
            UserEntity u = Accounts.newUser(d.username(), d.displayName(), d.divisionCode(), d.personId(), db.now());
            u.enabled = d.enabled() == null || d.enabled();
            u.passwordHash = setup.hasher().hash(password.toCharArray());
            em.persist(u);
            em.flush();
            db.audit(em, caller, AuditAction.CREATE, "user", u.id, "创建账号 " + u.username);
            return Accounts.view(em, u, db.now());
        }));
        epoch.bump();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("user", created);
        result.put("initialPassword", password);
        return result;
    }

    /** Changes name, division, person and whether the account is enabled; the username stays. */
    public UserView update(Caller caller, long id, UserDraft d) {
        caller.require(SecurityDescriptor.USERS_MANAGE);
        check(d, false);
        UserView v = db.write(em -> {
            UserEntity u = Accounts.find(em, id);
            if (d.enabled() != null && !d.enabled() && u.id == caller.userId()) {
                throw ApiException.conflict("self_disable", "不能停用自己的账号", "You cannot disable your own account");
            }
            u.displayName = d.displayName().trim();
            u.divisionCode = Accounts.blankToNull(d.divisionCode());
            u.personId = d.personId();
            if (d.enabled() != null) {
                u.enabled = d.enabled();
            }
            db.audit(em, caller, AuditAction.UPDATE, "user", u.id, "修改账号 " + u.username);
            return Accounts.view(em, u, db.now());
        });
        epoch.bump();
        return v;
    }

    public UserView unlock(Caller caller, long id) {
        caller.require(SecurityDescriptor.USERS_MANAGE);
        return db.write(em -> {
            UserEntity u = Accounts.find(em, id);
            u.lockedUntil = null;
            u.failedAttempts = 0;
            db.audit(em, caller, AuditAction.SECURITY, "user", u.id, "解锁账号 " + u.username);
            return Accounts.view(em, u, db.now());
        });
    }

    /** The id of the account with this name, enabled or not. */
    public Optional<Long> idOf(String username) {
        return db.read(em -> Optional.ofNullable(Accounts.byUsername(em, username)).map(u -> u.id));
    }

    /** Names and lengths first, then (only if those are right) the division and person looked up. */
    private void check(UserDraft d, boolean creating) {
        if (d == null) {
            throw ApiException.badRequest("empty_body", "请求内容为空", "The request body is empty");
        }
        Checks checks = Accounts.checkNames(new Checks(), d.username(), d.displayName(), d.divisionCode(), creating);
        checks.throwIfInvalid();
        references.check(checks, Accounts.blankToNull(d.divisionCode()), d.personId()).throwIfInvalid();
    }
}
