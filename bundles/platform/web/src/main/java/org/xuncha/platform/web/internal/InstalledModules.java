package org.xuncha.platform.web.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.xuncha.platform.api.ModuleDescriptor;

/**
 * {@code GET /ui/installed}: which modules are installed, with a fingerprint that changes whenever
 * one comes, goes or is re-registered (updated). The console polls it every few seconds and reads
 * {@code /api/platform/modules} again only when the fingerprint changes. It lies outside {@code /api} so that
 * polling does not keep an idle session alive; it tells no more than the public health endpoint
 * (module ids and versions).
 *
 * <p>{@code revision} is the descriptor's service id: it changes when the module's bundle is updated
 * in place, so the console loads the new page script rather than the one it has in memory.
 */
@Component(service = Servlet.class, immediate = true)
@HttpWhiteboardServletPattern("/ui/installed")
@HttpWhiteboardServletName("xuncha-console-installed")
public class InstalledModules extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** One installed module as the console sees it. */
    record Installed(String id, String version, long revision) {
    }

    private final Map<ModuleDescriptor, Installed> modules = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    /** Tells this instance's counts from an earlier one's, e.g. after a restart. */
    private final String epoch = Long.toString(System.currentTimeMillis(), 36);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addModule(ModuleDescriptor descriptor, Map<String, Object> properties) {
        modules.put(descriptor, new Installed(descriptor.id(), descriptor.version(), (Long) properties.get(Constants.SERVICE_ID)));
        changes.incrementAndGet();
    }

    void removeModule(ModuleDescriptor descriptor) {
        modules.remove(descriptor);
        changes.incrementAndGet();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = json().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    String json() {
        String fingerprint = epoch + "-" + changes.get();
        Map<String, Installed> sorted = new TreeMap<>();
        modules.values().forEach(m -> sorted.put(m.id(), m));
        StringBuilder out = new StringBuilder("{\"fingerprint\":\"").append(fingerprint).append("\",\"modules\":[");
        String separator = "";
        for (Installed m : sorted.values()) {
            out.append(separator).append("{\"id\":").append(quote(m.id())).append(",\"version\":").append(quote(m.version()))
                    .append(",\"revision\":").append(m.revision()).append('}');
            separator = ",";
        }
        return out.append("]}").toString();
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
