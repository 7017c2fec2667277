package org.xuncha.platform.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The console's page at {@code /} and at every console route ({@code /reference/units},
 * {@code /example/notes}, ...): the browser's router takes it from there, so a bookmarked or
 * reloaded route opens the right page. Registered as the default servlet ({@code /}), it gets only
 * what no other servlet claims: {@code /api/*} stays the JAX-RS application's and {@code /ui/*} the
 * static files'. A path that names a file (it has an extension) is a missing file, not a route.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardServletName("xuncha-console")
public class ConsoleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String INDEX = "/webroot/index.html";

    private final byte[] index = read(INDEX);

    /** What a path gets. */
    enum Answer { PAGE, NOT_FOUND }

    static Answer answer(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return Answer.PAGE;
        }
        if (path.equals("/api") || path.startsWith("/api/") || path.equals("/ui") || path.startsWith("/ui/")) {
            return Answer.NOT_FOUND;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") ? Answer.NOT_FOUND : Answer.PAGE;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (answer(path) == Answer.NOT_FOUND || index == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        // The page names the content-hashed shell files; it must be fetched anew after an upgrade.
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(index.length);
        response.getOutputStream().write(index);
    }

    /** The built page; null when the bundle was built without its console (-Dxuncha.ui.skip). */
    private static byte[] read(String resource) {
        try (InputStream in = ConsoleServlet.class.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
