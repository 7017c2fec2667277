package org.xuncha.platform.security.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.security.internal.SecuritySetup;

/**
 * Every response, API or page, carries the security headers; a request body over the limit is
 * refused before anything reads it, or, when its length is not declared (chunked), as soon as
 * reading passes the limit; the client address is kept for the audit trail.
 *
 * <p>Named explicitly: Pax Web names an unnamed filter after its service interface, so any other
 * unnamed filter registered first in the same context would leave this one unregistered (a logged
 * "name conflict"), and every page and API answer without its security headers.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/*")
// every context, not only the default one: a bundle may register servlets in a context of its own
@HttpWhiteboardContextSelect("(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=*)")
@HttpWhiteboardFilterName("xuncha-security-headers")
public class SecurityHeadersFilter implements Filter {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private final SecuritySetup setup;
    private final Transport transport;

    @Activate
    public SecurityHeadersFilter(@Reference SecuritySetup setup, @Reference Transport transport) {
        this.setup = setup;
        this.transport = transport;
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
        // with HTTPS on, plain HTTP from another machine only redirects (308 keeps the method and body)
        String https = transport.redirect(request.isSecure(), request.getRemoteAddr(), request.getHeader("Host"),
                request.getRequestURI(), request.getQueryString());
        if (https != null) {
            response.setStatus(308);
            response.setHeader("Location", https);
            return;
        }
        if (request.getRequestURI().startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        long max = setup.config().maxRequestBytes();
        if (request.getContentLengthLong() > max) {
            response.setStatus(413);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(tooLarge(max).getBytes(StandardCharsets.UTF_8));
            return;
        }
        // A body of unknown length (chunked) is counted as it is read.
        ServletRequest limited = request.getContentLengthLong() < 0 ? new LimitedRequest(request, max) : request;
        RequestInfo.set(request.getRemoteAddr());
        try {
            chain.doFilter(limited, res);
        } finally {
            RequestInfo.clear();
        }
    }

    private static String tooLarge(long max) {
        return "{\"code\":\"too_large\",\"message\":\"" + tooLargeZh(max) + "\",\"messageEn\":\"" + tooLargeEn(max) + "\",\"fields\":[]}";
    }

    private static String tooLargeZh(long max) {
        return "请求内容过大（上限" + max / 1024 + "KB）";
    }

    private static String tooLargeEn(long max) {
        return "Request body too large (limit " + max / 1024 + " KB)";
    }

    /** Refuses to read past the limit; the error mapper turns the refusal into a 413. */
    static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream in;

        LimitedRequest(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                ServletInputStream raw = super.getInputStream();
                in = new ServletInputStream() {
                    private long count;

                    @Override
                    public int read() throws IOException {
                        int b = raw.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = raw.read(buf, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) {
                        count += n;
                        if (count > max) {
                            throw new ApiException(413, "too_large", tooLargeZh(max), tooLargeEn(max));
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return raw.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return raw.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        raw.setReadListener(listener);
                    }
                };
            }
            return in;
        }
    }
}
