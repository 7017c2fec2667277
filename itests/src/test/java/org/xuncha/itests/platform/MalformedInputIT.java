package org.xuncha.itests.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xuncha.itests.support.Accounts;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.Distribution;
import org.xuncha.itests.support.RawHttp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Strict input everywhere, proven from outside: the distribution runs as an office runs it, and
 * every endpoint the security administrator's listing shows gets malformed input of every kind
 * (bodies, query and path parameters, headers), as users holding its permission. No answer may be
 * a 5xx, and every refusal is the platform's error model: JSON with a code and messages in Chinese
 * and English. The web server's own refusals (bad URIs, 404 outside any servlet, 405, 413, 414,
 * 431) are checked first, with requests no ordinary client would send.
 */
class MalformedInputIT {

    private static final String CITY = "371500";
    private static final long MAX_REQUEST_BYTES = 2L * 1024 * 1024;
    /** Roles to act as, in order of preference: whole-division roles before group-limited ones. */
    private static final List<String> ROLE_ORDER = List.of("office-staff", "office-leader", "sys-admin", "security-admin",
            "security-auditor", "discipline-commission", "organisation-dept", "audit-bureau", "committee-leader", "inspected-unit",
            "group-leader", "group-deputy", "group-liaison", "group-member", "nonresident-deputy");

    private static Distribution dist;
    private static Accounts accounts;

