package org.xuncha.itests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The built distribution run as an office runs it: unpacked into its own folder, started with
 * bin/karaf as a separate process on free ports, stopped with bin/stop, started again on the same
 * data. Optionally on PostgreSQL instead of the embedded database. Like an office, it gives the
 * process the key-encryption secret in a file outside the installation ({@code XUNCHA_KEK_FILE}):
 * {@code <run>/kek-secret}, next to the installation's folder.
 */
public final class Distribution implements AutoCloseable {

    private final Path home;
    private final int http = PaxExamSupport.freePort();
    private final int ssh = PaxExamSupport.freePort();
    private final int rmiRegistry = PaxExamSupport.freePort();
    private final int rmiServer = PaxExamSupport.freePort();
    /** The console sessions over SSH, the administrators' kept until this distribution stops. */
    private final SshConsole console = new SshConsole(ssh);
    private Process process;
    private int starts;
    private Path kek;
    private Duration startTimeout = Duration.ofSeconds(300);

    private Distribution(Path home) {
        this.home = home;
        this.kek = home.getParent().resolve("kek-secret");
        if (!Files.exists(kek)) {
            writeSecret(kek);
        }
    }

    /** Writes a new random key-encryption secret, readable by its owner only. */
    public static Path writeSecret(Path file) {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, java.util.Base64.getEncoder().encodeToString(random) + "\n");
            try {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--------"));
            } catch (UnsupportedOperationException notPosix) {
                // not on a POSIX file system
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    /** The file the key-encryption secret is given from at the next start; null: none is given. */
    public Distribution keySecret(Path file) {
        this.kek = file;
        return this;
    }

    public Path keySecret() {
        return kek;
    }

    /** A fresh copy of the distribution under target/runs/{name}. */
    public static Distribution unpack(String name) {
        return unpack(Path.of(System.getProperty("xuncha.distribution", "target/under-test/xuncha-distribution.zip")), name);
    }

    /** A fresh copy of the installation in {@code zip} (one top folder with bin/karaf) under target/runs/{name}. */
    public static Distribution unpack(Path zip, String name) {
        Path target = Path.of(System.getProperty("xuncha.work", "target/runs")).resolve(name);
        try {
            deleteRecursively(target);
            Files.createDirectories(target);
            Path top = null;
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    Path out = target.resolve(e.getName()).normalize();
                    if (!out.startsWith(target)) {
                        throw new IOException("bad entry " + e.getName());
                    }
                    if (top == null) {
                        top = target.resolve(Path.of(e.getName()).getName(0));
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            try (Stream<Path> bin = Files.list(top.resolve("bin"))) {
                bin.forEach(p -> p.toFile().setExecutable(true));
            }
            return new Distribution(top);
        } catch (IOException e) {
            throw new IllegalStateException("cannot unpack " + zip, e);
        }
    }

    public Path home() {
        return home;
    }

    public int httpPort() {
        return http;
    }

    public String apiBase() {
        return "http://127.0.0.1:" + http + "/api";
    }

    public Api api() {
        return new Api(apiBase());
    }

    public Accounts accounts() {
        return new Accounts(apiBase(), home.resolve("data/xuncha/initial-credentials.txt"));
    }

    /** Points the shared DataSource at PostgreSQL, by editing the one file an administrator edits. */
    public Distribution usePostgres(String url, String user, String password) {
        Path cfg = home.resolve("etc/org.ops4j.datasource-xuncha.cfg");
        try {
            String text = Files.readString(cfg)
                    .replace("osgi.jdbc.driver.name = H2 JDBC Driver", "#osgi.jdbc.driver.name = H2 JDBC Driver")
                    .replaceFirst("(?m)^url = jdbc:h2", "#url = jdbc:h2")
                    .replaceFirst("(?m)^user = xuncha", "#user = xuncha")
                    .replaceFirst("(?m)^password = xuncha", "#password = xuncha")
                    .replace("#osgi.jdbc.driver.name = PostgreSQL JDBC Driver", "osgi.jdbc.driver.name = PostgreSQL JDBC Driver")
                    .replace("#url = jdbc:postgresql://127.0.0.1:5432/xuncha", "url = " + url)
                    .replace("#user = xuncha", "user = " + user)
                    .replace("#password = change-me", "password = " + password);
            Files.writeString(cfg, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Sets one property in a configuration file under etc/ (appended; the last value wins), before start. */
    public Distribution configure(String file, String key, String value) {
        try {
            Files.writeString(home.resolve("etc").resolve(file), "\n" + key + " = " + value + "\n",
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** How long {@link #start()} and {@link #startRefused()} wait for /api/health (300 s unless set). */
    public Distribution startTimeout(Duration timeout) {
        this.startTimeout = timeout;
        return this;
    }

    /**
     * Starts bin/karaf server and waits until /api/health answers UP; fails at once if the platform refuses to start.
     * A start that fails leaves no Karaf running: a caller that assigns the result ({@code d = unpack(..).start()})
     * never gets the object to close, and a Karaf left behind would load the machine under the suites that follow.
     */
    public Distribution start() {
        launchAnd(() -> {
            awaitUp();
            return null;
        });
        return this;
    }

    /** Launches bin/karaf server and waits with {@code await}; a wait that fails kills the process first. */
    private <T> T launchAnd(java.util.function.Supplier<T> await) {
        launch();
        try {
            return await.get();
        } catch (RuntimeException | Error e) {
            kill();
            throw e;
        }
    }

    private void awaitUp() {
        // Wait ignores exceptions thrown by the condition: what ends the wait early is kept and reported after it
        com.fasterxml.jackson.databind.JsonNode[] refused = new com.fasterxml.jackson.databind.JsonNode[1];
        Wait.until(startTimeout, () -> {
            Api.Response r = health();
            if (r.status() == 503 && r.json().path("status").asText().equals("REFUSED")) {
                refused[0] = r.json();
                return true;
            }
            // UP, and the platform's own REST application served: /api/health answers before it is, and a
            // sign-in in between was answered 503 module_unavailable (CI, ModuleIsolationIT)
            return r.status() == 200 && r.json().path("status").asText().equals("UP")
                    && new Api(apiBase(), Duration.ofSeconds(5)).get("/auth/me").status() != 503;
        });
        if (refused[0] != null) {
            throw new AssertionError("the platform refused to start: " + refused[0]);
        }
    }

    /** Starts bin/karaf server expecting the platform to refuse; returns /api/health's answer once it says REFUSED. */
    public com.fasterxml.jackson.databind.JsonNode startRefused() {
        return launchAnd(this::awaitRefused);
    }

    private com.fasterxml.jackson.databind.JsonNode awaitRefused() {
        com.fasterxml.jackson.databind.JsonNode[] answer = new com.fasterxml.jackson.databind.JsonNode[1];
        Wait.until(startTimeout, () -> {
            Api.Response r = health();
            boolean refused = r.status() == 503 && r.json().path("status").asText().equals("REFUSED");
            if (refused || r.status() == 200) {
                answer[0] = r.json();
                return true;
            }
            return false;
        });
        if (!"REFUSED".equals(answer[0].path("status").asText())) {
            throw new AssertionError("the platform started although it should have refused: " + answer[0]);
        }
        return answer[0];
    }

    private Api.Response health() {
        if (!process.isAlive()) {
            throw new IllegalStateException("Karaf exited with " + process.exitValue() + ", see " + home.resolve("data/log/karaf.log"));
        }
        return new Api(apiBase(), Duration.ofSeconds(5)).get("/health");
    }

    private void launch() {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile());
        Map<String, String> env = pb.environment();
        env.remove("XUNCHA_KEK");
        env.remove("XUNCHA_KEK_FILE");
        if (kek != null) {
            env.put("XUNCHA_KEK_FILE", kek.toAbsolutePath().toString());
        }
        env.put("XUNCHA_HTTP_PORT", String.valueOf(http));
        env.put("XUNCHA_SSH_PORT", String.valueOf(ssh));
        env.put("XUNCHA_RMI_REGISTRY_PORT", String.valueOf(rmiRegistry));
        env.put("XUNCHA_RMI_SERVER_PORT", String.valueOf(rmiServer));
        env.put("XUNCHA_HTTPS_ENABLED", "false");
        env.put("JAVA_MAX_MEM", "768M");
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console-" + (++starts) + ".log").toFile()));
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops with bin/stop, as an administrator would, and waits for the process to end. */
    public void stop() {
        console.forget();
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            Process stop = new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            stop.waitFor(60, TimeUnit.SECONDS);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new AssertionError("Karaf did not stop within 120 s");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Kills the Karaf JVM with SIGKILL, as a power cut or the kernel's out-of-memory killer would:
     * no shutdown hook, no flush. Returns when the process is gone.
     */
    public void kill() {
        console.forget();
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            // bin/karaf runs java as its child: kill the JVM itself, then the script ends
            java.util.List<ProcessHandle> jvm = process.descendants().toList();
            jvm.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            for (ProcessHandle h : jvm) {
                h.onExit().get(30, TimeUnit.SECONDS);
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("Karaf did not die within 30 s of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Karaf did not die after SIGKILL", e);
        }
    }

    /** The process started by the last start (bin/karaf server), for tests that watch it. */
    public Process process() {
        return process;
    }

    /**
     * Runs console commands over SSH as a platform account, signing in with this password for them
     * only, as one script (bin/client's batch mode: a refused command stops it), and returns the output
     * (or why the sign-in was refused).
     */
    public String console(String user, String password, String... commands) {
        return console.once(user, password, String.join("\n", commands));
    }

    /**
     * Runs console commands at the account's interactive console session, kept while this distribution
     * runs, each a command line of its own (refused or not, the next one runs; each audited on its own),
     * and returns their output: {@code password} is asked only when the account signs in anew (the first
     * time, or after the server closed the session, e.g. on a restart).
     */
    public String console(String user, Supplier<String> password, String... commands) {
        return console.session(user, password, List.of(commands));
    }



    /** Copies a file into deploy/, as an administrator drops a KAR there. */
    public void deploy(Path file) {
        try {
            Path tmp = home.resolve("deploy").resolve(file.getFileName() + ".part");
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, home.resolve("deploy").resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The RMI registry port of Karaf's JMX connector (127.0.0.1; URL {@code service:jmx:rmi:///jndi/rmi://127.0.0.1:<port>/karaf-root}). */
    public int rmiRegistryPort() {
        return rmiRegistry;
    }

    public String log() {
        return readOrEmpty(home.resolve("data/log/karaf.log"));
    }

    /** What the server printed to its standard output and error, every start so far (console-N.log). */
    public String consoleOutput() {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= starts; i++) {
            out.append(readOrEmpty(home.resolve("console-" + i + ".log")));
        }
        return out.toString();
    }

    /** The file's text, or nothing if it is not there (yet). */
    private static String readOrEmpty(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        stop();
        console.close();
        if (!Boolean.getBoolean("xuncha.test.keep")) {
            deleteRecursively(home.getParent());
        }
    }

    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
