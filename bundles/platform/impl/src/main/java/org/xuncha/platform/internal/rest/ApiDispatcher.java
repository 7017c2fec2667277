package org.xuncha.platform.internal.rest;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.xuncha.platform.api.StartRefusal;
import org.xuncha.platform.api.rest.ErrorBody;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.internal.registry.Readiness;
import org.xuncha.platform.internal.modules.ModuleManager;

/**
 * The one servlet behind {@code /api}: hands {@code /api/<id>/...} to module {@code id}'s server
 * and everything else to the platform's. Registered once; modules coming and going change only the
 * table it reads, never the web server, so no other module's requests are ever disturbed.
 *
 * <p>For a module that has no server in service it answers itself: 503 with {@code Retry-After}
 * while the module is installed (being installed, updated, started or stopped), 404
 * {@code module_not_installed} when it is available but not installed. The answer is the same for
 * everyone, before authentication: it tells nothing about the data. While a part of the platform
 * refuses to start ({@link StartRefusals}), {@code /api/health} answers 503 {@code REFUSED} with the
 * reasons, and every other path 503 with the first one. While the platform's own server is not in
 * service, {@code /api/health} answers 503 {@code STARTING} naming it ({@link Readiness#unserved()}).
 *
 * <p>It must come up while the security bundle refuses to start, to say so: it therefore references
 * nothing that needs that bundle. The module manager needs the audit trail, so it is optional here
 * (without it a module path answers 503 {@code module_unavailable}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(Rest.BASE + "/*")
@HttpWhiteboardServletName("xuncha-api")
public class ApiDispatcher extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int RETRY_AFTER_SECONDS = 2;

    /**
     * The module server handling the request on this thread (null for the platform's), so the error
     * mapper can tell a failure caused by the module going away (503) from a real one (500). A
     * thread local rather than a service the mapper references: the mapper is one of the extensions
     * every server is built with, and a reference back to the servers would be a cycle.
     */
    private static final ThreadLocal<ModuleServer> CURRENT = new ThreadLocal<>();

    private final transient ModuleApplications applications;
    private final transient StartRefusals refusals;
    /** Null while the security bundle, whose audit trail it needs, is not in service. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile ModuleManager modules;

    @Activate
    public ApiDispatcher(@Reference ModuleApplications applications, @Reference StartRefusals refusals) {
        this.applications = applications;
        this.refusals = refusals;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        applications.attach(config.getServletContext());
    }

    @Override
    public void destroy() {
        applications.detach();
        super.destroy();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        String rest = pathInfo.startsWith("/") ? pathInfo.substring(1) : pathInfo;
        int slash = rest.indexOf('/');
        String module = slash < 0 ? rest : rest.substring(0, slash);
        if (refused(response, pathInfo)) {
            return;
        }
        if (module.isEmpty() || Rest.RESERVED_SEGMENTS.contains(module)) {
            serve(Rest.PLATFORM, request, response, Rest.BASE, pathInfo);
            return;
        }
        if (applications.server(module) != null) {
            serve(module, request, response, Rest.BASE + "/" + module, slash < 0 ? "" : rest.substring(slash));
            return;
        }
        ModuleManager manager = modules;
        if (applications.state(module) != null || manager == null) {
            unavailable(response, module);
            return;
        }
        switch (manager.availability(module)) {
            case INSTALLED -> unavailable(response, module);
            case NOT_INSTALLED -> write(response, 404, new ErrorBody("module_not_installed",
                    "模块 " + module + " 未安装，请联系系统管理员", "Module " + module + " is not installed; ask the system administrator", null));
            default -> serve(Rest.PLATFORM, request, response, Rest.BASE, pathInfo);
        }
    }

    private void serve(String module, HttpServletRequest request, HttpServletResponse response, String servletPath,
                       String pathInfo) throws ServletException, IOException {
        ModuleServer server = applications.server(module);
        try {
            // a server replaced by a newer one of the same module between the lookup and the call (a resource or an
            // extension joined) refuses the request untouched: it goes to the replacement, so a swap costs no 503
            for (int tries = 0; server != null && tries < 3; tries++) {
                CURRENT.set(Rest.PLATFORM.equals(module) ? null : server);
                if (!server.withdrawn() && server.serve(new Rebased(request, servletPath, pathInfo.isEmpty() ? null : pathInfo), response)) {
                    return;
                }
                ModuleServer next = applications.server(module);
                server = next == server ? null : next;
            }
        } finally {
            CURRENT.remove();
        }
        if (Rest.PLATFORM.equals(module) && "/health".equals(pathInfo)) {
            // health is served by the platform's application, which is not in service: say so in health's own words
            response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            response.setStatus(503);
            response.setContentType(Rest.JSON);
            JsonProvider.MAPPER.writeValue(response.getOutputStream(), Readiness.unserved());
            return;
        }
        unavailable(response, module);
    }

    /** What health and every other path answer while a part of the platform refuses to start; false if none does. */
    private boolean refused(HttpServletResponse response, String pathInfo) throws IOException {
        List<StartRefusal> why = refusals.current();
        if (why.isEmpty()) {
            return false;
        }
        response.setStatus(503);
        response.setContentType(Rest.JSON);
        if ("/health".equals(pathInfo)) {
            Map<String, Object> health = new LinkedHashMap<>();
            health.put("status", "REFUSED");
            health.put("refusals", why.stream().map(r -> new ErrorBody(r.code(), r.messageZh(), r.messageEn(), null)).toList());
            JsonProvider.MAPPER.writeValue(response.getOutputStream(), health);
        } else {
            StartRefusal first = why.get(0);
            JsonProvider.MAPPER.writeValue(response.getOutputStream(), new ErrorBody(first.code(), first.messageZh(), first.messageEn(), null));
        }
        return true;
    }

    /** The module whose server handles the current request if that server is being withdrawn, else null. */
    static String currentModuleWithdrawn() {
        ModuleServer server = CURRENT.get();
        return server != null && server.withdrawn() ? server.moduleId() : null;
    }

    static ErrorBody unavailableBody(String module) {
        return new ErrorBody("module_unavailable", "模块 " + module + " 正在安装、更新或启动，请稍后重试",
                "Module " + module + " is being installed, updated or started; retry shortly", null);
    }

    private static void unavailable(HttpServletResponse response, String module) throws IOException {
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        write(response, 503, unavailableBody(module));
    }

    private static void write(HttpServletResponse response, int status, ErrorBody body) throws IOException {
        response.setStatus(status);
        response.setContentType(Rest.JSON);
        JsonProvider.MAPPER.writeValue(response.getOutputStream(), body);
    }

    /** The request as the module's server sees it: its base path is {@code /api/<id>}. */
    private static final class Rebased extends HttpServletRequestWrapper {

        private final String servletPath;
        private final String pathInfo;

        Rebased(HttpServletRequest request, String servletPath, String pathInfo) {
            super(request);
            this.servletPath = servletPath;
            this.pathInfo = pathInfo;
        }

        @Override
        public String getServletPath() {
            return servletPath;
        }

        @Override
        public String getPathInfo() {
            return pathInfo;
        }
    }
}