    @BeforeAll
    static void start() {
        long started = System.nanoTime();
        dist = Distribution.unpack("malformed-input")
                .configure("org.xuncha.security.cfg", "loginAttemptsPerMinute", "100000")
                .configure("org.xuncha.security.cfg", "maxRequestBytes", String.valueOf(MAX_REQUEST_BYTES))
                .start();
        accounts = dist.accounts();
        System.out.printf("MalformedInputIT: distribution unpacked and started in %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
    }

    @AfterAll
    static void stop() {
        if (dist != null) {
            dist.close();
        }
    }

    // ------------------------------------------------------------------ the web server's own errors

    @Test
    void theWebServerAnswersItsOwnRefusalsInTheErrorModel() {
        int port = dist.httpPort();
        String big = "a".repeat(10_000);
        // {expected status, expected code, a word the English message has (or ""), the request}
        List<String[]> requests = List.of(
                x("400", "bad_request", "percent", "GET /api/platform/reference/units?page=%zz HTTP/1.1\r\nHost: x\r\n\r\n"),
                x("400", "bad_request", "percent", "GET /api/x%uFFFF HTTP/1.1\r\nHost: x\r\n\r\n"),
                x("400", "bad_request", "", "GET /api/x% HTTP/1.1\r\nHost: x\r\n\r\n"),
                x("400", "bad_request", "separator", "GET /api/platform/reference/units/1%2F2 HTTP/1.1\r\nHost: x\r\n\r\n"),
                x("400", "bad_request", "separator", "GET /api/..%2Fhealth HTTP/1.1\r\nHost: x\r\n\r\n"),
                x("400", "bad_request", "segment", "GET /api/%2e%2e/health HTTP/1.1\r\nHost: x\r\n\r\n"),
                x("400", "bad_request", "UTF-8", "GET /api/platform/reference/units?text=%C0%AF HTTP/1.1\r\nHost: x\r\n\r\n"),
                x("400", "bad_request", "", "GET /api/a%00b HTTP/1.1\r\nHost: x\r\n\r\n"),
                x("400", "bad_request", "", "GET /api/a b HTTP/1.1\r\nHost: x\r\n\r\n"),
                x("400", "bad_request", "", "GARBAGE\r\n\r\n"),
                x("400", "bad_request", "Host", "GET /api/health HTTP/1.1\r\n\r\n"),
                x("414", "uri_too_long", "", "GET /api/" + big + " HTTP/1.1\r\nHost: x\r\n\r\n"),
                x("431", "headers_too_large", "", "GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: " + big + "\r\n\r\n"),
                x("413", "too_large", "", "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                        + (MAX_REQUEST_BYTES + 1) + "\r\n\r\n{"),
                x("405", "method_not_allowed", "", "TRACE /api/health HTTP/1.1\r\nHost: x\r\n\r\n"),
                x("405", "method_not_allowed", "", "DELETE /api/health HTTP/1.1\r\nHost: x\r\n\r\n"),
                x("405", "method_not_allowed", "", "PATCH /api/platform/reference/units HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"),
                x("405", "method_not_allowed", "", "POST / HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\nContent-Length: 0\r\n\r\n"),
                x("405", "method_not_allowed", "", "DELETE /nosuch HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\n\r\n"),
                x("404", "no_such_endpoint", "", "GET /nosuch.txt HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\n\r\n"),
                x("404", "no_such_endpoint", "", "GET /api/platform/no/such/path HTTP/1.1\r\nHost: x\r\n\r\n"),
                x("505", "http_version_not_supported", "", "GET /api/health HTTP/7.1\r\nHost: x\r\n\r\n"));
        List<String> wrong = new ArrayList<>();
        for (String[] r : requests) {
            RawHttp.Answer a = RawHttp.send(port, r[3].replace("HTTP/1.1\r\n", "HTTP/1.1\r\nConnection: close\r\n"));
            String problem = ErrorModel.problem(a.status(), a.header("content-type"), a.body());
            if (a.status() != Integer.parseInt(r[0]) || problem != null || !r[1].equals(ErrorModel.code(a.body()))
                    || !ErrorModel.messageEn(a.body()).toLowerCase().contains(r[2].toLowerCase())) {
                wrong.add(firstLine(r[3]) + " -> " + a.status() + " " + a.header("content-type") + " " + shorten(a.text()));
            }
        }
        // a chunked body is counted as it is read
        String chunk = Integer.toHexString(1024 * 1024) + "\r\n" + "a".repeat(1024 * 1024) + "\r\n";
        RawHttp.Answer chunked = RawHttp.send(port, "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + chunk.repeat(3) + "0\r\n\r\n");
        if (chunked.status() != 413 || ErrorModel.problem(chunked.status(), chunked.header("content-type"), chunked.body()) != null) {
            wrong.add("chunked body over the limit -> " + chunked.status() + " " + shorten(chunked.text()));
        }
        assertThat(wrong).as("answers of the web server outside the error model").isEmpty();

        // a browser that asks for a page gets one, in both languages; the console is still served
        RawHttp.Answer page = RawHttp.send(port, "GET /nosuch.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAccept: text/html\r\n\r\n");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("content-type")).startsWith("text/html");
        assertThat(page.text()).contains("请求的地址不存在").contains("No such endpoint").doesNotContain("Jetty");
        RawHttp.Answer console = RawHttp.send(port, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAccept: text/html\r\n\r\n");
        assertThat(console.status()).isEqualTo(200);
        assertThat(RawHttp.send(port, "GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").status()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ the sweep

    @Test
    void everyEndpointRefusesMalformedInputWithA4xxInTheErrorModel() throws Exception {
        Callers callers = callers();
        JsonNode endpoints = accounts.secadmin().get("/platform/endpoints").expect(200);
        assertThat(endpoints.size()).as("endpoints listed").isGreaterThan(100);
        long started = System.nanoTime();

        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (JsonNode e : endpoints) {
                String path = e.path("path").asText();
                if (path.equals("/api/auth/logout")) {
                    continue; // it would end the session every other request uses
                }
                Api caller = callers.forPermission(e.path("permission").asText(null));
                for (MalformedInputs.Probe p : MalformedInputs.of(e, callers.known())) {
                    running.add(pool.submit(() -> sent.add(new Sent(e, p, send(caller, p)))));
                }
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> serverErrors = new ArrayList<>();
        List<String> outsideModel = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        List<String> suspicious = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Sent s : sent) {
            statuses.merge(s.answer().status(), 1, Integer::sum);
            String line = s.describe();
            int status = s.answer().status();
            if (status >= 500) {
                serverErrors.add(line);
            } else if (status >= 400 && ErrorModel.problem(status, s.answer().header("content-type"), s.answer().body()) != null) {
                outsideModel.add(line + " [" + ErrorModel.problem(status, s.answer().header("content-type"), s.answer().body()) + "]");
            } else if (status < 400 && s.probe().mustRefuse()) {
                accepted.add(line);
            } else if (status < 400 && !s.endpoint().path("method").asText().equals("GET")) {
                suspicious.add(line);
            }
        }
        System.out.printf("MalformedInputIT: %d requests to %d endpoints in %d s; statuses %s%n", sent.size(), endpoints.size(),
                (System.nanoTime() - started) / 1_000_000_000L, statuses);
        print("5xx answers", serverErrors);
        print("refusals outside the error model", outsideModel);
        print("malformed input accepted (2xx)", accepted);
        print("writes accepted, for review (a valid-looking body or path with one extreme value)", suspicious);
        assertThat(serverErrors).as("5xx answers").isEmpty();
        assertThat(outsideModel).as("refusals outside the error model").isEmpty();
        assertThat(accepted).as("malformed input accepted").isEmpty();
    }

    /**
     * Every download (an endpoint answering in something other than JSON) asked for JSON answers 406
     * not_acceptable, never 404 or "id must be a number" from a sibling {@code {id}} endpoint that
     * CXF falls through to.
     */
    @Test
    void everyDownloadAskedForJsonAnswers406() {
        Callers callers = callers();
        List<String> wrong = new ArrayList<>();
        int downloads = 0;
        for (JsonNode e : accounts.secadmin().get("/platform/endpoints").expect(200)) {
            List<String> produces = new ArrayList<>();
            e.path("produces").forEach(p -> produces.add(p.asText()));
            if (!e.path("method").asText().equals("GET") || produces.isEmpty()
                    || produces.stream().anyMatch(p -> p.contains("json") || p.equals("*/*"))) {
                continue;
            }
            downloads++;
            String path = e.path("path").asText().replaceFirst("^/api", "").replaceAll("\\{[^}]+}", "1");
            Api.Response r = callers.forPermission(e.path("permission").asText(null))
                    .request("GET", path, null, null, Map.of("Accept", "application/json"));
            if (r.status() != 406 || !r.text().contains("\"not_acceptable\"")) {
                wrong.add("GET " + path + " -> " + r.status() + " " + shorten(r.text()));
            }
        }
        System.out.printf("MalformedInputIT: %d downloads asked for JSON%n", downloads);
        assertThat(downloads).as("downloads listed").isGreaterThan(5);
        assertThat(wrong).as("downloads not answering 406 to Accept: application/json").isEmpty();
    }

    /**
     * The OpenAPI documents an integrator reads: the whole API and each module's, each valid OpenAPI 3
     * (swagger-parser finds no fault), together describing exactly the operations the endpoint listing
     * shows, with each operation's permission.
     */
    @Test
    void theOpenApiDocumentsValidateAndDescribeEveryListedEndpoint() {
        Api reader = callers().forPermission("platform.endpoints.read");
        Set<String> listed = new java.util.TreeSet<>();
        Set<String> modules = new java.util.TreeSet<>();
        for (JsonNode e : accounts.secadmin().get("/platform/endpoints").expect(200)) {
            // OpenAPI writes a variable without its pattern: {id: \\d+} is {id}
            String path = e.path("path").asText().replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}");
            listed.add(e.path("method").asText() + " " + path + " " + e.path("permission").asText(""));
            modules.add(e.path("module").asText());
        }
        assertThat(modules).contains("platform", "round-planning", "lead-transfer", "interview-records");
        assertThat(operations(valid(reader, "/platform/openapi"))).as("the whole document").isEqualTo(listed);
        Set<String> union = new java.util.TreeSet<>();
        for (String module : modules) {
            union.addAll(operations(valid(reader, "/platform/openapi/" + module)));
        }
        assertThat(union).as("the modules' documents together").isEqualTo(listed);
        assertThat(reader.get("/platform/openapi/no-such-module").status()).isEqualTo(404);
    }

    private static JsonNode valid(Api reader, String path) {
        Api.Response r = reader.get(path);
        assertThat(r.status()).as(path).isEqualTo(200);
        io.swagger.v3.parser.core.models.SwaggerParseResult parsed = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(r.text());
        assertThat(parsed.getMessages()).as("OpenAPI faults in " + path).isEmpty();
        assertThat(parsed.getOpenAPI()).as(path).isNotNull();
        return r.json();
    }

    private static Set<String> operations(JsonNode doc) {
        Set<String> result = new java.util.TreeSet<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op ->
                result.add(op.getKey().toUpperCase() + " " + p.getKey() + " " + op.getValue().path("x-xuncha-permission").asText(""))));
        return result;
    }

    private static Callers sharedCallers;

    /** One set of callers for the whole class: the accounts and the reference data they need are made once. */
    private static synchronized Callers callers() {
        if (sharedCallers == null) {
            sharedCallers = new Callers(accounts, CITY);
        }
        return sharedCallers;
    }

    private static void print(String title, List<String> lines) {
        System.out.println("MalformedInputIT: " + title + ": " + lines.size());
        lines.stream().sorted().forEach(l -> System.out.println("  " + l));
    }

    /** One probe as sent over a socket of its own, with the caller's session and CSRF token. */
    private static RawHttp.Answer send(Api caller, MalformedInputs.Probe p) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(p.method()).append(' ').append(p.target()).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(dist.httpPort()).append("\r\nConnection: close\r\n")
                .append("Cookie: XSESSION=").append(caller.cookie("XSESSION")).append("; XSRF-TOKEN=").append(caller.csrfToken()).append("\r\n")
                .append("X-XSRF-TOKEN: ").append(caller.csrfToken()).append("\r\n");
        if (!p.headers().containsKey("Accept")) {
            head.append("Accept: application/json\r\n");
        }
        p.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (p.contentType() != null) {
            head.append("Content-Type: ").append(p.contentType()).append("\r\n");
        }
        if (p.body() != null) {
            head.append("Content-Length: ").append(p.body().length).append("\r\n");
        }
        head.append("\r\n");
        request.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (p.body() != null) {
            request.writeBytes(p.body());
        }
        return RawHttp.send(dist.httpPort(), request.toByteArray());
    }

    private record Sent(JsonNode endpoint, MalformedInputs.Probe probe, RawHttp.Answer answer) {

        String describe() {
            return endpoint.path("method").asText() + " " + endpoint.path("path").asText() + " | " + probe.what() + " -> "
                    + answer.status() + " " + shorten(answer.text());
        }
    }

    private static String[] x(String status, String code, String word, String request) {
        return new String[] {status, code, word, request};
    }

    private static String firstLine(String request) {
        String line = request.split("\r\n", 2)[0];
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }

    static String shorten(String s) {
        String one = s.replace("\n", " ");
        return one.length() > 220 ? one.substring(0, 220) + "…" : one;
    }

    /** Users to act as: for each permission, one whose role holds it (the administrators, or an account made here). */
    private static final class Callers {

        private final Accounts accounts;
        private final String division;
        private final Map<String, Set<String>> grants = new HashMap<>();
        private final Map<String, Api> byRole = new HashMap<>();
        private final Map<String, Object> known = new HashMap<>();

        Callers(Accounts accounts, String division) {
            this.accounts = accounts;
            this.division = division;
            for (JsonNode role : accounts.secadmin().get("/platform/security/roles").expect(200)) {
                Set<String> held = new java.util.HashSet<>();
                role.path("permissions").forEach(p -> held.add(p.asText()));
                grants.put(role.path("id").asText(), held);
            }
            // the office: its division exists and holds a unit, so lists have something in scope
            Api bootstrap = accounts.user("malformed-bootstrap", null, null, "office-staff");
            bootstrap.put("/platform/reference/divisions/" + division, Map.of("nameZh", "聊城市", "level", "CITY")).expectSaved();
            Api office = role("office-staff");
            long unit = office.post("/platform/reference/units", Map.of("code", "MI-1", "name", "聊城市审计局党组", "divisionCode", division,
                    "active", true)).expect(201).path("id").asLong();
            long person = office.post("/platform/reference/persons", Map.of("name", "王巡察", "unitId", unit, "post", "党组书记", "active", true))
                    .expect(201).path("id").asLong();
            known.put("divisionCode", division);
            known.put("unitId", unit);
            known.put("personId", person);
            // a term too, if the round-planning module takes this one; the sweep works without it
            Api.Response term = office.post("/round-planning/terms", Map.of("name", "十四届市委", "divisionCode", division,
                    "startDate", "2026-01-01", "endDate", "2030-12-31"));
            if (term.status() == 201) {
                known.put("termId", term.json().path("id").asLong());
            }
        }

        Map<String, Object> known() {
            return known;
        }

        synchronized Api forPermission(String permission) {
            if (permission == null || permission.equals("authenticated")) {
                return role("office-staff");
            }
            for (String r : ROLE_ORDER) {
                if (grants.getOrDefault(r, Set.of()).contains(permission)) {
                    return role(r);
                }
            }
            return role("office-staff");
        }

        private Api role(String role) {
            return byRole.computeIfAbsent(role, r -> switch (r) {
                case "sys-admin" -> accounts.sysadmin();
                case "security-admin" -> accounts.secadmin();
                case "security-auditor" -> accounts.auditor();
                default -> accounts.user("malformed-" + r, division, null, r);
            });
        }
    }
}
