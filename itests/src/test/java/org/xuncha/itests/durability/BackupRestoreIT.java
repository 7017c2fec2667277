package org.xuncha.itests.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.xuncha.itests.support.Accounts;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.Distribution;
import org.xuncha.itests.support.Wait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A backup taken from the console while clients write, restored into a fresh installation of the
 * same release with the same key-encryption secret: bin/xuncha-restore checks every table's count and
 * the audit head against the manifest before the first start, the restored platform serves the data
 * (encrypted notes decrypted), its audit chain verifies, and no one-time administrator password comes
 * back. The same backup restored without its keys refuses to start, naming them, and writes nothing.
 */
class BackupRestoreIT {

    private static final String NOTE = "其配偶在该单位财务科任职（备份前）";

    @Test
    void aBackupTakenUnderLoadRestoresIntoAFreshInstallation() throws Exception {
        try (Distribution source = Distribution.unpack("backup-source")) {
            source.start();
            Accounts accounts = source.accounts();
            accounts.sysadmin();
            Api office = accounts.user("bk-office", null, null, "office-staff");
            office.put("/platform/reference/divisions/371500", Map.of("nameZh", "聊城市", "level", "CITY")).expectSaved();
            long unit = office.post("/platform/reference/units", Map.of("code", "BK-1", "name", "聊城市财政局", "divisionCode", "371500",
                    "field", "党政机关", "active", true)).expect(201).path("id").asLong();
            long person = office.post("/platform/reference/persons", Map.of("name", "赵某某", "unitId", unit, "post", "科员",
                    "leadership", "STAFF", "active", true)).expect(201).path("id").asLong();
            office.post("/round-planning/rounds/avoidances", Map.of("personId", person, "unitId", unit, "kind", "RELATIVE", "note", NOTE))
                    .expect(201);
            accounts.auditor().post("/platform/audit/seal", Map.of()).expect(200);

            // writers keep writing while the backup runs
            Api writer = accounts.user("bk-writer", null, null, "office-staff");
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger written = new AtomicInteger();
            Thread load = new Thread(() -> {
                for (int i = 0; running.get(); i++) {
                    if (writer.post("/platform/reference/units", Map.of("code", "BK-L" + i, "name", "负载单位" + i, "divisionCode", "371500",
                            "field", "党政机关", "active", true)).status() == 201) {
                        written.incrementAndGet();
                    }
                }
            }, "backup-load");
            load.start();
            Wait.until(Duration.ofSeconds(60), () -> written.get() >= 20);
            Path backups = source.home().getParent().resolve("backups");
            String out = accounts.console(source, "sysadmin", "xuncha:backup " + backups);
            int duringBackup = written.get();
            Wait.until(Duration.ofSeconds(60), () -> written.get() >= duringBackup + 20);
            running.set(false);
            load.join(30_000);
            Matcher m = Pattern.compile("backup written to: (\\S+)").matcher(out);
            assertThat(m.find()).as(out).isTrue();
            Path backup = Path.of(m.group(1));
            assertThat(backup.resolve("database.zip")).exists();
            assertThat(backup.resolve("etc/xuncha-keys")).isDirectory();
            String secret = Files.readString(source.keySecret()).trim();
            try (var files = Files.walk(backup)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as("the key-encryption secret is never in a backup: " + f)
                            .doesNotContain(secret);
                }
            }
            Properties manifest = properties(backup.resolve("manifest.properties"));
            long unitsInBackup = Long.parseLong(manifest.getProperty("table.xc_unit", "-1"));
            long auditSeq = Long.parseLong(manifest.getProperty("audit.seq"));
            assertThat(manifest.getProperty("bundle.org.xuncha.platform.security")).isNotBlank();
            // a production start: no demo tables, and Liquibase logged no missing opencsv class
            assertThat(manifest.stringPropertyNames()).contains("table.xc_unit").noneMatch(k -> k.startsWith("table.xc_demo"));
            assertThat(source.log()).doesNotContain("com/opencsv").doesNotContain("CsvMalformedLineException");
            assertThat(auditSeq).isGreaterThan(10);
            // the backup holds a moment in the middle of the load
            long unitsNow = office.get("/platform/reference/units?size=1").expect(200).path("total").asLong();
            assertThat(unitsNow).as("units written after the backup").isGreaterThan(unitsInBackup);
            JsonNode sample = office.get("/platform/reference/units/" + unit).expect(200);
            assertThat(accounts.auditor().get("/platform/audit?entityType=backup").expect(200).path("total").asLong())
                    .as("the backup is audited").isEqualTo(1);

            // a fresh installation, the same release and the same key-encryption secret
            try (Distribution fresh = Distribution.unpack("backup-restored")) {
                fresh.keySecret(source.keySecret());
                String restored = run(fresh.home(), "bin/xuncha-restore", backup.toString());
                assertThat(restored).contains("恢复核对一致").contains("restore check passed");
                fresh.start();
                assertThat(fresh.home().resolve("data/xuncha/initial-credentials.txt")).as("no one-time password comes back").doesNotExist();
                Api again = new Api(fresh.apiBase());
                again.login("bk-office", Accounts.USER_PASSWORD).expect(200);
                assertThat(again.get("/platform/reference/units/" + unit).expect(200).path("name").asText()).isEqualTo(sample.path("name").asText());
                assertThat(again.get("/platform/reference/units?size=1").expect(200).path("total").asLong()).isEqualTo(unitsInBackup);
                List<String> notes = new ArrayList<>();
                again.get("/round-planning/rounds/avoidances?personId=" + person).expect(200).forEach(a -> notes.add(a.path("note").asText()));
                assertThat(notes).as("encrypted fields decrypt after the restore").containsExactly(NOTE);
                // the auditor's second factor came back with the database: the code of the secret it enrolled
                Accounts restoredAccounts = fresh.accounts();
                restoredAccounts.factors().restoredFrom("auditor");
                Api auditor = restoredAccounts.signIn("auditor");
                JsonNode verdict = auditor.get("/platform/audit/verify").expect(200);
                assertThat(verdict.path("intact").asBoolean()).as(verdict.toString()).isTrue();
                assertThat(verdict.path("records").asLong()).isGreaterThanOrEqualTo(auditSeq);
            }

            // the same backup without its keys: refuses, names them, writes nothing
            try (Distribution keyless = Distribution.unpack("backup-keyless")) {
                keyless.keySecret(source.keySecret());
                run(keyless.home(), "bin/xuncha-restore", backup.toString());
                Distribution.deleteRecursively(keyless.home().resolve("etc/xuncha-keys"));
                JsonNode refusal = keyless.startRefused().path("refusals").get(0);
                assertThat(refusal.path("code").asText()).as(refusal.toString()).isEqualTo("keys_missing");
                assertThat(refusal.path("message").asText()).containsPattern("[a-z2-7]{7}-k\\d+");
                assertThat(refusal.path("messageEn").asText()).containsPattern("[a-z2-7]{7}-k\\d+").contains("never generated over existing data");
                keyless.stop();
                assertThat(keyless.home().resolve("etc/xuncha-keys/wrapped-keys.properties")).as("no new keys").doesNotExist();
                String check = run(keyless.home(), "java", "-cp", classPath(keyless.home()),
                        "org.xuncha.platform.security.internal.backup.RestoreCheck",
                        "jdbc:h2:file:" + keyless.home().resolve("data/xuncha/db/xuncha").toAbsolutePath(), "xuncha", "xuncha",
                        backup.resolve("manifest.properties").toString());
                assertThat(check).as("nothing was written by the refused start").contains("restore check passed");
            }
        }
    }

    private static String classPath(Path home) throws IOException {
        List<String> jars = new ArrayList<>();
        try (var s = Files.walk(home.resolve("system"))) {
            s.filter(p -> p.getFileName().toString().matches("(h2-2.*|org\\.xuncha\\.platform\\.security-.*)\\.jar"))
                    .forEach(p -> jars.add(p.toString()));
        }
        return String.join(":", jars);
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** Runs a command in the installation's folder; fails unless it exits 0; returns what it printed. */
    private static String run(Path home, String... command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(command));
        if (cmd.get(0).startsWith("bin/")) {
            cmd.set(0, home.resolve(cmd.get(0)).toString());
        }
        Process p = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + ":\n" + out).isZero();
        return out;
    }
}
