package org.xuncha.platform.security.internal.account;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.SecurityDescriptor;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.Store;
import org.xuncha.platform.security.internal.crypto.Totp;

/** The second factor (TOTP) of one's own account: set up, confirmed with a code, turned on or off; reset by the security administrator. */
@Component(service = TotpService.class)
public class TotpService {

    /** A code as authenticator apps show it, with room for stray spaces; anything longer is no code. */
    static final int CODE_MAX = 10;

    private final ModuleStore db;
    private final SecuritySetup setup;
    private final CallerEpoch epoch;

    @Activate
    public TotpService(@Reference Store store, @Reference SecuritySetup setup, @Reference CallerEpoch epoch) {
        this.db = store.db();
        this.setup = setup;
        this.epoch = epoch;
    }

    /** Wrong codes when turning the factor on or off: throttled like sign-ins (maxFailedLogins per lockoutMinutes). */
    private final SecretAttempts wrongCodes = new SecretAttempts();

    /** Starts enrolment: a new secret (stored encrypted), not in force until confirmed with a code. */
    public Map<String, String> start(Caller caller) {
        String secret = Totp.newSecret(setup.random());
        db.write(em -> {
            UserEntity u = own(em, caller);
            if (u.totpEnabled) {
                throw ApiException.conflict("totp_enabled", "已启用动态口令，请先停用", "The second factor is already on; turn it off first");
            }
            u.totpSecret = db.encrypt(secret, u.totpPlace());
            db.audit(em, caller, AuditAction.SECURITY, "user", u.id, "开始绑定动态口令");
            return null;
        });
        String uri = "otpauth://totp/xuncha:" + caller.username() + "?secret=" + secret + "&issuer=xuncha";
        return Map.of("secret", secret, "otpauthUri", uri);
    }

    /** Turns the second factor on ({@code enable}) or off, proven by a current code. */
    public void confirm(Caller caller, String code, boolean enable) {
        new Checks().required("code", code, "动态口令", "code").maxLength("code", code, CODE_MAX, "动态口令", "code").throwIfInvalid();
        if (!enable && SecondFactorRule.administrator(db.read(em -> Accounts.view(em, own(em, caller), db.now())))) {
            throw new ApiException(403, "second_factor_mandatory", "系统管理员、安全保密管理员和安全审计员必须使用动态口令，不能停用",
                    "The three administrators must keep the second factor; it cannot be turned off");
        }
        wrongCodes.check(caller.userId(), setup.config().maxFailedLogins(), setup.config().lockoutMinutes() * 60_000L, db.clock().millis());
        db.write(em -> {
            UserEntity u = own(em, caller);
            if (u.totpSecret == null || !accept(u, db.decrypt(u.totpSecret, u.totpPlace()), code.trim(), db.clock().millis() / 1000)) {
                wrongCodes.failed(u.id, db.clock().millis());
                throw ApiException.validation(List.of(new FieldError("code", "wrong", "动态口令不正确", "The code is wrong")));
            }
            wrongCodes.succeeded(u.id);
            u.totpEnabled = enable;
            if (!enable) {
                u.totpSecret = null;
                u.totpLastStep = null;
            }
            db.audit(em, caller, AuditAction.SECURITY, "user", u.id, enable ? "启用动态口令" : "停用动态口令");
            return null;
        });
        // an administrator's enrolment-only session becomes a full one at its next request
        epoch.bump();
    }

    /**
     * The security administrator's answer to a lost authenticator: clears another account's second
     * factor (secret, last code step, on/off). An administrator's account must then enrol again at its
     * next sign-in (the factor is mandatory for it, {@link SecondFactorRule}); a business account signs
     * in with its password alone until it turns the factor on again. Never for oneself, and not for
     * the system administrator (security.roles.manage is the security administrator's alone), so
     * nobody removes a factor that protects their own account. The caller ends the account's sessions.
     */
    public UserView reset(Caller caller, long id) {
        caller.require(SecurityDescriptor.ROLES_MANAGE);
        if (id == caller.userId()) {
            throw ApiException.conflict("self", "不能重置自己账号的动态口令", "You cannot reset the second factor of your own account");
        }
        UserView v = db.write(em -> {
            UserEntity u = Accounts.find(em, id);
            if (!u.totpEnabled && u.totpSecret == null) {
                throw ApiException.conflict("no_second_factor", "该账号没有绑定动态口令", "This account has no second factor to reset");
            }
            UserView before = Accounts.view(em, u, db.now());
            u.totpEnabled = false;
            u.totpSecret = null;
            u.totpLastStep = null;
            db.audit(em, caller, AuditAction.SECURITY, "user", u.id, "重置动态口令 " + u.username + (SecondFactorRule.administrator(before)
                    ? "（认证器丢失；下次登录须重新绑定）" : "（认证器丢失；已停用动态口令）"));
            return Accounts.view(em, u, db.now());
        });
        epoch.bump();
        return v;
    }

    /** The id of the account with this name; 404 if there is none. */
    public long accountId(String username) {
        return db.read(em -> {
            UserEntity u = Accounts.byUsername(em, username);
            if (u == null) {
                throw ApiException.notFound("账号", "account", username);
            }
            return u.id;
        });
    }

    /**
     * Whether {@code code} is right at {@code epochSeconds} for the account's secret and newer than the
     * last code accepted for it, which it then becomes: a code seen on the wire or over a shoulder
     * cannot be used a second time.
     */
    static boolean accept(UserEntity u, String secret, String code, long epochSeconds) {
        OptionalLong step = Totp.matchingStep(secret, code, epochSeconds);
        if (step.isEmpty() || (u.totpLastStep != null && step.getAsLong() <= u.totpLastStep)) {
            return false;
        }
        u.totpLastStep = step.getAsLong();
        return true;
    }

    private static UserEntity own(javax.persistence.EntityManager em, Caller caller) {
        UserEntity u = em.find(UserEntity.class, caller.userId());
        if (u == null) {
            throw ApiException.unauthenticated();
        }
        return u;
    }
}
