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
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.Store;
import org.xuncha.platform.security.internal.crypto.Totp;

/** The second factor (TOTP) of one's own account: set up, confirmed with a code, turned on or off. */
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
