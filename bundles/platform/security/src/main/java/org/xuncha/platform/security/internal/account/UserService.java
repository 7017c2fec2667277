package org.xuncha.platform.security.internal.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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

    /**
     * Creates an account without roles and without a password anyone knows (三员分立): its one-time
     * password is pending until the security administrator releases it ({@link PasswordService#release}),
     * so the system administrator never holds a business account's credentials.
     */
    public Map<String, Object> create(Caller caller, UserDraft d) {
        caller.require(SecurityDescriptor.USERS_MANAGE);
        check(d, true);
        // a password nobody is told: no sign-in until the security administrator releases one
        String unknown = InitialCredentials.temporaryPassword(setup.random()) + InitialCredentials.temporaryPassword(setup.random());
        UserView created = Accounts.usernameRace(db, d.username(), () -> db.write(em -> {
            if (Accounts.byUsername(em, d.username()) != null) {
                throw Accounts.taken();
            }
            UserEntity u = Accounts.newUser(d.username(), d.displayName(), d.divisionCode(), d.personId(), db.now());
            u.enabled = d.enabled() == null || d.enabled();
            u.passwordHash = setup.hasher().hash(unknown.toCharArray());
            u.credentialRequestedAt = db.now();
            em.persist(u);
            em.flush();
            db.audit(em, caller, AuditAction.CREATE, "user", u.id, "创建账号 " + u.username + "（一次性密码待安全保密管理员发放）");
            return Accounts.view(em, u, db.now());
        }));
        epoch.bump();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("user", created);
        result.put("credentialsPending", true);
        return result;
    }

    /**
     * Changes name and whether the account is enabled; the username stays. The division and person
     * (the account's data scope) must be sent as they are: changing them is the security
     * administrator's ({@link #setScope}).
     */
    public UserView update(Caller caller, long id, UserDraft d) {
        caller.require(SecurityDescriptor.USERS_MANAGE);
        check(d, false);
        UserView v = db.write(em -> {
            UserEntity u = Accounts.find(em, id);
            if (d.enabled() != null && !d.enabled() && u.id == caller.userId()) {
                throw ApiException.conflict("self_disable", "不能停用自己的账号", "You cannot disable your own account");
            }
            if (!Objects.equals(u.divisionCode, Accounts.blankToNull(d.divisionCode())) || !Objects.equals(u.personId, d.personId())) {
                throw scopeBySecurityAdmin();
            }
            u.displayName = d.displayName().trim();
            if (d.enabled() != null) {
                u.enabled = d.enabled();
            }
            db.audit(em, caller, AuditAction.UPDATE, "user", u.id, "修改账号 " + u.username);
            return Accounts.view(em, u, db.now());
        });
        epoch.bump();
        return v;
    }

    /**
     * Sets an account's division and person, its data scope: the security administrator's, not the
     * system administrator's, so that neither alone gives an account another office's data.
     */
    public UserView setScope(Caller caller, long id, String divisionCode, Long personId) {
        caller.require(SecurityDescriptor.ROLES_MANAGE);
        if (id == caller.userId()) {
            throw ApiException.validation(new Checks().add("divisionCode", "self", "不能修改自己的数据范围", "You cannot change your own data scope").errors());
        }
        String division = Accounts.blankToNull(divisionCode);
        new Checks().maxLength("divisionCode", division, 12, "所属区划", "division").throwIfInvalid();
        references.check(new Checks(), division, personId).throwIfInvalid();
        UserView v = db.write(em -> {
            UserEntity u = Accounts.find(em, id);
            u.divisionCode = division;
            u.personId = personId;
            db.audit(em, caller, AuditAction.SECURITY, "user", u.id, "设置数据范围 " + u.username + "（区划 " + division + "，干部 " + personId + "）");
            return Accounts.view(em, u, db.now());
        });
        epoch.bump();
        return v;
    }

    static ApiException scopeBySecurityAdmin() {
        return new ApiException(403, "separation_of_duties", "三员分立：账号的所属区划和关联干部（数据范围）由安全保密管理员设置",
                "Separation of duties: an account's division and person (its data scope) are set by the security administrator");
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
