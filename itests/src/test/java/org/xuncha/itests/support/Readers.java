package org.xuncha.itests.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Clients that keep reading endpoints while something else happens (a module installed, updated or
 * removed), one thread and one session each, and count every answer that is not one the endpoint
 * may give: for a bystander, anything but its steady answer; for the module being changed, anything
 * but its steady answers, 503 {@code module_unavailable} with {@code Retry-After}, or 404
 * {@code module_not_installed}.
 */
public final class Readers implements AutoCloseable {

    /** Tells an acceptable answer from a deviation; {@link #describe} names the answer for the report. */
    public interface Expectation extends Predicate<Api.Response> {
    }

    /** One endpoint read over and over by one client. */
    public static final class Reader {
        private final String name;
        private final Api api;
        private final String path;
        private Expectation expectation;
        private final AtomicLong answers = new AtomicLong();
        private final Map<String, Long> byKind = new TreeMap<>();
        private final ConcurrentLinkedQueue<String> deviations = new ConcurrentLinkedQueue<>();
        private final AtomicLong deviationCount = new AtomicLong();
        private volatile long slowestMillis;
        private volatile String steady = "";
        private List<String> ignoredFields = List.of();

        Reader(String name, Api api, String path, Expectation expectation) {
            this.name = name;
            this.api = api;
            this.path = path;
            this.expectation = expectation;
        }

        public String name() {
            return name;
        }

        public long answers() {
            return answers.get();
        }

        public long deviations() {
            return deviationCount.get();
        }

        /** The first deviations, each with the phase it happened in and the answer. */
        public List<String> deviationSamples() {
            return List.copyOf(deviations);
        }

        public synchronized Map<String, Long> answersByKind() {
            return new TreeMap<>(byKind);
        }

        /** How many answers of this kind (e.g. "200", "503 module_unavailable") the reader got. */
        public synchronized long count(String kind) {
            return byKind.getOrDefault(kind, 0L);
        }

        void readOnce(String phase) {
            long start = System.nanoTime();
            Api.Response r;
            try {
                r = api.get(path);
            } catch (AssertionError e) {
                record(phase, "no answer", false, String.valueOf(e.getMessage()));
                return;
            }
            slowestMillis = Math.max(slowestMillis, (System.nanoTime() - start) / 1_000_000);
            boolean ok = expectation.test(r);
            record(phase, kind(r), ok, ok ? null : r.status() + " " + r.headers().getOrDefault("content-type", List.of())
                    + " " + abbreviate(r.text()));
        }

        private void record(String phase, String kind, boolean ok, String detail) {
            answers.incrementAndGet();
            synchronized (this) {
                byKind.merge(kind, 1L, Long::sum);
            }
            if (!ok && deviationCount.incrementAndGet() <= 20) {
                deviations.add("[" + phase + "] " + detail);
            }
        }

        @Override
        public String toString() {
            return name + " " + path + (steady.isEmpty() ? "" : " (" + steady + ")") + ": " + answers() + " answers "
                    + answersByKind() + ", " + deviations() + " deviating, slowest " + slowestMillis + " ms"
                    + (deviations.isEmpty() ? "" : " " + deviations);
        }
    }

    private final List<Reader> readers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile String phase = "start";
    private volatile boolean running;

    /** Adds a client reading {@code path}; {@code client} gives it a session of its own. */
    public Reader add(String name, Supplier<Api> client, String path, Expectation expectation) {
        Reader r = new Reader(name, client.get(), path, expectation);
        readers.add(r);
        return r;
    }

    /**
     * A bystander: the answer must equal its steady answer, status and body - or only the status when
     * three reads in a row disagree on the body. The steady answer is read by {@link #start()}, once
     * every reader has signed in (a sign-in changes what /auth/me says).
     */
    public Reader bystander(String name, Supplier<Api> client, String path) {
        return bystander(name, client, path, List.of());
    }

    /**
     * A bystander whose JSON answer is compared without the named top-level fields: those that
     * change for a reason of their own (e.g. /auth/me lists the permissions of the installed modules).
     */
    public Reader bystander(String name, Supplier<Api> client, String path, List<String> ignoredFields) {
        Reader r = new Reader(name, client.get(), path, null);
        r.ignoredFields = List.copyOf(ignoredFields);
        readers.add(r);
        return r;
    }

