package org.xuncha.platform.security.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.xuncha.platform.security.internal.SecuritySetup;

/**
 * Every response, API or page, carries the security headers; oversized request bodies are refused
 * before anything reads them; the client address is kept for the audit trail.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/*")
public class SecurityHeadersFilter implements Filter {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private final SecuritySetup setup;

    @Activate
    public SecurityHeadersFilter(@Reference SecuritySetup setup) {
        this.setup = setup;
    }

    @Override
    public void init(javax.servlet.FilterConfig config) {
        // nothing to set up: the configuration comes from SecuritySetup
    }

    @Override
    public void destroy() {
        // nothing held
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (request.getRequestURI().startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        long max = setup.config().maxRequestBytes();
        if (request.getContentLengthLong() > max) {
            response.setStatus(413);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(("{\"code\":\"too_large\",\"message\":\"请求内容过大（上限" + (max / 1024 / 1024)
                    + "MB）\",\"messageEn\":\"Request body too large (limit " + (max / 1024 / 1024) + " MB)\",\"fields\":[]}")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        RequestInfo.set(request.getRemoteAddr());
        try {
            chain.doFilter(req, res);
        } finally {
            RequestInfo.clear();
        }
    }
}
