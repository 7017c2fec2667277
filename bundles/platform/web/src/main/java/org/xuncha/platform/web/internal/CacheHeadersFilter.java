package org.xuncha.platform.web.internal;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Caching of the console's files, module pages included. The shell's files carry a content hash in
 * their names and never change; everything else keeps its name across versions (shared libraries,
 * module entries), so the browser revalidates it on every load and a module update shows at once.
 *
 * <p>Named: Pax Web names an unnamed filter after its service interface, and a second unnamed filter
 * in the same context is then left unregistered ("name conflict") without failing anything.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/ui/*")
@HttpWhiteboardFilterName("xuncha-console-cache")
public class CacheHeadersFilter implements Filter {

    static final String HASHED = "/ui/shell/assets/";

    static String cacheControl(String path) {
        return path.startsWith(HASHED) ? "public, max-age=31536000, immutable" : "no-cache";
    }

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        ((HttpServletResponse) res).setHeader("Cache-Control",
                cacheControl(request.getRequestURI().substring(request.getContextPath().length())));
        chain.doFilter(req, res);
    }

    @Override
    public void destroy() {
        // nothing held
    }
}
