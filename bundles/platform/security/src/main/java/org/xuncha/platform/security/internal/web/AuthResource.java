package org.xuncha.platform.security.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;

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
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.PublicEndpoint;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.account.PasswordService;
import org.xuncha.platform.security.internal.account.SecondFactorRule;
import org.xuncha.platform.security.internal.account.TotpService;

/** /api/auth: sign in and out, who am I, change my password, my second factor. */
@Component(service = AuthResource.class, immediate = true)
@ModuleResource(Rest.PLATFORM)
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final SignInService signIns;
    private final PasswordService passwords;
    private final TotpService totp;
    private final Transport transport;

    @Activate
    public AuthResource(@Reference SignInService signIns, @Reference PasswordService passwords, @Reference TotpService totp,
                        @Reference Transport transport) {
        this.transport = transport;
        this.signIns = signIns;
        this.passwords = passwords;
        this.totp = totp;
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
        LoginRequest b = required(body);
        SignInService.SignedIn in = signIns.signIn(b.username(), b.password(), b.totp(), http.getRemoteAddr());
        boolean secure = transport.secureCookies(http.isSecure(), http.getRemoteAddr(), http.getHeader("X-Forwarded-Proto"));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("user", in.user());
        result.put("mustChangePassword", in.user().mustChangePassword());
        // an administrator without the second factor: this session may only enrol it (then it is a full one)
        result.put("secondFactorEnrolmentRequired", SecondFactorRule.mustEnrol(in.user()));
        return Response.ok(result).header("Set-Cookie", Cookies.session(in.sessionToken(), secure))
                .header("Set-Cookie", Cookies.csrf(in.csrfToken(), secure)).build();
    }

    @POST
    @Path("logout")
    @RequiresPermission(value = Caller.AUTHENTICATED, scope = RequiresPermission.Scope.SELF)
    public Response logout(@Context SecurityContext sc, @Context HttpHeaders headers, @Context HttpServletRequest http) {
        signIns.signOut(Caller.of(sc), Cookies.read(headers.getHeaderString(HttpHeaders.COOKIE), Cookies.SESSION));
        boolean secure = transport.secureCookies(http.isSecure(), http.getRemoteAddr(), http.getHeader("X-Forwarded-Proto"));
        return Response.noContent().header("Set-Cookie", Cookies.expire(Cookies.SESSION, secure))
                .header("Set-Cookie", Cookies.expire(Cookies.CSRF, secure)).build();
    }

    @GET
    @Path("me")
    @RequiresPermission(value = Caller.AUTHENTICATED, scope = RequiresPermission.Scope.SELF)
    public Map<String, Object> me(@Context SecurityContext sc, @Context HttpServletRequest http) {
        return signIns.me(Caller.of(sc), (SessionManager.Session) http.getAttribute(SessionManager.Session.class.getName()));
    }

    @POST
    @Path("password")
    @RequiresPermission(value = Caller.AUTHENTICATED, scope = RequiresPermission.Scope.SELF)
    public Response changePassword(@Context SecurityContext sc, PasswordChange body) {
        PasswordChange b = required(body);
        passwords.change(Caller.of(sc), b.oldPassword(), b.newPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("totp/setup")
    @RequiresPermission(value = Caller.AUTHENTICATED, scope = RequiresPermission.Scope.SELF)
    public Map<String, String> totpSetup(@Context SecurityContext sc) {
        return totp.start(Caller.of(sc));
    }

    @POST
    @Path("totp/enable")
    @RequiresPermission(value = Caller.AUTHENTICATED, scope = RequiresPermission.Scope.SELF)
    public Response totpEnable(@Context SecurityContext sc, TotpCode body) {
        totp.confirm(Caller.of(sc), required(body).code(), true);
        return Response.noContent().build();
    }

    @POST
    @Path("totp/disable")
    @RequiresPermission(value = Caller.AUTHENTICATED, scope = RequiresPermission.Scope.SELF)
    public Response totpDisable(@Context SecurityContext sc, TotpCode body) {
        totp.confirm(Caller.of(sc), required(body).code(), false);
        return Response.noContent().build();
    }

    static <T> T required(T body) {
        if (body == null) {
            throw ApiException.badRequest("empty_body", "请求内容为空", "The request body is empty");
        }
        return body;
    }
}
