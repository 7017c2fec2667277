package org.xuncha.platform.security.internal.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.Store;
import org.xuncha.platform.security.internal.account.LoginResult;
import org.xuncha.platform.security.internal.account.LoginService;
import org.xuncha.platform.security.internal.account.SecondFactorRule;
import org.xuncha.platform.security.internal.account.UserView;

/**
 * Web sign-in and sign-out: the rate limit per client address, the check, the answer for each
 * outcome, the audit record of every attempt, and the session. The resource only turns the result
 * into cookies.
 */
@Component(service = SignInService.class)
public class SignInService {

    /** Column lengths: usernames as {@code xc_user.username}, passwords as the policy's limit, codes with room for spaces. */
    static final int USERNAME_MAX = 50;
    static final int PASSWORD_MAX = 128;
    static final int CODE_MAX = 10;

    private final LoginService logins;
    private final SessionManager sessions;
    private final SecuritySetup setup;
    private final ModuleStore db;
    private final Clock clock;
    private final LoginThrottle throttle = new LoginThrottle();

    @Activate
    public SignInService(@Reference LoginService logins, @Reference SessionManager sessions, @Reference SecuritySetup setup,
                         @Reference Store store, @Reference Clock clock) {
        this.logins = logins;
        this.sessions = sessions;
        this.setup = setup;
        this.db = store.db();
        this.clock = clock;
    }

    /** A signed-in account and its new session's tokens. */
    public record SignedIn(UserView user, String sessionToken, String csrfToken) {
    }

    /** @throws ApiException 400 for a malformed request, 429 over the rate limit, 401/403/423 for each refusal */
    public SignedIn signIn(String username, String password, String totp, String clientAddress) {
        new Checks().required("username", username, "用户名", "username").maxLength("username", username, USERNAME_MAX, "用户名", "username")
                .required("password", password, "密码", "password").maxLength("password", password, PASSWORD_MAX, "密码", "password")
                .maxLength("totp", totp, CODE_MAX, "动态口令", "one-time code")
                .throwIfInvalid();
        if (!throttle.allow(clientAddress, setup.config().loginAttemptsPerMinute(), clock.millis())) {
            throw new ApiException(429, "too_many_attempts", "登录尝试过于频繁，请一分钟后再试", "Too many login attempts; try again in a minute");
        }
        String name = username.trim();
        LoginResult r = logins.authenticate(name, password.toCharArray(), totp, clientAddress);
        Caller who = r.user() == null ? anonymous(name) : new Caller(r.user().id(), r.user().username(), r.user().displayName(),
                r.user().divisionCode(), r.user().personId(), r.user().roles(), Set.of(), DataScope.everything());
        switch (r.outcome()) {
            case OK -> {
                db.audit(who, AuditAction.LOGIN, "user", r.user().id(), "登录成功");
                String[] tokens = sessions.open(r.user());
                return new SignedIn(r.user(), tokens[0], tokens[1]);
            }
            case LOCKED -> {
                db.audit(who, AuditAction.LOGIN_FAILED, "user", null, "账号已锁定，登录被拒");
                throw new ApiException(423, "locked", "登录失败次数过多，账号已锁定，请" + r.lockedMinutes() + "分钟后再试或联系系统管理员",
                        "Too many failed logins: the account is locked for " + r.lockedMinutes() + " minutes, or ask the administrator");
            }
            case DELAYED -> {
                db.audit(who, AuditAction.LOGIN_FAILED, "user", null, "管理员账号登录失败过多，本次尝试被延迟");
                throw new ApiException(429, "login_delayed", "登录失败次数过多，请" + r.retryAfterSeconds() + "秒后再试",
                        "Too many failed logins from here: try again in " + r.retryAfterSeconds() + " s");
            }
            case DISABLED -> {
                db.audit(who, AuditAction.LOGIN_FAILED, "user", null, "账号已停用，登录被拒");
                throw new ApiException(403, "disabled", "账号已停用，请联系系统管理员", "The account is disabled; ask the administrator");
            }
            case TOTP_REQUIRED -> throw new ApiException(401, "totp_required", "请输入动态口令", "Enter the one-time code from your authenticator");
            case TOTP_INVALID -> {
                db.audit(who, AuditAction.LOGIN_FAILED, "user", null, "动态口令错误");
                throw new ApiException(401, "totp_invalid", "动态口令不正确", "The one-time code is wrong");
            }
            default -> {
                db.audit(who, AuditAction.LOGIN_FAILED, "user", null, "用户名或密码错误");
                throw new ApiException(401, "bad_credentials", "用户名或密码错误", "Wrong username or password");
            }
        }
    }

    /** Ends the session of this token (if it is one) and records the sign-out. */
    public void signOut(Caller caller, String sessionToken) {
        sessions.close(sessionToken);
        db.audit(caller, AuditAction.LOGOUT, "user", caller.userId(), "退出登录");
    }

    /** Who is signed in, with what they may do and see, as the console starts from it. */
    public Map<String, Object> me(Caller caller, SessionManager.Session session) {
        UserView user = logins.activeUser(caller.username()).orElseThrow(ApiException::unauthenticated);
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("user", user);
        me.put("roles", caller.roles());
        me.put("permissions", new TreeSet<>(caller.permissions()));
        me.put("mustChangePassword", session != null && session.mustChangePassword());
        me.put("secondFactorEnrolmentRequired", SecondFactorRule.mustEnrol(user));
        me.put("divisions", caller.scope().allDivisions() ? null : new TreeSet<>(caller.scope().divisions()));
        me.put("groupLimited", caller.scope().groupLimited());
        return me;
    }

    /** An attempt for an account that may not exist, recorded under the name tried. */
    private static Caller anonymous(String username) {
        return new Caller(0, username, username, null, null, Set.of(), Set.of(), DataScope.everything());
    }
}
