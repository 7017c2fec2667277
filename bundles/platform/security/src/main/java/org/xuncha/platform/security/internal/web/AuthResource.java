package org.xuncha.platform.security.internal.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.PublicEndpoint;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.account.AccountService;

/** /api/auth: sign in and out, who am I, change my password, my second factor. */
@Component(service = AuthResource.class, immediate = true)
@ModuleResource(Rest.PLATFORM)
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private static final String MODULE = SecuritySetup.MODULE;

    private final AccountService accounts;
    private final SessionManager sessions;
    private final AuditTrail audit;
    private final SecuritySetup setup;
    private final Clock clock;
    private final LoginThrottle throttle = new LoginThrottle();

    @Activate
    public AuthResource(@Reference AccountService accounts, @Reference SessionManager sessions, @Reference AuditTrail audit,
                        @Reference SecuritySetup setup, @Reference Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.setup = setup;
        this.clock = clock;
    }

    /** Login body. {@code totp} only when the account has the second factor on. */
    public record LoginRequest(String username, String password, String totp) {
    }

    public record PasswordChange(String oldPassword, String newPassword) {
    }

    public record TotpCode(String code) {
    }

    @POST
    @Path("login")
    @PublicEndpoint("signing in")
    public Response login(LoginRequest body, @Context HttpServletRequest http) {
        new Checks().required("username", body.username(), "用户名", "username").maxLength("username", body.username(), 50, "用户名", "username")
                .required("password", body.password(), "密码", "password").maxLength("password", body.password(), 128, "密码", "password")
                .throwIfInvalid();
        if (!throttle.allow(http.getRemoteAddr(), setup.config().loginAttemptsPerMinute(), clock.millis())) {
            throw new ApiException(429, "too_many_attempts", "登录尝试过于频繁，请一分钟后再试", "Too many login attempts; try again in a minute");
        }
        String username = body.username().trim();
        AccountService.LoginResult r = accounts.authenticate(username, body.password().toCharArray(), body.totp());
        Caller who = r.user() == null ? anonymous(username) : new Caller(r.user().id(), r.user().username(), r.user().displayName(),
                r.user().divisionCode(), r.user().personId(), r.user().roles(), Set.of(), DataScope.everything());
        switch (r.outcome()) {
            case OK -> {
                audit.record(who, AuditEntry.of(AuditAction.LOGIN, MODULE, "user", r.user().id(), "登录成功"));
                String[] tokens = sessions.open(r.user());
                boolean secure = http.isSecure();
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("user", r.user());
                result.put("mustChangePassword", r.user().mustChangePassword());
                return Response.ok(result).header("Set-Cookie", Cookies.session(tokens[0], secure))
                        .header("Set-Cookie", Cookies.csrf(tokens[1], secure)).build();
            }
            case LOCKED -> {
                audit.record(who, AuditEntry.of(AuditAction.LOGIN_FAILED, MODULE, "user", null, "账号已锁定，登录被拒"));
                throw new ApiException(423, "locked", "登录失败次数过多，账号已锁定，请" + r.lockedMinutes() + "分钟后再试或联系系统管理员",
                        "Too many failed logins: the account is locked for " + r.lockedMinutes() + " minutes, or ask the administrator");
            }
            case DISABLED -> {
                audit.record(who, AuditEntry.of(AuditAction.LOGIN_FAILED, MODULE, "user", null, "账号已停用，登录被拒"));
                throw new ApiException(403, "disabled", "账号已停用，请联系系统管理员", "The account is disabled; ask the administrator");
            }
            case TOTP_REQUIRED -> throw new ApiException(401, "totp_required", "请输入动态口令", "Enter the one-time code from your authenticator");
            case TOTP_INVALID -> {
                audit.record(who, AuditEntry.of(AuditAction.LOGIN_FAILED, MODULE, "user", null, "动态口令错误"));
                throw new ApiException(401, "totp_invalid", "动态口令不正确", "The one-time code is wrong");
            }
            default -> {
                audit.record(who, AuditEntry.of(AuditAction.LOGIN_FAILED, MODULE, "user", null, "用户名或密码错误"));
                throw new ApiException(401, "bad_credentials", "用户名或密码错误", "Wrong username or password");
            }
        }
    }

    private static Caller anonymous(String username) {
        String name = username.length() > 50 ? username.substring(0, 50) : username;
        return new Caller(0, name, name, null, null, Set.of(), Set.of(), DataScope.everything());
    }

    @POST
    @Path("logout")
    @RequiresPermission(value = Caller.AUTHENTICATED, scope = RequiresPermission.Scope.SELF)
    public Response logout(@Context SecurityContext sc, @Context HttpHeaders headers, @Context HttpServletRequest http) {
        Caller caller = Caller.of(sc);
        sessions.close(Cookies.read(headers.getHeaderString(HttpHeaders.COOKIE), Cookies.SESSION));
        audit.record(caller, AuditEntry.of(AuditAction.LOGOUT, MODULE, "user", caller.userId(), "退出登录"));
        return Response.noContent().header("Set-Cookie", Cookies.expire(Cookies.SESSION, http.isSecure()))
                .header("Set-Cookie", Cookies.expire(Cookies.CSRF, http.isSecure())).build();
    }

    @GET
    @Path("me")
    @RequiresPermission(value = Caller.AUTHENTICATED, scope = RequiresPermission.Scope.SELF)
    public Map<String, Object> me(@Context SecurityContext sc, @Context HttpServletRequest http) {
        Caller caller = Caller.of(sc);
        SessionManager.Session s = (SessionManager.Session) http.getAttribute(SessionManager.Session.class.getName());
        AccountService.UserView user = accounts.activeUser(caller.username()).orElseThrow(ApiException::unauthenticated);
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("user", user);
        me.put("roles", caller.roles());
        me.put("permissions", new TreeSet<>(caller.permissions()));
        me.put("mustChangePassword", s != null && s.mustChangePassword());
        me.put("divisions", caller.scope().allDivisions() ? null : new TreeSet<>(caller.scope().divisions()));
        me.put("groupLimited", caller.scope().groupLimited());
        return me;
    }

    @POST
    @Path("password")
    @RequiresPermission(value = Caller.AUTHENTICATED, scope = RequiresPermission.Scope.SELF)
    public Response changePassword(@Context SecurityContext sc, PasswordChange body) {
        accounts.changePassword(Caller.of(sc), body.oldPassword(), body.newPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("totp/setup")
    @RequiresPermission(value = Caller.AUTHENTICATED, scope = RequiresPermission.Scope.SELF)
    public Map<String, String> totpSetup(@Context SecurityContext sc) {
        return accounts.startTotp(Caller.of(sc));
    }

    @POST
    @Path("totp/enable")
    @RequiresPermission(value = Caller.AUTHENTICATED, scope = RequiresPermission.Scope.SELF)
    public Response totpEnable(@Context SecurityContext sc, TotpCode body) {
        accounts.confirmTotp(Caller.of(sc), body.code(), true);
        return Response.noContent().build();
    }

    @POST
    @Path("totp/disable")
    @RequiresPermission(value = Caller.AUTHENTICATED, scope = RequiresPermission.Scope.SELF)
    public Response totpDisable(@Context SecurityContext sc, TotpCode body) {
        accounts.confirmTotp(Caller.of(sc), body.code(), false);
        return Response.noContent().build();
    }
}
