package org.xuncha.platform.internal.rest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An OpenAPI 3.0 document of endpoints, built from the endpoint listing. Written here rather than with
 * swagger-core's reader because the listing is already the platform's one description of every
 * endpoint (it reads the same annotations, including the permission and scope, which swagger-core
 * knows nothing of), and the reader would bring its own set of bundles into every module's server
 * for what is a few dozen lines of JSON; the result is checked with swagger-parser in MalformedInputIT.
 */
public final class OpenApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiDocument() {
    }

    /** The document of these endpoints, titled for the module (or the whole platform). */
    public static ObjectNode of(String title, String version, String description, List<EndpointRegistry.Endpoint> endpoints) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", title).put("version", version).put("description", description);
        doc.putArray("servers").addObject().put("url", "/");
        Map<String, ObjectNode> paths = new TreeMap<>();
        for (EndpointRegistry.Endpoint e : endpoints) {
            ObjectNode path = paths.computeIfAbsent(path(e.path()), p -> JSON.createObjectNode());
            path.set(e.method().toLowerCase(), operation(e));
        }
        ObjectNode p = doc.putObject("paths");
        paths.forEach(p::set);
        ObjectNode components = doc.putObject("components");
        components.putObject("securitySchemes").putObject("session")
                .put("type", "apiKey").put("in", "cookie").put("name", "XSESSION")
                .put("description", "登录后的会话 Cookie；写操作另需请求头 X-XSRF-TOKEN（取 Cookie XSRF-TOKEN 的值） / "
                        + "the session cookie from POST /api/auth/login; writes also send X-XSRF-TOKEN, the value of cookie XSRF-TOKEN");
        ObjectNode error = components.putObject("schemas").putObject("ErrorBody").put("type", "object");
        error.putArray("required").add("code").add("message").add("messageEn");
        ObjectNode props = error.putObject("properties");
        props.putObject("code").put("type", "string");
        props.putObject("message").put("type", "string").put("description", "中文说明");
        props.putObject("messageEn").put("type", "string").put("description", "English message");
        ObjectNode field = props.putObject("fields").put("type", "array").putObject("items").put("type", "object").putObject("properties");
        for (String name : List.of("field", "code", "message", "messageEn")) {
            field.putObject(name).put("type", "string");
        }
        return doc;
    }

    /** The path as OpenAPI writes it: a JAX-RS variable's pattern ({@code {id: \\d+}}) left out. */
    static String path(String jaxrs) {
        return jaxrs.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}");
    }

    private static ObjectNode operation(EndpointRegistry.Endpoint e) {
        ObjectNode op = JSON.createObjectNode();
        String[] resource = e.resource().split("\\.");
        op.putArray("tags").add(resource[resource.length - 1].replace("Resource", ""));
        // method and path: unique in a document, which the Java method's name is not (overloads)
        op.put("operationId", e.method().toLowerCase() + path(e.path()).replaceAll("[^A-Za-z0-9]+", "_"));
        if (e.publicReason() != null) {
            op.put("description", "公开接口 / public: " + e.publicReason());
            op.putArray("security");
        } else {
            op.put("description", "权限 / permission: " + e.permission() + (e.scope() == null ? "" : "; 范围 / scope: " + e.scope()));
            op.putArray("security").addObject().putArray("session");
        }
        op.put("x-xuncha-permission", e.permission());
        op.put("x-xuncha-scope", e.scope());
        ArrayNode parameters = op.putArray("parameters");
        for (EndpointRegistry.Parameter p : e.parameters()) {
            if (!List.of("query", "path", "header", "cookie").contains(p.in())) {
                continue; // form and matrix parameters have no place in OpenAPI's parameter list; none are used
            }
            ObjectNode param = parameters.addObject().put("name", p.name()).put("in", p.in());
            if (p.in().equals("path")) {
                param.put("required", true);
            }
            param.set("schema", schema(p));
        }
        if (e.body() != null) {
            ObjectNode content = op.putObject("requestBody").put("required", true).putObject("content");
            for (String type : e.consumes() == null ? List.of("application/json") : e.consumes()) {
                ObjectNode schema = content.putObject(type).putObject("schema");
                if (type.contains("json")) {
                    schema.put("type", "object").put("title", e.body().type());
                    ObjectNode props = schema.putObject("properties");
                    e.body().fields().forEach(f -> props.set(f.name(), schema(f)));
                } else {
                    schema.put("type", "string").put("format", "binary");
                }
            }
        }
        ObjectNode responses = op.putObject("responses");
        // a read answers 200; a write 200, 201 (created) or 204 (deleted, nothing to say)
        ObjectNode ok = responses.putObject(e.method().equals("GET") ? "200" : "2XX").put("description", "成功 / success");
        if (e.method().equals("POST") || e.method().equals("PUT")) {
            // see docs/modules/platform.md, "Creations": 201 carries the new record's address where it has one
            ok.putObject("headers").putObject("Location").put("description", "201：新建记录的地址 / 201: the new record's address")
                    .putObject("schema").put("type", "string").put("format", "uri");
        }
        ObjectNode content = ok.putObject("content");
        for (String type : e.produces()) {
            ObjectNode schema = content.putObject(type.equals("*/*") ? "application/octet-stream" : type).putObject("schema");
            if (type.contains("json")) {
                schema.put("type", "object");
            } else {
                schema.put("type", "string").put("format", "binary");
            }
        }
        ObjectNode refusal = responses.putObject("4XX").put("description", "拒绝：错误码、中英文说明与字段 / refused: code, zh/en message and fields");
        refusal.putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/ErrorBody");
        return op;
    }

    private static ObjectNode schema(EndpointRegistry.Parameter p) {
        ObjectNode s = JSON.createObjectNode();
        switch (p.type()) {
            case "long", "Long", "int", "Integer", "short", "Short" -> s.put("type", "integer").put("format", p.type().toLowerCase().startsWith("l") ? "int64" : "int32");
            case "boolean", "Boolean" -> s.put("type", "boolean");
            case "double", "Double", "float", "Float", "BigDecimal" -> s.put("type", "number");
            case "LocalDate" -> s.put("type", "string").put("format", "date");
            case "LocalDateTime", "Instant", "OffsetDateTime" -> s.put("type", "string").put("format", "date-time");
            case "String" -> s.put("type", "string");
            case "List", "Set", "Collection" -> s.put("type", "array").putObject("items");
            default -> {
                if (p.values() != null) {
                    s.put("type", "string");
                    ArrayNode values = s.putArray("enum");
                    p.values().forEach(values::add);
                } else {
                    s.put("type", "object").put("title", p.type());
                }
            }
        }
        return s;
    }
}
