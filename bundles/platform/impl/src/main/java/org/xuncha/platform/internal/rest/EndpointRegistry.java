package org.xuncha.platform.internal.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.xuncha.platform.api.rest.Rest;

/**
 * Lists every endpoint of every module's application under /api with what it declares, read from the resource
 * services registered right now. The security administrator reviews it; the endpoint-matrix test
 * is generated from it.
 */
@Component(service = EndpointRegistry.class)
public class EndpointRegistry {

    /**
     * One endpoint: HTTP method, full path, the module whose application serves it, declaring bundle, its declaration, the media types its
     * body may have ({@code consumes}, null if it declares none), the media types it answers in
     * ({@code produces}, JSON when it declares none), its typed parameters and its body
     * (null if it takes none). The parameters and the body's fields tell a reviewer, and the
     * malformed-input sweep, what each endpoint reads.
     */
    public record Endpoint(String method, String path, String module, String bundle, String resource, String javaMethod,
                           String permission, String scope, String publicReason, List<String> consumes,
                           List<String> produces, List<Parameter> parameters, Body body) {
    }

    /**
     * A parameter: where it comes from ({@code query}, {@code path}, {@code header}, {@code cookie},
     * {@code form}, {@code matrix}), its Java type's simple name, and the names an enum takes.
     */
    public record Parameter(String name, String in, String type, List<String> values) {
    }

    /** The request body: its Java type's simple name and, for an object, its top-level fields. */
    public record Body(String type, List<Parameter> fields) {
    }

    private final BundleContext context;

    @Activate
    public EndpointRegistry(BundleContext context) {
        this.context = context;
    }

    public List<Endpoint> endpoints() {
        List<Endpoint> result = new ArrayList<>();
        ServiceReference<?>[] refs;
        try {
            refs = context.getAllServiceReferences(null, "(" + Rest.MODULE_RESOURCE + "=*)");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (refs == null) {
            return result;
        }
        for (ServiceReference<?> ref : refs) {
            Object service = context.getService(ref);
            if (service == null) {
                continue;
            }
            try {
                Class<?> type = service.getClass();
                String bundle = FrameworkUtil.getBundle(type) == null ? "" : FrameworkUtil.getBundle(type).getSymbolicName();
                String module = String.valueOf(ref.getProperty(Rest.MODULE_RESOURCE));
                String base = join(Rest.base(module), type.getAnnotation(Path.class));
                for (Method m : type.getMethods()) {
                    String http = httpMethod(m);
                    if (http == null) {
                        continue;
                    }
                    PermissionGate.Declaration d = PermissionGate.Declaration.of(type, m);
                    result.add(new Endpoint(http, join(base, m.getAnnotation(Path.class)), module, bundle, type.getName(),
                            m.getName(), d.permission(), d.scope() == null ? null : d.scope().name(), d.publicReason(),
                            consumes(type, m), produces(type, m), EndpointParameters.of(m), EndpointParameters.body(m)));
                }
            } finally {
                context.ungetService(ref);
            }
        }
        result.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return result;
    }

    private static List<String> consumes(Class<?> type, Method m) {
        Consumes c = m.getAnnotation(Consumes.class) != null ? m.getAnnotation(Consumes.class) : type.getAnnotation(Consumes.class);
        return c == null ? null : List.of(c.value());
    }

    private static List<String> produces(Class<?> type, Method m) {
        Produces p = m.getAnnotation(Produces.class) != null ? m.getAnnotation(Produces.class) : type.getAnnotation(Produces.class);
        return p == null ? List.of(MediaType.APPLICATION_JSON) : List.of(p.value());
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String base, Path path) {
        if (path == null || path.value().isEmpty() || "/".equals(path.value())) {
            return base;
        }
        String p = path.value().startsWith("/") ? path.value() : "/" + path.value();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + p.replaceAll("/$", "");
    }
}
