package org.xuncha.itests.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Test code only: lends the system administrator's kept console session of this JVM
 * ({@link Accounts#console}) to the browser tests' node process, over HTTP on 127.0.0.1 with a random
 * token given in its environment. Each {@code POST} body is one console script, answered with its
 * output. Without it each karaf() of support.mjs ran bin/client: a new sign-in, so a new one-time
 * code, every time, and the server takes each 30-second step once.
 */
public final class ConsoleRelay implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "console-relay");
        t.setDaemon(true);
        return t;
    });
    private final String token;

    public ConsoleRelay(Distribution dist, Accounts accounts, String admin) {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        token = HexFormat.of().formatHex(random);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/console", exchange -> {
            try (exchange) {
                answer(exchange, dist, accounts, admin);
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    private void answer(HttpExchange exchange, Distribution dist, Accounts accounts, String admin) throws IOException {
        String given = String.valueOf(exchange.getRequestHeaders().getFirst("X-Console-Token"));
        if (!exchange.getRequestMethod().equals("POST")
                || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            send(exchange, 403, "forbidden");
            return;
        }
        String script = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
            send(exchange, 200, accounts.console(dist, admin, script));
        } catch (RuntimeException | AssertionError e) {
            send(exchange, 500, e.toString());
        }
    }

    private static void send(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** http://127.0.0.1:port/console */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/console";
    }

    public String token() {
        return token;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
