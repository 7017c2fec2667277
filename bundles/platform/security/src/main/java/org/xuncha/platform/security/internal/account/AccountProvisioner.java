package org.xuncha.platform.security.internal.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.AccountProvisioning;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.SecurityDescriptor;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.Store;

/**
 * {@link AccountProvisioning} for platform processes: an account with its roles and a given one-time
 * password in one transaction. It takes both administrators' permissions, so in practice only the
 * system caller gets through (三员分立).
 */
@Component(service = AccountProvisioning.class)
public class AccountProvisioner implements AccountProvisioning {

    private final ModuleStore db;
    private final SecuritySetup setup;
    private final AccountReferences references;
    private final CallerEpoch epoch;

    @Activate
    public AccountProvisioner(@Reference Store store, @Reference SecuritySetup setup, @Reference AccountReferences references,
                              @Reference CallerEpoch epoch) {
        this.db = store.db();
        this.setup = setup;
        this.references = references;
        this.epoch = epoch;
    }

    @Override
    public long create(Caller caller, AccountRequest r) {
        caller.require(SecurityDescriptor.USERS_MANAGE).require(SecurityDescriptor.ROLES_MANAGE);
        if (r == null) {
            throw ApiException.badRequest("empty_body", "请求内容为空", "The request body is empty");
        }
        Set<String> roles = new TreeSet<>(r.roles());
        Checks checks = Accounts.checkNames(new Checks(), r.username(), r.displayName(), r.divisionCode(), true);
        SeparationOfDuties.checkRoles(checks, roles).throwIfInvalid();
        references.check(checks, Accounts.blankToNull(r.divisionCode()), r.personId()).throwIfInvalid();
        List<FieldError> policy = new PasswordPolicy(setup.config().passwordMinLength(), setup.config().passwordMinClasses())
                .check(r.username(), r.initialPassword());
        if (!policy.isEmpty()) {
            throw ApiException.validation(policy);
        }
        long id = Accounts.usernameRace(db, r.username(), () -> db.write(em -> {
            if (Accounts.byUsername(em, r.username()) != null) {
                throw Accounts.taken();
            }
            UserEntity u = Accounts.newUser(r.username(), r.displayName(), r.divisionCode(), r.personId(), db.now());
            u.passwordHash = setup.hasher().hash(r.initialPassword().toCharArray());
            em.persist(u);
            em.flush();
            for (String role : roles) {
                em.persist(new UserRoleEntity(u.id, role));
            }
            db.audit(em, caller, AuditAction.CREATE, "user", u.id, "创建账号 " + u.username + "，角色：" + String.join(",", roles));
            return u.id;
        }));
        epoch.bump();
        return id;
    }

    @Override
    public Optional<Long> find(String username) {
        return db.read(em -> Optional.ofNullable(Accounts.byUsername(em, username)).map(u -> u.id));
    }
}
