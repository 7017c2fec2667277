package org.xuncha.platform.internal.registry;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.apache.karaf.features.BootFinished;
import org.osgi.framework.BundleContext;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.ModuleDescriptor;
import org.xuncha.platform.api.PermissionDefinition;
import org.xuncha.platform.api.Statistic;
import org.xuncha.platform.api.TodoItem;
import org.xuncha.platform.api.UiEntry;
import org.xuncha.platform.api.rest.PublicEndpoint;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.internal.rest.EndpointRegistry;
import org.xuncha.platform.internal.rest.ModuleApplications;
import org.xuncha.platform.internal.rest.OpenApiDocument;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.ErrorBody;

/** Health, installed modules, gathered statistics and the endpoint listing. */
@Component(service = PlatformResource.class, immediate = true)
@ModuleResource(Rest.PLATFORM)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformResource {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformResource.class);

    private final ModuleRegistry registry;
    private final EndpointRegistry endpoints;
    private final ModuleApplications applications;
    private volatile DataSource dataSource;
    private volatile BootFinished bootFinished;
    private final FrameworkStartLevel startLevel;

    @Activate
    public PlatformResource(@Reference ModuleRegistry registry, @Reference EndpointRegistry endpoints,
                            @Reference ModuleApplications applications, BundleContext context) {
        this.registry = registry;
        this.endpoints = endpoints;
        this.applications = applications;
        this.startLevel = context.getBundle(0).adapt(FrameworkStartLevel.class);
    }

    /** Karaf registers it once the boot features are installed and started. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setBootFinished(BootFinished b) {
        this.bootFinished = b;
    }

    void unsetBootFinished(BootFinished b) {
        if (this.bootFinished == b) {
            this.bootFinished = null;
        }
    }

    private boolean started() {
        return bootFinished != null && startLevel.getStartLevel() >= STARTED_LEVEL;
    }

    /** Karaf's final start level (etc/config.properties org.osgi.framework.startlevel.beginning). */
    private static final int STARTED_LEVEL = 100;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(osgi.jndi.service.name=xuncha)")
    void setDataSource(DataSource ds) {
        this.dataSource = ds;
    }

    void unsetDataSource(DataSource ds) {
        if (this.dataSource == ds) {
            this.dataSource = null;
        }
    }

    /** Module summary as the health endpoint and the module list show it. */
    public record ModuleInfo(String id, String nameZh, String nameEn, String version, String level,
                             List<PermissionDefinition> permissions, List<UiEntry> uiEntries) {
        static ModuleInfo of(ModuleDescriptor d) {
            return new ModuleInfo(d.id(), d.nameZh(), d.nameEn(), d.version(), d.level().name(), d.permissions(), d.uiEntries());
        }
    }

    /** Health: overall status (UP, STARTING, DEGRADED), database, installed modules, what is not ready yet ({@link Readiness}). */
    public record Health(String status, String database, List<Map<String, String>> modules, List<ErrorBody> waitingFor) {
    }

    @GET
    @Path("health")
    @PublicEndpoint("load balancers and the start script poll it before anyone signs in")
    public Response health() {
        String db = databaseStatus();
        List<Map<String, String>> mods = new ArrayList<>();
        for (ModuleDescriptor d : registry.modules()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("nameZh", d.nameZh());
            m.put("nameEn", d.nameEn());
            // no version: anyone may call this, and a version tells an attacker which flaws to try;
            // administrators read it from platform/modules
            mods.add(m);
        }
        // Until Karaf has finished booting, modules still join /api and requests may miss them; until the
        // platform's application is served whole, with the security spine in it, a sign-in may get a 503.
        Readiness ready = Readiness.of(started(), applications.serving(Rest.PLATFORM), "UP".equals(db));
        return Response.status(ready.up() ? 200 : 503).entity(new Health(ready.status(), db, mods, ready.waitingFor())).build();
    }

    private String databaseStatus() {
        DataSource ds = dataSource;
        if (ds == null) {
            return "DOWN";
        }
        try (Connection c = ds.getConnection()) {
            return c.isValid(2) ? "UP" : "DOWN";
        } catch (Exception e) {
            LOG.warn("Database health check failed: {}", e.toString());
            return "DOWN";
        }
    }

    @GET
    @Path("platform/modules")
    @RequiresPermission(value = PlatformDescriptor.MODULES_READ, scope = RequiresPermission.Scope.NONE)
    public List<ModuleInfo> modules() {
        return registry.modules().stream().map(ModuleInfo::of).toList();
    }

    /** One module's statistics, or the reason it could not give them. */
    public record ModuleStatistics(String module, String nameZh, String nameEn, List<Statistic> statistics, String error) {
    }

    @GET
    @Path("platform/statistics")
    @RequiresPermission(value = PlatformDescriptor.STATISTICS_READ, scope = RequiresPermission.Scope.GROUP)
    public List<ModuleStatistics> statistics(@Context SecurityContext security) {
        Caller caller = Caller.of(security);
        return eachModule("compute statistics", d -> new ModuleStatistics(d.id(), d.nameZh(), d.nameEn(), d.statistics(caller), null),
                d -> new ModuleStatistics(d.id(), d.nameZh(), d.nameEn(), List.of(), "统计暂不可用 / statistics unavailable"));
    }

    /** One module's to-do items for the caller, or the reason it could not give them. */
    public record ModuleTodo(String module, String nameZh, String nameEn, List<TodoItem> items, String error) {
    }

    /**
     * What waits for the caller, module by module (待办): every installed module is asked, so a hot-installed
     * module's items appear at the next visit and a removed one's are gone. Items with nothing waiting are
     * left out; a module that fails is named with its error while the others answer.
     */
    @GET
    @Path("platform/todo")
    @RequiresPermission(value = Caller.AUTHENTICATED, scope = RequiresPermission.Scope.SELF)
    public List<ModuleTodo> todo(@Context SecurityContext security) {
        Caller caller = Caller.of(security);
        return eachModule("list to-do items", d -> {
            List<TodoItem> items = d.todo(caller).stream().filter(i -> i.count() > 0).toList();
            return items.isEmpty() ? null : new ModuleTodo(d.id(), d.nameZh(), d.nameEn(), items, null);
        }, d -> new ModuleTodo(d.id(), d.nameZh(), d.nameEn(), List.of(), "待办暂不可用 / to-do items unavailable"));
    }

    /**
     * Asks every installed module (for the dashboard's figures, the to-do list): a module that throws is
     * logged and answered by {@code failed}, so one failing module cannot take the page down with it; a
     * null answer (nothing to show) is left out.
     */
    private <T> List<T> eachModule(String what, Function<ModuleDescriptor, T> ask, Function<ModuleDescriptor, T> failed) {
        List<T> result = new ArrayList<>();
        for (ModuleDescriptor d : registry.modules()) {
            T answer;
            try {
                answer = ask.apply(d);
            } catch (RuntimeException e) {
                LOG.warn("Module {} failed to {}: {}", d.id(), what, e.toString());
                answer = failed.apply(d);
            }
            if (answer != null) {
                result.add(answer);
            }
        }
        return result;
    }

    @GET
    @Path("platform/endpoints")
    @RequiresPermission(value = PlatformDescriptor.ENDPOINTS_READ, scope = RequiresPermission.Scope.NONE)
    public List<EndpointRegistry.Endpoint> endpoints() {
        return endpoints.endpoints();
    }

    /**
     * The whole API (platform and every installed module) as one OpenAPI 3 document. It tells the same as
     * the endpoint listing (every permission and scope), so it is read under the same permission.
     */
    @GET
    @Path("platform/openapi")
    @RequiresPermission(value = PlatformDescriptor.ENDPOINTS_READ, scope = RequiresPermission.Scope.NONE)
    public com.fasterxml.jackson.databind.JsonNode openApi() {
        return OpenApiDocument.of("xuncha 巡察平台 API", "1", "平台与已安装模块的全部接口 / every endpoint of the platform "
                + "and of the modules installed now", endpoints.endpoints());
    }

    /** One module's endpoints (or the platform's own, {@code platform}) as an OpenAPI 3 document. */
    @GET
    @Path("platform/openapi/{module}")
    @RequiresPermission(value = PlatformDescriptor.ENDPOINTS_READ, scope = RequiresPermission.Scope.NONE)
    public com.fasterxml.jackson.databind.JsonNode openApi(@PathParam("module") String module) {
        List<EndpointRegistry.Endpoint> own = endpoints.endpoints().stream().filter(e -> e.module().equals(module)).toList();
        if (own.isEmpty()) {
            // an unknown id, or a part of the platform (security) whose endpoints are the platform's
            throw ApiException.notFound("有接口的模块", "module with endpoints", module);
        }
        if (Rest.PLATFORM.equals(module)) {
            return OpenApiDocument.of("xuncha 平台 / platform", "1", "参考数据、账号与安全、模块管理 / reference data, "
                    + "accounts and security, modules", own);
        }
        ModuleDescriptor d = registry.module(module).orElseThrow(() -> ApiException.notFound("模块", "module", module));
        return OpenApiDocument.of(d.nameZh() + " / " + d.nameEn(), d.version(), "模块 " + d.id() + " 的接口 / the endpoints of module "
                + d.id(), own);
    }
}
