package org.xuncha.itests.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A browser-like client of the /api: keeps the session cookie, echoes the CSRF token on writes,
 * speaks JSON. One instance is one signed-in user.
 */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final Duration timeout;

    public Api(String base) {
        this(base, Duration.ofSeconds(120));
    }

    /** @param timeout how long one request may take; polls use a short one so a stuck request cannot eat the wait */
    public Api(String base, Duration timeout) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
        this.timeout = timeout;
    }

    public String base() {
        return base;
    }

    /** One answer: status, raw body, and the body as JSON when it is JSON. */
    public record Response(int status, byte[] bytes, Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text(), e);
            }
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }

        /** The body as JSON, after checking the status; the message names both on failure. */
        public JsonNode expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + text());
            }
            return bytes.length == 0 ? JSON.nullNode() : json();
        }

        /**
         * For a PUT that creates or changes (a division): 201 when it was new, 200 when it changed. For
         * set-up steps that do not care which; the answer itself is checked in PlatformApiIT.
         */
        public JsonNode expectSaved() {
            return expect(status == 201 ? 201 : 200);
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Response delete(String path) {
        return send(withCsrf(HttpRequest.newBuilder(uri(path)).DELETE()));
    }

    public Response post(String path, Object body) {
        return send(withCsrf(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json(body)))));
    }

    public Response put(String path, Object body) {
        return send(withCsrf(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(json(body)))));
    }

    /** A write without the CSRF header, as a forged cross-site request would come. */
    public Response postWithoutCsrf(String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json(body))));
    }

    public Response postBytes(String path, byte[] body, String contentType) {
        return send(withCsrf(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))));
    }

    /** A request with any method and a raw JSON text body. */
    public Response raw(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(method.equals("GET") ? b : withCsrf(b));
    }

    /**
     * Any method, with a body of any type (null for none) and extra headers. The CSRF header is
     * added on writes unless {@code headers} brings its own.
     */
    public Response request(String method, String path, byte[] body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        return send(method.equals("GET") || headers.containsKey("X-XSRF-TOKEN") ? b : withCsrf(b));
    }

    /** A POST whose length is not declared (chunked transfer), as a streaming client sends it. */
    public Response postChunked(String path, byte[] body, String contentType) {
        return send(withCsrf(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))));
    }

    /** The value of one of this client's cookies (e.g. the session token); null if it has none. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private URI uri(String path) {
        return URI.create(base + (path.startsWith("/") ? path : "/" + path));
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder b) {
        String token = csrfToken();
        return token == null ? b : b.header("X-XSRF-TOKEN", token);
    }

    public String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static byte[] json(Object body) {
        try {
            return body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Signs in; returns the login answer. */
    public Response login(String username, String password) {
        return post("/auth/login", Map.of("username", username, "password", password));
    }
}
