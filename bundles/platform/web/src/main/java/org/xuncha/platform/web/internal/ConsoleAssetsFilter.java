package org.xuncha.platform.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Caching and compression of the console's files, module pages included.
 *
 * <p>Caching: files with a content hash in their names (the shell's assets, the shared libraries'
 * chunks) never change and are kept for a year; everything else keeps its name across versions (the
 * libraries' stable entry names, which only re-export their hashed files, module entries), so the
 * browser revalidates it on every load and a module update shows at once.
 *
 * <p>Compression: the build writes {@code .br} and {@code .gz} copies of this bundle's files
 * (vite/assets.mjs); this filter sends one when the browser accepts it. Pax Web's resource servlet
 * (Jetty's DefaultServlet) does not offer its "precompressed" option through the whiteboard, and
 * compressing per request (a Jetty GzipHandler) would spend the CPU on every first load that the
 * build spends once. Module bundles' files are not precompressed: they pass through unchanged.
 *
 * <p>Named: Pax Web names an unnamed filter after its service interface, and a second unnamed filter
 * in the same context is then left unregistered ("name conflict") without failing anything.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/ui/*")
@HttpWhiteboardFilterName("xuncha-console-cache")
public class ConsoleAssetsFilter implements Filter {

    static final List<String> HASHED = List.of("/ui/shell/assets/", "/ui/lib/chunks/");
    /** Encodings this filter sends, best first, with the file suffix the build writes for each. */
    private static final Map<String, String> SUFFIXES = Map.of("br", ".br", "gzip", ".gz");
    private static final List<String> PREFERENCE = List.of("br", "gzip");
    private static final Map<String, String> TYPES = Map.of(
            ".js", "text/javascript;charset=utf-8", ".css", "text/css;charset=utf-8",
            ".html", "text/html;charset=utf-8", ".svg", "image/svg+xml", ".json", "application/json", ".map", "application/json");

    private final Bundle bundle;

    @Activate
    public ConsoleAssetsFilter(BundleContext context) {
        this.bundle = context.getBundle();
    }

    static String cacheControl(String path) {
        return HASHED.stream().anyMatch(path::startsWith) ? "public, max-age=31536000, immutable" : "no-cache";
    }

    /**
     * The encoding to send for an {@code Accept-Encoding} header: brotli before gzip whatever the
     * order (both are the same bytes uncompressed), an encoding with {@code q=0} never, none when
     * neither is accepted. {@code *} accepts both.
     */
    static String encoding(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return null;
        }
        Map<String, Boolean> accepted = new java.util.HashMap<>();
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] fields = part.trim().split(";");
            boolean refused = false;
            for (int i = 1; i < fields.length; i++) {
                String f = fields[i].trim().replace(" ", "");
                if (f.startsWith("q=")) {
                    try {
                        refused = Double.parseDouble(f.substring(2)) <= 0;
                    } catch (NumberFormatException e) {
                        refused = true; // a malformed weight accepts nothing we could rely on
                    }
                }
            }
            accepted.put(fields[0].trim(), !refused);
        }
        return PREFERENCE.stream()
                .filter(e -> accepted.getOrDefault(e, accepted.getOrDefault("*", false)))
                .findFirst().orElse(null);
    }

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Cache-Control", cacheControl(path));
        String type = typeOf(path);
        if (type != null) {
            // the same URL answers in different encodings: caches must key on the header
            response.setHeader("Vary", "Accept-Encoding");
            String encoding = encoding(request.getHeader("Accept-Encoding"));
            boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
            URL packed = read && encoding != null && !path.contains("..") ? bundle.getEntry("/webroot" + path + SUFFIXES.get(encoding)) : null;
            if (packed != null) {
                send(packed, encoding, type, request, response);
                return;
            }
        }
        chain.doFilter(req, res);
    }

    private void send(URL packed, String encoding, String type, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        URLConnection connection = packed.openConnection();
        long length = connection.getContentLengthLong();
        // the bundle's last change stands for the file's: an update replaces every file at once
        String etag = "\"" + Long.toHexString(bundle.getLastModified()) + "-" + Long.toHexString(length) + "-" + encoding + "\"";
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(type);
        response.setHeader("Content-Encoding", encoding);
        response.setContentLengthLong(length);
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (InputStream in = connection.getInputStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    private static String typeOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(path.substring(dot));
    }

    @Override
    public void destroy() {
        // nothing held
    }
}