    /**
     * What a module being installed, updated or removed may answer: its steady answers, 503
     * {@code module_unavailable} with {@code Retry-After}, or 404 {@code module_not_installed} - all
     * as JSON. Never a bare 404, a 500 or an HTML page.
     */
    public static Expectation changingModule(Predicate<Api.Response> steady) {
        return r -> {
            if (steady.test(r)) {
                return true;
            }
            String type = String.valueOf(r.header("Content-Type"));
            if (!type.startsWith("application/json")) {
                return false;
            }
            String code = errorCode(r);
            return r.status() == 503 && "module_unavailable".equals(code) && r.header("Retry-After") != null
                    || r.status() == 404 && "module_not_installed".equals(code);
        };
    }

    private static String errorCode(Api.Response r) {
        try {
            return r.json().path("code").asText(null);
        } catch (AssertionError notJson) {
            return null;
        }
    }

    /** Reads the bystanders' steady answers, then starts every reader: each reads in a loop until {@link #close()}. */
    public Readers start() {
        for (Reader r : readers) {
            if (r.expectation == null) {
                r.expectation = steadyAnswer(r);
            }
        }
        running = true;
        for (Reader r : readers) {
            Thread t = new Thread(() -> {
                while (running) {
                    r.readOnce(phase);
                    pause();
                }
            }, "reader-" + r.name());
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        return this;
    }

    /** Names what is happening now, for the deviations' report. */
    public void phase(String name) {
        this.phase = name;
    }

    /** Waits until every reader has got at least {@code more} further answers: the readers have seen the state reached. */
    public void awaitAnswers(int more) {
        long[] before = readers.stream().mapToLong(Reader::answers).toArray();
        Wait.until(java.time.Duration.ofSeconds(120), () -> {
            for (int i = 0; i < before.length; i++) {
                if (readers.get(i).answers() < before[i] + more) {
                    return false;
                }
            }
            return true;
        });
    }

    public List<Reader> readers() {
        return List.copyOf(readers);
    }

    /** One line per reader. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        readers.forEach(r -> sb.append("  ").append(r).append('\n'));
        return sb.toString();
    }

    @Override
    public void close() {
        running = false;
        for (Thread t : threads) {
            try {
                t.join(150_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    /** A short gap between requests, so the readers leave the machine's two cores to the change under test. */
    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Expectation steadyAnswer(Reader reader) {
        Api api = reader.api;
        String path = reader.path;
        Api.Response first = api.get(path);
        if (first.status() != 200) {
            throw new AssertionError(path + " should answer 200 before the test, got " + first.status() + ": " + first.text());
        }
        Object body = view(first, reader.ignoredFields);
        boolean stableBody = true;
        for (int i = 0; i < 2; i++) {
            Api.Response again = api.get(path);
            if (again.status() != first.status()) {
                throw new AssertionError(path + " has no steady answer: " + first.status() + " then " + again.status());
            }
            stableBody &= body.equals(view(again, reader.ignoredFields));
        }
        boolean compareBody = stableBody;
        String without = reader.ignoredFields.isEmpty() ? "" : " without " + reader.ignoredFields;
        reader.steady = compareBody ? "steady: " + first.status() + " and its body" + without
                : "steady: " + first.status() + " (the body varies)";
        return r -> r.status() == first.status() && (!compareBody || body.equals(view(r, reader.ignoredFields)));
    }

    /** What is compared of an answer's body: its bytes, or its JSON without the ignored fields. */
    private static Object view(Api.Response r, List<String> ignoredFields) {
        if (ignoredFields.isEmpty()) {
            return ByteBuffer.wrap(r.bytes());
        }
        try {
            JsonNode json = Api.JSON.readTree(r.bytes());
            if (json instanceof ObjectNode object) {
                object.remove(ignoredFields);
            }
            return json;
        } catch (IOException notJson) {
            return ByteBuffer.wrap(r.bytes());
        }
    }

    /** How an answer is counted: the status, and the error code when the body is a JSON error. */
    static String kind(Api.Response r) {
        if (r.status() < 400) {
            return String.valueOf(r.status());
        }
        try {
            String code = r.json().path("code").asText("");
            return code.isEmpty() ? String.valueOf(r.status()) : r.status() + " " + code;
        } catch (AssertionError notJson) {
            return r.status() + " (not JSON)";
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
    }
}
