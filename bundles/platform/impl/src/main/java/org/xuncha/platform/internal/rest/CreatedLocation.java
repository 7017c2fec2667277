package org.xuncha.platform.internal.rest;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Component;

/**
 * {@code Location} on every creation, in one place instead of in each module's resources: a POST that
 * answers 201 without a {@code Location} gets the request's own address followed by the created
 * record's {@code id}, when the same resource class reads one record there ({@code POST rounds} and
 * {@code GET rounds/{id}}). Creations that make several records at once (targets added by class) or
 * whose record is read elsewhere keep their answer as it is. A Location set by the resource wins.
 * One response filter for every server; whether a method qualifies is worked out once per method
 * ({@link MatchedMethod}), and only for the 201s that lack a Location.
 */
@Component(service = ContainerResponseFilter.class, property = Extensions.KEY + "=" + Extensions.LOCATION)
public class CreatedLocation implements ContainerResponseFilter {

    private static final MatchedMethod<Boolean> QUALIFIES = new MatchedMethod<>(CreatedLocation::readsWhatItCreates);

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 201 || response.getHeaders().containsKey(HttpHeaders.LOCATION) || !QUALIFIES.current()) {
            return;
        }
        Object id = idOf(response.getEntity());
        if (id != null) {
            response.getHeaders().putSingle(HttpHeaders.LOCATION,
                    request.getUriInfo().getAbsolutePathBuilder().path(String.valueOf(id)).build());
        }
    }

    /** A POST whose class has a GET at the POST's path plus one variable segment. */
    static boolean readsWhatItCreates(Class<?> type, Method method) {
        if (type == null || method == null || !method.isAnnotationPresent(POST.class)) {
            return false;
        }
        String created = normal(method.getAnnotation(Path.class));
        for (Method sibling : type.getMethods()) {
            if (!sibling.isAnnotationPresent(GET.class) || sibling.getAnnotation(Path.class) == null) {
                continue;
            }
            String read = normal(sibling.getAnnotation(Path.class));
            int slash = read.lastIndexOf('/');
            String parent = slash < 0 ? "" : read.substring(0, slash);
            String last = read.substring(slash + 1);
            if (parent.equals(created) && last.startsWith("{") && last.endsWith("}")) {
                return true;
            }
        }
        return false;
    }

    private static String normal(Path path) {
        String p = path == null ? "" : path.value().trim();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** The created record's id: a record component or getter {@code id}, or a map's {@code "id"}; null if none. */
    static Object idOf(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof Map<?, ?> map) {
            return map.get("id");
        }
        for (String name : new String[] {"id", "getId"}) {
            try {
                Method m = entity.getClass().getMethod(name);
                if (m.getParameterCount() == 0 && Modifier.isPublic(m.getModifiers())) {
                    m.trySetAccessible(); // a record declared inside a package-private class
                    return m.invoke(entity);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // no such accessor (or not callable): try the next name
            }
        }
        return null;
    }
}
