package org.xuncha.itests.support;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.options.DefaultCompositeOption;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Boots the built distribution in Pax Exam, on free ports, with HTTPS off. Subclasses get the
 * bundle context, a console to run commands as a platform user, and the REST base URL.
 */
public abstract class PaxExamSupport {

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    protected static Option[] baseConfig() {
        String dist = System.getProperty("xuncha.distribution");
        if (dist == null || !new File(dist).isFile()) {
            throw new IllegalStateException("xuncha.distribution must name the built distribution zip, got " + dist);
        }
        int http = freePort();
        return new Option[] {
            // -Dxuncha.test.keep=true keeps target/exam/<uuid> with its data/log/karaf.log for a post-mortem.
            Boolean.getBoolean("xuncha.test.keep") ? keepRuntimeFolder() : new DefaultCompositeOption(),
            karafDistributionConfiguration().frameworkUrl("file:" + dist).name("xuncha").karafVersion("4.4.10")
                    .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.INFO),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.secure.enabled", "false"),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("org.ops4j.pax.url.mvn.localRepository", System.getProperty("user.home") + "/.m2/repository")),
            vmOption("-Dliquibase.analytics.enabled=false"),
            vmOption("-Xmx768m"),
            systemProperty("xuncha.test.httpPort").value(String.valueOf(http)),
            // the key-encryption secret, from a file outside the installation as an office gives it
            systemProperty("xuncha.kek.file").value(keySecret().toAbsolutePath().toString()),
            // the tests move the platform clock (org.xuncha.clock): allowed only where this is set
            systemProperty("xuncha.clock.adjustable").value("true"),
            // Pax Exam's own waits inside the container (10 s by default) give up on a loaded two-core machine
            // and leave the test run hanging; wait as long as the tests do.
            systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("180000"),
            systemProperty("org.ops4j.pax.exam.invoker.junit.internal.JUnitProbeInvokerFactory.DEFAULT_TIMEOUT").value("180000"),
            systemProperty("org.ops4j.pax.swissbox.tracker.ServiceLookup.DEFAULT_TIMEOUT").value("180000"),
            database(),
            mavenBundle(maven("org.awaitility", "awaitility").version("4.2.2")),
            mavenBundle(maven("org.hamcrest", "hamcrest").version("2.2")),
        };
    }

    /**
     * The shared DataSource: H2 as shipped, or, with {@code -Dxuncha.test.db=postgres}, a fresh
     * PostgreSQL database ({@code xuncha.test.pg.*}) for the suite, so that a module's SQL is run there too.
     */
    private static Option database() {
        if (!"postgres".equals(System.getProperty("xuncha.test.db"))) {
            return new DefaultCompositeOption();
        }
        String cfg = "etc/org.ops4j.datasource-xuncha.cfg";
        return new DefaultCompositeOption(
                editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(cfg, "url", Postgres.freshDatabase("xuncha_pax")),
                editConfigurationFilePut(cfg, "user", Postgres.user()),
                editConfigurationFilePut(cfg, "password", Postgres.password()));
    }

    /**
     * One key-encryption secret for this test JVM's containers (each has keys of its own, wrapped under
     * it). One file per JVM: suites run in two JVMs at once, and one JVM must never overwrite the secret
     * another's running container was given.
     */
    static synchronized Path keySecret() {
        Path file = Path.of("target", "kek", "pax-exam-secret-" + ProcessHandle.current().pid());
        return java.nio.file.Files.exists(file) ? file : Distribution.writeSecret(file);
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The /api base URL of the container. */
    protected static String apiBase() {
        return "http://127.0.0.1:" + System.getProperty("xuncha.test.httpPort") + "/api";
    }

    /** Accounts of the running installation (its one-time passwords are under data/). */
    protected static Accounts accounts() {
        return new Accounts(apiBase(), Path.of(System.getProperty("karaf.data"), "xuncha", "initial-credentials.txt"));
    }

    /** Waits until /api answers: the application deploys only when all its extensions are present. */
    protected static void awaitApi() {
        Wait.until(Duration.ofSeconds(300), () -> new Api(apiBase(), Duration.ofSeconds(5)).get("/health").status() == 200);
    }

    /**
     * Runs a console command as the given platform user and returns its output. The session carries
     * what the xuncha realm gives at sign-in and the console's duty ACLs match: the console role and,
     * for the three administrators, their platform role; {@code roles} adds others.
     */
    protected String console(String username, String command, String... roles) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, ps, ps);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(username));
        subject.getPrincipals().add(new RolePrincipal("xuncha-console"));
        String duty = switch (username) {
            case "sysadmin" -> "sys-admin";
            case "secadmin" -> "security-admin";
            case "auditor" -> "security-auditor";
            default -> null;
        };
        if (duty != null) {
            subject.getPrincipals().add(new RolePrincipal(duty));
        }
        for (String role : roles) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } finally {
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The service of that type, or null when none is registered. */
    protected <T> T service(Class<T> type) {
        ServiceReference<T> ref = bundleContext.getServiceReference(type);
        return ref == null ? null : bundleContext.getService(ref);
    }

    /** Shifts the platform clock (PID org.xuncha.clock) by an ISO-8601 duration; null puts it back. */
    protected void setClockOffset(String offset) throws Exception {
        org.osgi.service.cm.Configuration c = service(ConfigurationAdmin.class).getConfiguration("org.xuncha.clock", "?");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("offset", offset == null ? "" : offset);
        c.update(props);
        // Configuration Admin applies it asynchronously: wait until the platform clock shows the shift.
        Duration shift = offset == null ? Duration.ZERO : Duration.parse(offset);
        Clock clock = service(Clock.class);
        Wait.until(Duration.ofSeconds(120), () -> Math.abs(Duration.between(Instant.now().plus(shift), clock.instant()).toMinutes()) < 60);
    }

    /** Today by the platform clock. */
    protected LocalDate today() {
        return LocalDate.now(service(Clock.class));
    }

    /** The field of every element of a JSON array (the elements themselves when field is null), as text. */
    protected static List<String> texts(JsonNode array, String field) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(field == null ? n.asText() : n.path(field).asText()));
        return result;
    }

    /** The element of a JSON array whose field has that value. */
    protected static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + "=" + value + " in " + array);
    }
}
