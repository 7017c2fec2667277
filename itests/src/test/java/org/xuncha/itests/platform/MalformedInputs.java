package org.xuncha.itests.platform;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The malformed requests sent to one endpoint, built from what the endpoint listing says it reads
 * (path and query parameters with their types, the body's fields). Each request is wrong in one
 * way only, the rest being as harmless as possible: path ids no record has, no other parameters.
 */
final class MalformedInputs {

    /** One request; {@code mustRefuse}: the input is invalid whatever the endpoint does with it, so a 2xx is wrong too. */
    record Probe(String method, String target, byte[] body, String contentType, Map<String, String> headers, String what, boolean mustRefuse) {
    }

    private static final Pattern PATH_PARAM = Pattern.compile("\\{\\s*([A-Za-z0-9_]+)\\s*(?::[^}]*)?}");
    private static final String NO_RECORD = "987654321";
    private static final String JSON = "application/json";
    static final int HUGE_TEXT = 200_001;
    private static final String LONG_TEXT = "巡".repeat(5000);

    private MalformedInputs() {
    }

    /**
     * @param known values for body fields by name (e.g. {@code unitId} of a unit that exists), so a
     *              valid-looking body gets past the lookups to the one value that is wrong
     */
    static List<Probe> of(JsonNode endpoint, Map<String, Object> known) {
        String method = endpoint.path("method").asText();
        String template = endpoint.path("path").asText();
        List<JsonNode> pathParams = new ArrayList<>();
        List<JsonNode> queryParams = new ArrayList<>();
        for (JsonNode p : endpoint.path("parameters")) {
            if (p.path("in").asText().equals("path")) {
                pathParams.add(p);
            } else if (p.path("in").asText().equals("query")) {
                queryParams.add(p);
            }
        }
        JsonNode body = endpoint.path("body");
        boolean jsonBody = !body.isMissingNode() && !body.isNull() && !List.of("byte[]", "InputStream", "String").contains(body.path("type").asText());
        boolean write = !method.equals("GET") && !method.equals("HEAD");
        // a write that reads nothing would be carried out by any request that reaches it
        boolean harmlessValues = !write || !pathParams.isEmpty() || jsonBody;
        byte[] neutral = jsonBody ? bytes("{}") : write ? new byte[0] : null;
        String neutralType = neutral == null ? null : JSON;
        String base = fill(template, pathParams, null, null);

        List<Probe> probes = new ArrayList<>();
        for (JsonNode p : pathParams) {
            for (String[] v : pathValues(p.path("type").asText())) {
                boolean refuse = v[1].equals("refuse");
                if (refuse || harmlessValues) {
                    probes.add(new Probe(method, fill(template, pathParams, p.path("name").asText(), v[0]), neutral, neutralType, Map.of(),
                            "path " + p.path("name").asText() + "=" + shorten(v[0]), refuse));
                }
            }
        }
        for (JsonNode q : queryParams) {
            for (String[] v : queryValues(q)) {
                boolean refuse = v[1].equals("refuse");
                if (refuse || harmlessValues) {
                    probes.add(new Probe(method, base + "?" + q.path("name").asText() + "=" + v[0], neutral, neutralType, Map.of(),
                            "query " + q.path("name").asText() + "=" + shorten(v[0]), refuse));
                }
            }
        }
        if (jsonBody) {
            bodies(method, base, body, probes, !template.startsWith("/api/auth/"), known);
        }
        if (harmlessValues) {
            String odd = "application/json;" + "x".repeat(2000) + "=y";
            probes.add(new Probe(method, base, neutral, odd, Map.of(), "Content-Type of 2000 characters", false));
            probes.add(new Probe(method, base, neutral, ";;;==", Map.of(), "Content-Type ;;;==", false));
            probes.add(new Probe(method, base, neutral, neutralType, Map.of("Accept", "application/xml"), "Accept: application/xml", false));
            probes.add(new Probe(method, base, neutral, neutralType, Map.of("Accept", ",,;q=abc"), "Accept: ,,;q=abc", false));
        }
        return probes;
    }

    private static void bodies(String method, String target, JsonNode body, List<Probe> probes, boolean plausible, Map<String, Object> known) {
        Map<String, byte[]> whole = new LinkedHashMap<>();
        whole.put("trailing garbage", bytes("{} x"));
        whole.put("two objects", bytes("{}{}"));
        whole.put("an array", bytes("[]"));
        whole.put("a string", bytes("\"x\""));
        whole.put("a number", bytes("123"));
        whole.put("null", bytes("null"));
        whole.put("empty", new byte[0]);
        whole.put("unterminated", bytes("{\"a\":"));
        whole.put("nested 3000 deep", bytes("{\"x\":" + "[".repeat(3000) + "]".repeat(3000) + "}"));
        whole.put("UTF-32", "{}".getBytes(Charset.forName("UTF-32BE")));
        whole.put("UTF-16 with BOM", "{}".getBytes(StandardCharsets.UTF_16));
        whole.put("raw NUL", HexFormat.of().parseHex("7B2261223A2200227D"));
        whole.put("overlong UTF-8", HexFormat.of().parseHex("7B2261223A22C0AF227D"));
        whole.put("Latin-1", HexFormat.of().parseHex("7B2261223A22E9227D"));
        whole.put("unknown field", bytes("{\"noSuchField\":1}"));
        whole.forEach((what, bytes) -> probes.add(new Probe(method, target, bytes, JSON, Map.of(), "body: " + what, true)));
        probes.add(new Probe(method, target, bytes("{}"), "application/json;charset=ISO-8859-1", Map.of(), "charset ISO-8859-1", true));
        probes.add(new Probe(method, target, bytes("{}"), "text/plain", Map.of(), "Content-Type text/plain", true));
        probes.add(new Probe(method, target, bytes("<a/>"), "application/xml", Map.of(), "Content-Type application/xml", true));
        probes.add(new Probe(method, target, bytes("a=b"), "application/x-www-form-urlencoded", Map.of(), "a form", true));
        probes.add(new Probe(method, target, bytes("{}"), null, Map.of(), "no Content-Type", false));

        boolean huge = false;
        Map<String, Object> sane = new LinkedHashMap<>();
        for (JsonNode f : body.path("fields")) {
            String name = f.path("name").asText();
            String type = f.path("type").asText();
            for (String v : wrongValues(f)) {
                probes.add(new Probe(method, target, bytes("{\"" + name + "\":" + v + "}"), JSON, Map.of(), "field " + name + "=" + shorten(v), true));
            }
            if (type.equals("String") && !huge) {
                huge = true;
                probes.add(new Probe(method, target, bytes("{\"" + name + "\":\"" + "字".repeat(HUGE_TEXT) + "\"}"), JSON, Map.of(),
                        "field " + name + " of " + HUGE_TEXT + " characters", true));
            }
            Object value = known.containsKey(name) ? known.get(name) : saneValue(name, type, f.path("values"));
            if (value != null) {
                sane.put(name, value);
            }
        }
        if (!plausible || sane.isEmpty()) {
            return;
        }
        // a body that passes for valid but for one field: how far in do services check?
        for (Map.Entry<String, Object> field : sane.entrySet()) {
            List<Object> extremes = new ArrayList<>();
            if (field.getValue() instanceof String && !field.getValue().toString().matches("\\d{4}-.*|[A-Z_]+")) {
                extremes.add(LONG_TEXT);
            } else if (field.getValue() instanceof Long) {
                extremes.add(-1L);
                extremes.add(Long.MAX_VALUE);
            } else if (field.getValue() instanceof Integer) {
                extremes.add(Integer.MAX_VALUE);
                extremes.add(-1);
            }
            for (Object extreme : extremes) {
                Map<String, Object> mutated = new LinkedHashMap<>(sane);
                mutated.put(field.getKey(), extreme);
                probes.add(new Probe(method, target, json(mutated), JSON, Map.of(),
                        "valid-looking body with " + field.getKey() + "=" + shorten(String.valueOf(extreme)), false));
            }
        }
    }

    private static List<String> wrongValues(JsonNode f) {
        return switch (f.path("type").asText()) {
            case "String" -> List.of("12", "true", "{}", "[\"a\"]", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\ufffd\"", "\"\\u001b[2J\"");
            case "Long", "long", "Integer", "int", "Short", "short" -> List.of("\"12\"", "1.5", "1e400", "9223372036854775808", "true", "[]");
            case "Boolean", "boolean" -> List.of("\"true\"", "1", "\"\"");
            case "LocalDate" -> List.of("20260230", "\"2026-02-30\"", "[2026,2,28]", "\"2026/02/28\"", "\"\"");
            case "LocalDateTime" -> List.of("1767225600000", "\"2026-02-30T09:00:00\"", "[2026,2,28,9,0]", "\"2026-02-28 09:00\"");
            case "List", "Set", "Collection" -> List.of("\"x\"", "{\"a\":1}", "12");
            default -> f.path("values").isArray() ? List.of("3", "\"NOPE\"", "\"\"", "[\"" + f.path("values").path(0).asText() + "\"]")
                    : List.of("12", "\"x\"", "[1]");
        };
    }

    private static Object saneValue(String name, String type, JsonNode values) {
        return switch (type) {
            case "String" -> "巡察测试";
            case "Long", "long" -> 1L;
            case "Integer", "int", "Short", "short" -> 1;
            case "Boolean", "boolean" -> false;
            case "LocalDate" -> name.toLowerCase().contains("end") || name.equals("to") ? "2026-12-31" : "2026-03-02";
            case "LocalDateTime" -> "2026-03-02T09:00:00";
            case "List", "Set", "Collection" -> List.of();
            default -> values.isArray() ? values.path(0).asText() : null;
        };
    }

    /** {value, "refuse" | "extreme"} for a path parameter of this type. */
    private static List<String[]> pathValues(String type) {
        if (List.of("Long", "long", "Integer", "int").contains(type)) {
            return List.of(v("abc", "refuse"), v("1.5", "refuse"), v("9223372036854775808", "refuse"), v("1%2F2", "refuse"),
                    v("%EF%BC%91", "refuse"), v("1" + "0".repeat(300), "refuse"), v("%00", "refuse"), v("1%zz", "refuse"),
                    v("-1", "extreme"), v("9223372036854775807", "extreme"), v("0", "extreme"));
        }
        return List.of(v("a%2Fb", "refuse"), v("%00", "refuse"), v("%C0%AF", "refuse"), v("%ED%A0%80", "refuse"), v("a%zz", "refuse"),
                v("..%2F..", "refuse"), v("x".repeat(3000), "extreme"), v("%E2%80%AE%F0%9F%98%80", "extreme"), v("'%22%3Cx%3E", "extreme"));
    }

    /** {raw query value, "refuse" | "extreme"} for a query parameter. */
    private static List<String[]> queryValues(JsonNode q) {
        String name = q.path("name").asText();
        String type = q.path("type").asText();
        List<String[]> values = new ArrayList<>();
        switch (type) {
            case "Long", "long" -> values.addAll(List.of(v("abc", "refuse"), v("1.5", "refuse"), v("9223372036854775808", "refuse"),
                    v("%00", "refuse"), v("1e3", "refuse"), v("-1", "extreme"), v("9223372036854775807", "extreme")));
            case "Integer", "int" -> {
                values.addAll(List.of(v("abc", "refuse"), v("1.5", "refuse"), v("2147483648", "refuse"), v("-1", "extreme"),
                        v("2147483647", "extreme")));
                if (name.equals("page")) {
                    values.addAll(List.of(v("0", "refuse"), v("100001", "refuse")));
                } else if (name.equals("size")) {
                    values.addAll(List.of(v("0", "refuse"), v("501", "refuse"), v("500", "extreme")));
                }
            }
            case "LocalDate" -> values.addAll(List.of(v("2026-02-30", "refuse"), v("20260230", "refuse"), v("2026-2-3", "refuse"), v("abc", "refuse")));
            case "Boolean", "boolean" -> values.addAll(List.of(v("yes", "refuse"), v("1", "refuse")));
            case "String" -> {
                values.addAll(List.of(v("%00", "refuse"), v("%ED%A0%80", "refuse"), v("%zz", "refuse"), v("x".repeat(600), "refuse"),
                        v("%25%5F%5C'%22", "extreme"), v("%E2%80%AE", "extreme")));
                if (name.equals("sort")) {
                    values.addAll(List.of(v("password", "refuse"), v("-", "refuse"), v("id%3Bdrop", "refuse")));
                }
            }
            default -> {
                if (q.path("values").isArray()) {
                    values.addAll(List.of(v("NOPE", "refuse"), v("1", "refuse"), v("%00", "refuse")));
                }
            }
        }
        return values;
    }

    private static String[] v(String value, String kind) {
        return new String[] {value, kind};
    }

    /** The path with every parameter set to a value no record has, except {@code name}, set to {@code value}. */
    private static String fill(String template, List<JsonNode> params, String name, String value) {
        Matcher m = PATH_PARAM.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String param = m.group(1);
            String type = params.stream().filter(p -> p.path("name").asText().equals(param)).map(p -> p.path("type").asText())
                    .findFirst().orElse("Long");
            String v = param.equals(name) ? value : List.of("String").contains(type) ? "no-such-" + param : NO_RECORD;
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(Object value) {
        try {
            return org.xuncha.itests.support.Api.JSON.writeValueAsBytes(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 20) + "…(" + s.length() + " chars)" : s;
    }
}
