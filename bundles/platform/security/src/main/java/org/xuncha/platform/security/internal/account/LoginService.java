package org.xuncha.platform.security.internal.account;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.Store;

/**
 * Checks sign-ins, from the web and the console alike: password, account state, second factor,
 * lockout after repeated failures, password expiry. Says what happened; the caller of the check
 * decides what to tell the user.
 */
@Component(service = LoginService.class)
public class LoginService {

    /** A valid hash of nothing anyone knows: an unknown account costs as much time as a known one. */
    private static final String DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    private final ModuleStore db;
    private final SecuritySetup setup;
    private final AdminDelay delays = new AdminDelay();

    /** @param bootstrap the first administrators exist before anyone can sign in */
    @Activate
    public LoginService(@Reference Store store, @Reference SecuritySetup setup, @Reference AdminBootstrap bootstrap) {
        this.db = store.db();
        this.setup = setup;
    }

    public LoginResult authenticate(String username, char[] password, String totpCode) {
        return authenticate(username, password, totpCode, null);
    }

    /** @param client the client's address (null: the console), for the administrators' progressive delay */
    public LoginResult authenticate(String username, char[] password, String totpCode, String client) {
        return db.write(em -> {
            UserEntity u = Accounts.byUsername(em, username);
            if (u == null) {
                setup.hasher().verify(password, DUMMY_HASH);
                return new LoginResult(LoginResult.Outcome.BAD_CREDENTIALS, null, 0);
            }
            LocalDateTime now = db.now();
            boolean administrator = administrator(em, u);
            if (administrator) {
                long wait = delays.waitMillis(u.username, client, db.clock().millis());
                if (wait > 0) {
                    return new LoginResult(LoginResult.Outcome.DELAYED, null, 0, (wait + 999) / 1000);
                }
                LoginResult r = check(em, u, password, totpCode, now, true);
                if (r.outcome() == LoginResult.Outcome.OK) {
                    delays.succeeded(u.username, client);
                } else if (r.outcome() == LoginResult.Outcome.BAD_CREDENTIALS || r.outcome() == LoginResult.Outcome.TOTP_INVALID) {
                    if (delays.failed(u.username, client, setup.config().maxFailedLogins(), db.clock().millis()) == 1000) {
                        db.audit(em, Caller.system("login"), AuditAction.SECURITY, "user", u.id, "管理员账号连续登录失败，来自 "
                                + (client == null ? "控制台" : client) + " 的尝试此后逐次延迟（管理员不锁定） " + u.username);
                    }
                }
                return r;
            }
            return check(em, u, password, totpCode, now, false);
        });
    }

    private LoginResult check(EntityManager em, UserEntity u, char[] password, String totpCode, LocalDateTime now, boolean administrator) {
        if (!administrator && u.lockedUntil != null && u.lockedUntil.isAfter(now)) {
            return new LoginResult(LoginResult.Outcome.LOCKED, null, Math.max(1, Duration.between(now, u.lockedUntil).toMinutes() + 1));
        }
        if (!setup.hasher().verify(password, u.passwordHash)) {
            return administrator ? new LoginResult(LoginResult.Outcome.BAD_CREDENTIALS, null, 0)
                    : failed(em, u, now, LoginResult.Outcome.BAD_CREDENTIALS);
        }
        if (!u.enabled) {
            return new LoginResult(LoginResult.Outcome.DISABLED, null, 0);
        }
        if (u.totpEnabled) {
            if (totpCode == null || totpCode.isBlank()) {
                return new LoginResult(LoginResult.Outcome.TOTP_REQUIRED, null, 0);
            }
            if (!acceptCode(em, u, db.decrypt(u.totpSecret, u.totpPlace()), totpCode.trim(), db.clock().millis() / 1000)) {
                return administrator ? new LoginResult(LoginResult.Outcome.TOTP_INVALID, null, 0)
                    : failed(em, u, now, LoginResult.Outcome.TOTP_INVALID);
            }
        }
        // Conditional UPDATEs, not changes to the managed entity: a sign-in does not bump the row's
        // version, so two sign-ins to one account at once both succeed (no optimistic-lock 409).
        int expiry = setup.config().passwordExpiryDays();
        boolean expired = expiry > 0 && u.passwordChangedAt.plusDays(expiry).isBefore(now);
        em.createQuery("update UserEntity u set u.failedAttempts = 0, u.lockedUntil = null, u.lastLoginAt = :now"
                        + (expired ? ", u.mustChangePassword = true" : "") + " where u.id = :id")
                .setParameter("now", now).setParameter("id", u.id).executeUpdate();
        em.refresh(u);
        return new LoginResult(LoginResult.Outcome.OK, Accounts.view(em, u, now), 0);
    }

    private static boolean administrator(EntityManager em, UserEntity u) {
        return !em.createQuery("select r.roleId from UserRoleEntity r where r.userId = :u and r.roleId in :admin", String.class)
                .setParameter("u", u.id).setParameter("admin", SeparationOfDuties.ADMIN_ROLES).getResultList().isEmpty();
    }

    /** A wrong password or one-time code: counts toward the lockout, whichever factor failed. */
    private LoginResult failed(EntityManager em, UserEntity u, LocalDateTime now, LoginResult.Outcome outcome) {
        // counted in the database, atomically: concurrent failures all count and none is a 409
        em.createQuery("update UserEntity u set u.failedAttempts = u.failedAttempts + 1 where u.id = :id")
                .setParameter("id", u.id).executeUpdate();
        int failures = em.createQuery("select u.failedAttempts from UserEntity u where u.id = :id", Integer.class)
                .setParameter("id", u.id).getSingleResult();
        if (failures >= setup.config().maxFailedLogins()) {
            em.createQuery("update UserEntity u set u.failedAttempts = 0, u.lockedUntil = :until where u.id = :id")
                    .setParameter("until", now.plusMinutes(setup.config().lockoutMinutes())).setParameter("id", u.id).executeUpdate();
            db.audit(em, Caller.system("login"), AuditAction.SECURITY, "user", u.id, "连续登录失败，锁定账号 " + u.username);
            return new LoginResult(LoginResult.Outcome.LOCKED, null, setup.config().lockoutMinutes());
        }
        return new LoginResult(outcome, null, 0);
    }

    /**
     * The one-time code, accepted at most once: the step it matched is stored only if it is newer than
     * the last one used, in one conditional UPDATE, so a replay (also one racing the first use) fails.
     */
    private static boolean acceptCode(EntityManager em, UserEntity u, String secret, String code, long epochSeconds) {
        java.util.OptionalLong step = org.xuncha.platform.security.internal.crypto.Totp.matchingStep(secret, code, epochSeconds);
        if (step.isEmpty()) {
            return false;
        }
        return em.createQuery("update UserEntity u set u.totpLastStep = :step where u.id = :id"
                        + " and (u.totpLastStep is null or u.totpLastStep < :step)")
                .setParameter("step", step.getAsLong()).setParameter("id", u.id).executeUpdate() == 1;
    }

    /** The enabled account with this name. */
    public Optional<UserView> activeUser(String username) {
        return db.read(em -> {
            UserEntity u = Accounts.byUsername(em, username);
            return u == null || !u.enabled ? Optional.<UserView>empty() : Optional.of(Accounts.view(em, u, db.now()));
        });
    }
}
