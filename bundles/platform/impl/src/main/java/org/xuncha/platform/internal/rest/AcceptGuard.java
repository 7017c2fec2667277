package org.xuncha.platform.internal.rest;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.Path;
import javax.ws.rs.core.MultivaluedMap;

import org.xuncha.platform.api.rest.ApiException;

/**
 * 406 for a download asked in a format it cannot give. CXF, when the literal endpoint
 * ({@code GET /leads/export}, XLSX) cannot produce what {@code Accept} asks for (JSON), goes on to a
 * sibling with a path variable that can ({@code GET /leads/{id}}) and answers as if {@code export}
 * were an id: 404 or "id must be a whole number". The client asked for the export in the wrong format,
 * so it gets 406 not_acceptable. The check applies only to GET/HEAD methods whose path has a
 * variable where a literal sibling of the same class has a word; it compares the request's path
 * values with that word. {@link PermissionGate} runs it, after the permission, for the methods whose
 * {@link #shadowed} list is not empty, so it costs nothing on other endpoints.
 */
final class AcceptGuard {

    private AcceptGuard() {
    }

    /**
     * For a GET/HEAD method whose path has variables, the literal siblings it can swallow, each as the
     * values its variables take for that sibling's path ({@code {id}} → {@code export}).
     */
    static List<Map<String, String>> shadowed(Class<?> type, Method method) {
        List<Map<String, String>> result = new ArrayList<>();
        String verb = verb(method);
        Path path = method.getAnnotation(Path.class);
        if (verb == null || path == null || !path.value().contains("{")) {
            return result;
        }
        String[] template = segments(path.value());
        for (Method sibling : type.getMethods()) {
            Path other = sibling.getAnnotation(Path.class);
            if (sibling.equals(method) || other == null || other.value().contains("{") || !verb.equals(verb(sibling))) {
                continue;
            }
            Map<String, String> values = bind(template, segments(other.value()));
            if (values != null) {
                result.add(values);
            }
        }
        return result;
    }

    /** The variables' values that make the template read as the literal path, or null if it cannot. */
    private static Map<String, String> bind(String[] template, String[] literal) {
        if (template.length != literal.length) {
            return null;
        }
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.startsWith("{") && t.endsWith("}") && !t.contains(":")) {
                values.put(t.substring(1, t.length() - 1).trim(), literal[i]);
            } else if (!t.equals(literal[i])) {
                return null;
            }
        }
        return values;
    }

    private static String[] segments(String path) {
        String p = path.replaceAll("^/+|/+$", "");
        return p.isEmpty() ? new String[0] : p.split("/+");
    }

    private static String verb(Method m) {
        return m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(HEAD.class) ? "GET" : null;
    }

    /** @throws ApiException 406 not_acceptable when the request's path values spell one of the shadowed siblings */
    static void refuseShadowed(List<Map<String, String>> shadowed, MultivaluedMap<String, String> given) {
        for (Map<String, String> values : shadowed) {
            if (values.entrySet().stream().allMatch(v -> v.getValue().equals(given.getFirst(v.getKey())))) {
                throw new ApiException(406, "not_acceptable", "无法提供所要求的响应格式（请检查 Accept 请求头）",
                        "Cannot produce the requested format (check the Accept header)");
            }
        }
    }
}
