package org.xuncha.itests.security;

import static org.assertj.core.api.Assertions.assertThat;

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

    @BeforeAll
    void start() throws Exception {
        dist = Distribution.unpack("administrators").start();
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

    private String console(String user, String command) {
        return accounts.console(dist, user, command);
    }

    @Test
    @Order(1)
    void nobodyGetsShellFileOrRawFrameworkCommands() {
        for (String user : List.of("sysadmin", "secadmin", "auditor")) {
            for (String command : FORBIDDEN) {
                String out = console(user, command);
                assertThat(out).as(user + ": " + command).containsAnyOf("Command not found", "Insufficient credentials");
                assertThat(out).as(user + ": " + command).doesNotContain("uid=").doesNotContain("Bundle ID");
                for (String line : wrappedKeys.lines().filter(l -> l.contains("=") && !l.startsWith("#")).toList()) {
                    String value = line.substring(line.indexOf('=') + 1).strip();
                    if (value.length() >= 16) { // the wrapped keys themselves, not a version number
                        assertThat(out).as(user + " printed the wrapped keys").doesNotContain(value);
                    }
                }
            }
        }
        assertThat(dist.home().resolve("etc/written-by-console.txt")).doesNotExist();
    }

    @Test
    @Order(2)
    void eachAdministratorRunsOnlyItsDutysCommands() {
        // system administrator: modules, status, logs
        assertThat(console("sysadmin", "xuncha:module-list")).contains("round-planning");
        assertThat(console("sysadmin", "xuncha:status")).doesNotContain("Command not found").doesNotContain("Insufficient credentials");
        assertThat(console("sysadmin", "log:display -n 5")).doesNotContain("Command not found").doesNotContain("Insufficient credentials");
        assertThat(console("sysadmin", "xuncha:audit-verify")).containsAnyOf("Command not found", "Insufficient credentials");
        assertThat(console("sysadmin", "xuncha:key-rotate")).containsAnyOf("Command not found", "Insufficient credentials");
        // security administrator: key rotation
        assertThat(console("secadmin", "xuncha:key-rotate")).doesNotContain("Command not found").doesNotContain("Insufficient credentials")
                .doesNotContain("Error");
        assertThat(console("secadmin", "xuncha:security-settings")).contains("maxFailedLogins = 5").contains("sessionIdleMinutes = 30");
        assertThat(console("secadmin", "xuncha:security-settings sessionIdleMinutes 25")).contains("已修改");
        assertThat(console("secadmin", "xuncha:security-settings passwordMinLength 4")).doesNotContain("已修改");
        assertThat(console("secadmin", "xuncha:security-settings keyDirectory /tmp")).doesNotContain("已修改");
        assertThat(console("secadmin", "xuncha:security-settings")).contains("sessionIdleMinutes = 25").contains("passwordMinLength = 10");
        assertThat(console("sysadmin", "xuncha:security-settings")).containsAnyOf("Command not found", "Insufficient credentials");
        assertThat(console("auditor", "xuncha:security-settings sessionIdleMinutes 5")).containsAnyOf("Command not found", "Insufficient credentials");
        assertThat(console("secadmin", "xuncha:module-uninstall example")).containsAnyOf("Command not found", "Insufficient credentials");
        assertThat(console("secadmin", "log:display")).containsAnyOf("Command not found", "Insufficient credentials");
        // auditor: verification, read-only
        assertThat(console("auditor", "xuncha:audit-verify")).contains("审计链");
        assertThat(console("auditor", "xuncha:module-uninstall round-planning")).containsAnyOf("Command not found", "Insufficient credentials");
        assertThat(console("auditor", "xuncha:key-rotate")).containsAnyOf("Command not found", "Insufficient credentials");
        assertThat(console("auditor", "log:set DEBUG")).containsAnyOf("Command not found", "Insufficient credentials");
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
        // (polled slowly: every attempt counts toward the per-address rate limit of 20 a minute)
        org.xuncha.itests.support.Wait.upTo(java.time.Duration.ofSeconds(90)).pollInterval(java.time.Duration.ofSeconds(3))
                .until(() -> dist.api().login("secadmin", Accounts.SECADMIN_PASSWORD).status() == 200);
        JsonNode page = accounts.sysadmin().get("/platform/security/users?text=secadmin").expect(200);
        for (JsonNode u : page.path("items")) {
            if (u.path("username").asText().equals("secadmin")) {
                assertThat(u.path("locked").asBoolean()).isFalse();
            }
        }
    }
    @Test
    @Order(6)
    void anAdministratorWithTheSecondFactorGivesPasswordAndCodeOverSsh() throws Exception {
        Api auditor = accounts.auditor();
        String secret = auditor.post("/auth/totp/setup", java.util.Map.of()).expect(200).path("secret").asText();
        long now = java.time.Instant.now().getEpochSecond();
        auditor.post("/auth/totp/enable", java.util.Map.of("code", SecurityIT.totp(secret, now))).expect(204);
        // the password alone no longer opens the console ...
        assertThat(dist.console("auditor", Accounts.AUDITOR_PASSWORD, "xuncha:audit-verify")).doesNotContain("审计链完整");
        // ... the password followed by the current code does (the code of the next step: the one
        // that turned the factor on is spent, and one step of drift is accepted)
        String out = dist.console("auditor", Accounts.AUDITOR_PASSWORD + SecurityIT.totp(secret, now + 30), "xuncha:audit-verify");
        assertThat(out).contains("审计链完整");
    }
}
