package org.xuncha.itests.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.xuncha.itests.support.Accounts;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.Distribution;
import org.xuncha.itests.support.SecondFactor;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 三员分立 on the console: the distribution run as a process, and each of the three administrators
 * signs in over SSH (bin/client, as an office's administrator would) and tries what the issue found
 * them doing: printing the key files, running a process as the platform's OS user, installing a
 * bundle, editing a configuration, adding a feature repository, calling Java from the shell, and the
 * other administrators' commands. Each is refused, the key file's content never appears, and each
 * attempt is in the audit trail; the commands of the administrator's own duty work.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdministratorsIT {

    /** Forbidden to all three: shell, file, process, Java, raw bundle/config/feature commands. */
    private static final List<String> FORBIDDEN = List.of(
            "cat etc/xuncha-keys/wrapped-keys.properties",
            "shell:cat etc/org.xuncha.security.cfg",
            "shell:exec id",
            "bundle:install mvn:org.example/not-there/1.0",
            "config:edit org.xuncha.security",
            "feature:repo-add mvn:org.example/not-there/1.0/xml/features",
            "($.context bundles)",
            "echo x > etc/written-by-console.txt",
            "jaas:realm-list");

    private Distribution dist;
    private Accounts accounts;
    private String wrappedKeys;
    /** The second auditor of test 6, signed in with its second factor: it loses its phone in test 7. */
    private Api auditor2;
    private long auditor2Id;
    /** auditor2's console sign-ins: its console session of test 6 is kept open, and must end with the reset of test 7. */
    private final java.util.concurrent.atomic.AtomicInteger auditor2ConsoleSignIns = new java.util.concurrent.atomic.AtomicInteger();
    private java.util.function.Supplier<String> auditor2Console;

    @BeforeAll
    void start() throws Exception {
        // the per-address sign-in limit (20 a minute by default, SecurityIT tests it) is raised: this suite signs
        // in from one address far more often than a person does, and its subject is the administrators' own rules
        dist = Distribution.unpack("administrators").configure("org.xuncha.security.cfg", "loginAttemptsPerMinute", "1000").start();
        accounts = dist.accounts();
        // the console refuses a one-time password: each administrator changes it on the web first
        accounts.sysadmin();
        accounts.secadmin();
        accounts.auditor();
        wrappedKeys = java.nio.file.Files.readString(dist.home().resolve("etc/xuncha-keys/wrapped-keys.properties"));
    }

    @AfterAll
    void close() {
        dist.close();
    }

    private String console(String user, String... commands) {
        return commands.length == 1 ? accounts.console(dist, user, commands) : accounts.consoleSession(dist, user, commands);
    }

    @Test
    @Order(1)
    void nobodyGetsShellFileOrRawFrameworkCommands() {
        // one console session per administrator (each sign-in spends a one-time code): every command
        // refused, and the audit trail has each refusal (everyCommandRunIsInTheAuditTrail)
        for (String user : List.of("sysadmin", "secadmin", "auditor")) {
            String out = console(user, FORBIDDEN.toArray(String[]::new));
            assertThat(refusals(out)).as(user + ": " + out).isEqualTo(FORBIDDEN.size());
            assertThat(out).as(user).doesNotContain("uid=").doesNotContain("Bundle ID");
            for (String line : wrappedKeys.lines().filter(l -> l.contains("=") && !l.startsWith("#")).toList()) {
                String value = line.substring(line.indexOf('=') + 1).strip();
                if (value.length() >= 16) { // the wrapped keys themselves, not a version number
                    assertThat(out).as(user + " printed the wrapped keys").doesNotContain(value);
                }
            }
        }
        assertThat(dist.home().resolve("etc/written-by-console.txt")).doesNotExist();
    }

    /** How many commands of a console session were refused (not found for the account, or not allowed). */
    private static int refusals(String out) {
        // (an interactive session's start also reports a completion script it may not run: not a command)
        return (int) out.lines().filter(l -> !l.contains("initialization script"))
                .filter(l -> l.contains("Command not found") || l.contains("Insufficient credentials")).count();
    }

    @Test
    @Order(2)
    void eachAdministratorRunsOnlyItsDutysCommands() {
        // system administrator: modules, status, logs; not the others' commands
        String sys = console("sysadmin", "xuncha:module-list", "xuncha:status", "log:display -n 5",
                "xuncha:audit-verify", "xuncha:key-rotate", "xuncha:security-settings");
        assertThat(sys).contains("round-planning");
        assertThat(refusals(sys)).as(sys).isEqualTo(3);
        // security administrator: key rotation and settings, validated
        String sec = console("secadmin", "xuncha:key-rotate", "xuncha:key-rotate --seal", "xuncha:security-settings",
                "xuncha:security-settings sessionIdleMinutes 25",
                "xuncha:security-settings passwordMinLength 4", "xuncha:security-settings keyDirectory /tmp", "xuncha:security-settings",
                "xuncha:module-uninstall example", "log:display");
        assertThat(sec).contains("maxFailedLogins = 5").contains("sessionIdleMinutes = 30").contains("sessionIdleMinutes = 25")
                .contains("passwordMinLength = 10").doesNotContain("passwordMinLength = 4");
        assertThat(sec.split("已修改", -1)).as("only the valid change: " + sec).hasSize(2);
        assertThat(sec).contains("新的审计封签密钥 / new audit-seal key: ");
        assertThat(refusals(sec)).as(sec).isEqualTo(2);
        // auditor: verification, read-only
        String aud = console("auditor", "xuncha:audit-verify", "xuncha:security-settings sessionIdleMinutes 5",
                "xuncha:module-uninstall round-planning", "xuncha:key-rotate", "log:set DEBUG");
        assertThat(aud).as("the seals of the old key and the new one verify").contains("审计链完整");
        assertThat(refusals(aud)).as(aud).isEqualTo(4);
        // the refused uninstall did nothing
        assertThat(console("sysadmin", "xuncha:module-list")).contains("round-planning");
    }

    @Test
    @Order(3)
    void everyCommandRunIsInTheAuditTrail() {
        Api auditor = accounts.auditor();
        for (String user : List.of("sysadmin", "secadmin", "auditor")) {
            List<String> summaries = new ArrayList<>();
            for (JsonNode r : auditor.get("/platform/audit?entityType=console-command&actor=" + user + "&size=100").expect(200).path("items")) {
                summaries.add(r.path("summary").asText());
            }
            assertThat(summaries).as(user + ": the initialisation scripts are not commands anyone ran").noneMatch(m -> m.contains("//"));
            assertThat(summaries).as(user).contains("控制台命令（被拒绝）：shell:exec id", "控制台命令（被拒绝）：cat etc/xuncha-keys/wrapped-keys.properties",
                    "控制台命令（被拒绝）：config:edit org.xuncha.security", "控制台命令（被拒绝）：bundle:install mvn:org.example/not-there/1.0");
        }
        List<String> sysadmin = new ArrayList<>();
        auditor.get("/platform/audit?entityType=console-command&actor=sysadmin&size=100").expect(200).path("items")
                .forEach(r -> sysadmin.add(r.path("summary").asText()));
        assertThat(sysadmin).contains("控制台命令（已执行）：xuncha:module-list", "控制台命令（被拒绝）：xuncha:audit-verify");
        // the settings change itself, with old and new value
        org.xuncha.itests.support.Wait.until(java.time.Duration.ofSeconds(60), () -> auditor.get("/platform/audit?entityType=settings&size=50")
                .expect(200).toString().contains("sessionIdleMinutes 30→25"));
    }
    @Test
    @Order(4)
    void dataDatabaseLogsAndAnchorLogAreOwnerOnly() throws Exception {
        accounts.auditor().post("/platform/audit/seal", java.util.Map.of()).expect(200);
        java.nio.file.Path data = dist.home().resolve("data");
        List<java.nio.file.Path> checked = new ArrayList<>(List.of(data, data.resolve("log/karaf.log"), data.resolve("xuncha"),
                data.resolve("xuncha/audit-anchors.log"), data.resolve("xuncha/initial-credentials.txt")));
        try (java.util.stream.Stream<java.nio.file.Path> db = java.nio.file.Files.list(data.resolve("xuncha/db"))) {
            db.forEach(checked::add);
        }
        for (java.nio.file.Path p : checked) {
            assertThat(p).exists();
            String perms = java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(p));
            assertThat(perms.substring(3)).as(dist.home().relativize(p) + " " + perms).isEqualTo("------");
        }
    }
    @Test
    @Order(5)
    void wrongPasswordsDelayButNeverLockAnAdministrator() {
        Api stranger = dist.api();
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            answers.add(stranger.login("secadmin", "Wrong-Passw0rd-" + i).status());
        }
        assertThat(answers).as("wrong passwords: refused or delayed, never a lock").doesNotContain(423).contains(401);
        // the right password gets in once the short wait from this address is over
        // (the password alone, answered "code required" once the delay is over: each code is good once)
        org.xuncha.itests.support.Wait.upTo(java.time.Duration.ofSeconds(90)).pollInterval(java.time.Duration.ofSeconds(3))
                .until(() -> dist.api().login("secadmin", Accounts.SECADMIN_PASSWORD).text().contains("totp_required"));
        accounts.signIn("secadmin");
        JsonNode page = accounts.sysadmin().get("/platform/security/users?text=secadmin").expect(200);
        for (JsonNode u : page.path("items")) {
            if (u.path("username").asText().equals("secadmin")) {
                assertThat(u.path("locked").asBoolean()).isFalse();
            }
        }
    }
    @Test
    @Order(6)
    void anAdministratorWithoutTheSecondFactorOnlyEnrolsAndTheConsoleRefusesItUntilThen() {
        // a second security auditor, made as an office makes one (三员分立), signed in for the first time
        long id = accounts.sysadmin().post("/platform/security/users", java.util.Map.of("username", "auditor2", "displayName", "审计员二"))
                .expect(201).path("user").path("id").asLong();
        auditor2Id = id;
        accounts.secadmin().put("/platform/security/users/" + id + "/roles", java.util.Map.of("roles", List.of("security-auditor"))).expect(200);
        String initial = accounts.release(id);
        auditor2 = dist.api();
        auditor2.login("auditor2", initial).expect(200);
        auditor2.post("/auth/password", java.util.Map.of("oldPassword", initial, "newPassword", Accounts.AUDITOR_PASSWORD)).expect(204);
        JsonNode signedIn = auditor2.login("auditor2", Accounts.AUDITOR_PASSWORD).expect(200);
        assertThat(signedIn.path("secondFactorEnrolmentRequired").asBoolean()).as(signedIn.toString()).isTrue();
        // the right password gives a session that can only enrol
        Api.Response refused = auditor2.get("/platform/audit?size=1");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("code").asText()).isEqualTo("second_factor_enrolment_required");
        assertThat(refused.text()).contains("管理员须先绑定动态口令").contains("must enrol the second factor");
        // the console refuses it, and says so in the audit trail
        assertThat(dist.console("auditor2", Accounts.AUDITOR_PASSWORD, "xuncha:audit-verify")).doesNotContain("审计链");
        org.xuncha.itests.support.Wait.until(java.time.Duration.ofSeconds(30), () -> accounts.auditor()
                .get("/platform/audit?actor=auditor2&size=20").expect(200).toString().contains("控制台登录被拒：管理员尚未绑定动态口令"));

        // enrolment: the secret as shown, confirmed with a code; the same session is then a full one
        String secret = auditor2.post("/auth/totp/setup", java.util.Map.of()).expect(200).path("secret").asText();
        long step = java.time.Instant.now().getEpochSecond() / 30;
        auditor2.post("/auth/totp/enable", java.util.Map.of("code", SecondFactor.totp(secret, step))).expect(204);
        assertThat(auditor2.get("/platform/audit?size=1").status()).isEqualTo(200);
        assertThat(auditor2.post("/auth/totp/disable", java.util.Map.of("code", SecondFactor.totp(secret, step + 1))).status())
                .as("an administrator cannot turn it off").isEqualTo(403);
        assertThat(accounts.auditor().get("/platform/audit?actor=auditor2&size=20").expect(200).toString()).contains("启用动态口令");
        // the console: the password alone no longer opens it, the password followed by the current code does
        // (the code of the next step: the one that turned the factor on is spent, and one step of drift is accepted)
        assertThat(dist.console("auditor2", Accounts.AUDITOR_PASSWORD, "xuncha:audit-verify")).doesNotContain("审计链完整");
        // (an interactive session, kept open: test 7 ends it by resetting the factor)
        auditor2Console = () -> {
            auditor2ConsoleSignIns.incrementAndGet();
            return Accounts.AUDITOR_PASSWORD + SecondFactor.totp(secret, step + 1);
        };
        assertThat(dist.console("auditor2", auditor2Console, "xuncha:audit-verify")).contains("审计链完整");
        assertThat(auditor2ConsoleSignIns).hasValue(1);
        // and the web sign-in asks for the code
        assertThat(dist.api().login("auditor2", Accounts.AUDITOR_PASSWORD).text()).contains("totp_required");
    }

    @Test
    @Order(7)
    void theSecurityAdministratorResetsALostAuthenticatorEndingTheAccountsSessions() {
        String reset = "/platform/security/users/" + auditor2Id + "/reset-second-factor";
        assertThat(auditor2.get("/platform/audit?size=1").status()).as("auditor2 signed in with its factor").isEqualTo(200);
        // the system administrator may not; nobody for its own account
        assertThat(accounts.sysadmin().post(reset, java.util.Map.of()).status()).isEqualTo(403);
        Api.Response self = accounts.secadmin().post("/platform/security/users/" + accounts.userId("secadmin") + "/reset-second-factor",
                java.util.Map.of());
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().path("code").asText()).isEqualTo("self");
        // the security administrator, on the web: the factor is gone, the session ended, the next sign-in enrols again
        assertThat(accounts.secadmin().post(reset, java.util.Map.of()).expect(200).path("totpEnabled").asBoolean()).isFalse();
        assertThat(auditor2.get("/platform/audit?size=1").status()).as("its session ended").isEqualTo(401);
        assertThat(dist.api().login("auditor2", Accounts.AUDITOR_PASSWORD).expect(200).path("secondFactorEnrolmentRequired").asBoolean())
                .isTrue();
        // its console session, open since test 6, ended too (the console checks the factor at sign-in only): the next
        // command finds it closed, and a new sign-in is refused
        org.xuncha.itests.support.Wait.until(java.time.Duration.ofSeconds(10),
                () -> dist.log().contains("Ended 1 console session(s) of auditor2"));
        String after;
        try {
            after = dist.console("auditor2", auditor2Console, "xuncha:audit-verify");
        } catch (RuntimeException refused) {
            after = String.valueOf(refused);
        }
        // had the old session lived on, the command would have run in it (the new sign-in is refused: no factor)
        assertThat(after).as("no command ran in the old session (sign-ins: " + auditor2ConsoleSignIns + ")").doesNotContain("审计链完整");

        // a business account, on the console: the factor is turned off and its session ends
        Api lost = accounts.user("lost-phone", null, null, "office-staff");
        String secret = lost.post("/auth/totp/setup", java.util.Map.of()).expect(200).path("secret").asText();
        lost.post("/auth/totp/enable", java.util.Map.of("code", SecondFactor.totp(secret, java.time.Instant.now().getEpochSecond() / 30)))
                .expect(204);
        assertThat(dist.api().login("lost-phone", Accounts.USER_PASSWORD).text()).contains("totp_required");
        String bySysadmin = console("sysadmin", "xuncha:security-second-factor-reset lost-phone");
        assertThat(refusals(bySysadmin)).as(bySysadmin).isEqualTo(1);
        assertThat(console("secadmin", "xuncha:security-second-factor-reset lost-phone")).contains("已重置 lost-phone 的动态口令");
        assertThat(lost.get("/auth/me").status()).as("its session ended").isEqualTo(401);
        dist.api().login("lost-phone", Accounts.USER_PASSWORD).expect(200);

        String trail = accounts.auditor().get("/platform/audit?actor=secadmin&size=50").expect(200).toString();
        assertThat(trail).contains("重置动态口令 auditor2（认证器丢失；下次登录须重新绑定）")
                .contains("重置动态口令 lost-phone（认证器丢失；已停用动态口令）");
    }

    /**
     * JMX (Karaf's RMI connector on 127.0.0.1, signed in through the same {@code xuncha} realm) does not
     * open what the console by duty closes: the system administrator signs in (password and code) but
     * can neither install a bundle, nor edit the security settings, nor read the bundle list.
     */
    @Test
    @Order(8)
    void jmxThroughTheRealmDoesNothingTheConsoleForbids() throws Exception {
        Path settings = dist.home().resolve("etc/org.xuncha.security.cfg");
        String before = Files.readString(settings);
        javax.management.remote.JMXServiceURL url = new javax.management.remote.JMXServiceURL(
                "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + dist.rmiRegistryPort() + "/karaf-root");
        java.util.Map<String, Object> env = java.util.Map.of(javax.management.remote.JMXConnector.CREDENTIALS,
                new String[] {"sysadmin", Accounts.adminPassword("sysadmin") + accounts.factors().nextCode("sysadmin")});
        try (javax.management.remote.JMXConnector jmx = javax.management.remote.JMXConnectorFactory.connect(url, env)) {
            javax.management.MBeanServerConnection server = jmx.getMBeanServerConnection();
            javax.management.ObjectName bundles = new javax.management.ObjectName("org.apache.karaf:type=bundle,name=root");
            javax.management.ObjectName config = new javax.management.ObjectName("org.apache.karaf:type=config,name=root");
            List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> forbidden = List.of(
                    () -> server.invoke(bundles, "install", new Object[] {"mvn:org.example/not-there/1.0", false},
                            new String[] {String.class.getName(), boolean.class.getName()}),
                    () -> server.invoke(config, "setProperty", new Object[] {"org.xuncha.security", "maxFailedLogins", "1000"},
                            new String[] {String.class.getName(), String.class.getName(), String.class.getName()}),
                    () -> server.getAttribute(bundles, "Bundles"));
            for (org.assertj.core.api.ThrowableAssert.ThrowingCallable call : forbidden) {
                org.assertj.core.api.Assertions.assertThatThrownBy(call).satisfies(e -> {
                    boolean refused = false;
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        refused |= t instanceof SecurityException;
                    }
                    assertThat(refused).as("refused by the JMX ACL: " + e).isTrue();
                });
            }
        }
        assertThat(Files.readString(settings)).as("settings unchanged").isEqualTo(before);
        assertThat(dist.log()).doesNotContain("not-there");
    }

    /**
     * HTTPS in the real distribution (last: it restarts it): a certificate made here with keytool, then
     * signed in over HTTPS trusting it, the cookies Secure, HttpOnly and SameSite, HSTS sent; plain HTTP
     * on loopback gets Secure cookies as well; plain HTTP to this machine's network address only redirects.
     */
    @Test
    @Order(9)
    void withHttpsOnCookiesAreSecureHstsIsSentAndPlainHttpFromTheNetworkOnlyRedirects() throws Exception {
        dist.stop();
        java.nio.file.Path keystore = dist.home().resolve("etc/xuncha-keys/https.p12");
        String password = "it-https-" + System.nanoTime();
        Process keytool = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "xuncha", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost, O=xuncha-it",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", password, "-keypass", password).redirectErrorStream(true).start();
        String made = new String(keytool.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as(made).isZero();
        int httpsPort = org.xuncha.itests.support.PaxExamSupport.freePort();
        dist.configure("org.ops4j.pax.web.cfg", "org.osgi.service.http.secure.enabled", "true")
                .configure("org.ops4j.pax.web.cfg", "org.osgi.service.http.port.secure", String.valueOf(httpsPort))
                .configure("org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.keystore.password", password)
                .configure("org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.key.password", password)
                .start();

        java.net.http.HttpClient https = java.net.http.HttpClient.newBuilder().sslContext(trusting(keystore, password))
                .connectTimeout(java.time.Duration.ofSeconds(10)).build();
        String base = "https://127.0.0.1:" + httpsPort + "/api";
        String body = "{\"username\":\"lost-phone\",\"password\":\"" + Accounts.USER_PASSWORD + "\"}";
        java.net.http.HttpResponse<String> login = https.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/auth/login"))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("XSESSION=").contains("; HttpOnly").contains("; SameSite=Strict")
                .contains("; Secure"));
        assertThat(cookies).hasSize(2).allSatisfy(c -> assertThat(c).contains("; Secure").contains("; SameSite=Strict"));
        String session = cookies.stream().filter(c -> c.startsWith("XSESSION=")).findFirst().orElseThrow().split(";")[0];
        java.net.http.HttpResponse<String> me = https.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/auth/me"))
                .header("Cookie", session).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("lost-phone");

        // plain HTTP on the machine itself is served (health checks, local tools), and its cookies are Secure too
        Api.Response plain = dist.api().login("lost-phone", Accounts.USER_PASSWORD);
        assertThat(plain.status()).isEqualTo(200);
        List<String> plainCookies = plain.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream()).toList();
        assertThat(plainCookies).hasSize(2).allSatisfy(c -> assertThat(c).contains("; Secure"));

        // plain HTTP from this machine's network address: only a redirect to HTTPS
        String address = networkAddress();
        org.junit.jupiter.api.Assumptions.assumeTrue(address != null, "this machine has no non-loopback IPv4 address");
        java.net.http.HttpResponse<String> fromNetwork = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://" + address + ":" + dist.httpPort() + "/api/health?x=1")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(fromNetwork.statusCode()).as(fromNetwork.body()).isEqualTo(308);
        assertThat(fromNetwork.headers().firstValue("Location")).hasValue("https://" + address + ":" + httpsPort + "/api/health?x=1");
        assertThat(fromNetwork.body()).doesNotContain("UP");
    }

    private static javax.net.ssl.SSLContext trusting(java.nio.file.Path keystore, String password) throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(keystore)) {
            store.load(in, password.toCharArray());
        }
        java.security.KeyStore trust = java.security.KeyStore.getInstance(java.security.KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("xuncha", store.getCertificate("xuncha"));
        javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        javax.net.ssl.SSLContext ssl = javax.net.ssl.SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl;
    }

    /** A non-loopback IPv4 address of this machine (what `hostname -I` lists first), or null. */
    private static String networkAddress() throws java.net.SocketException {
        for (java.net.NetworkInterface nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (java.net.InetAddress a : java.util.Collections.list(nic.getInetAddresses())) {
                if (a instanceof java.net.Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    return a.getHostAddress();
                }
            }
        }
        return null;
    }
}
