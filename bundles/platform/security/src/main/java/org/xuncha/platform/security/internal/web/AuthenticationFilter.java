package org.xuncha.platform.security.internal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;

/**
 * Finds the session behind the request's cookie and attaches its {@link Caller} as the request's
 * principal; the platform's permission gate then decides. Writes must echo the CSRF token. Until a
 * forced password change is done, and until an administrator has enrolled the second factor,
 * the session may only manage its own account. Pre-matching, so
 * it runs before any authorisation filter.
 */
@Component(service = ContainerRequestFilter.class, property = "xuncha.extension=authentication")
@PreMatching
public class AuthenticationFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final SessionManager sessions;

    @Activate
    public AuthenticationFilter(@Reference SessionManager sessions) {
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String token = Cookies.read(request.getHeaderString(HttpHeaders.COOKIE), Cookies.SESSION);
        SessionManager.Session session = sessions.find(token);
        if (session == null) {
            return;
        }
        if (!SAFE.contains(request.getMethod())) {
            String sent = request.getHeaderString(Rest.CSRF_HEADER);
            if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.US_ASCII), session.csrf().getBytes(StandardCharsets.US_ASCII))) {
                throw new ApiException(403, "csrf", "请求缺少有效的防伪令牌，请刷新页面后重试",
                        "The request lacks a valid CSRF token; reload the page and try again");
            }
        }
        Caller caller = sessions.caller(session);
        if (caller == null) {
            return;
        }
        // the whole path: each module has a server of its own, so a path relative to it could be "auth/..." too
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (session.mustChangePassword() && !path.startsWith(Rest.BASE + "/auth/")) {
            throw new ApiException(403, "password_change_required", "请先修改初始密码或已过期的密码",
                    "Change your initial or expired password first");
        }
        // (the public health check stays public: it tells nothing about the account)
        if (session.enrolmentRequired() && !path.startsWith(Rest.BASE + "/auth/") && !path.equals(Rest.BASE + "/health")) {
            throw new ApiException(403, "second_factor_enrolment_required", "管理员须先绑定动态口令（双因素认证）后才能继续操作",
                    "An administrator must enrol the second factor (one-time codes) before anything else");
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(caller.securityContext(secure, "SESSION"));
        RequestInfo.setCaller(caller);
        request.setProperty(SessionManager.Session.class.getName(), session);
    }
}
