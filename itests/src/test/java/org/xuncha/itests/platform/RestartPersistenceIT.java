package org.xuncha.itests.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xuncha.itests.support.Accounts;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.Distribution;
import org.xuncha.itests.support.Postgres;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The distribution run as a process, on the embedded database and on PostgreSQL: data written
 * through the API and a module installed from the console (over SSH, signing in with a platform
 * account) are all still there after bin/stop and a new start, a boot module the administrator
 * removed stays removed, and the audit chain is intact.
 */
class RestartPersistenceIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void dataAndInstalledModulesSurviveARestart(String database) {
        if (database.equals("postgresql")) {
            Postgres.assumeAvailable();
        }
        try (Distribution dist = Distribution.unpack("restart-" + database)) {
            if (database.equals("postgresql")) {
                dist.usePostgres(Postgres.freshDatabase("xuncha_restart"), Postgres.user(), Postgres.password());
            }
            dist.start();
            Accounts accounts = dist.accounts();
            accounts.sysadmin();
            Api office = accounts.user("office1", null, null, "office-staff");
            office.put("/platform/reference/divisions/371500", Map.of("nameZh", "聊城市", "level", "CITY")).expectSaved();
            office.put("/platform/reference/divisions/371581", Map.of("nameZh", "临清市", "level", "COUNTY", "parentCode", "371500")).expectSaved();
            long unit = office.post("/platform/reference/units", Map.of("code", "LQ-SW", "name", "中共临清市委办公室",
                    "divisionCode", "371581", "field", "党政机关", "active", true)).expect(201).path("id").asLong();
            long person = office.post("/platform/reference/persons", Map.of("name", "王某某", "unitId", unit, "post", "主任",
                    "leadership", "TOP_LEADER", "active", true)).expect(201).path("id").asLong();

            String out = accounts.console(dist, "sysadmin", "xuncha:module-install example");
            assertThat(out).contains("已安装模块 example");
            office.post("/example/notes", Map.of("unitId", unit, "text", "重启前写入")).expect(201);
            // a module the distribution installs at its first boot, removed by the administrator
            assertThat(ids(office.get("/platform/modules").expect(200))).contains("interview-records");
            out = accounts.console(dist, "sysadmin", "xuncha:module-uninstall interview-records");
            assertThat(out).contains("已卸载模块 interview-records");

            String skipped = "Schema of module example is up to date: its changelog is unchanged since the last migration";
            assertThat(dist.log()).as("installed and migrated once, never skipped").doesNotContain(skipped);
            dist.stop();
            dist.start();
            accounts.signInAgain();

            Api again = accounts.user("office1", null, null, "office-staff");
            assertThat(again.get("/platform/reference/units/" + unit).expect(200).path("name").asText()).isEqualTo("中共临清市委办公室");
            assertThat(again.get("/platform/reference/persons/" + person).expect(200).path("leadership").asText()).isEqualTo("TOP_LEADER");
            assertThat(again.get("/platform/reference/divisions").expect(200).findValuesAsText("code")).contains("371500", "371581");
            assertThat(ids(again.get("/platform/modules").expect(200))).contains("example").doesNotContain("interview-records");
            assertThat(again.get("/example/notes?unitId=" + unit).expect(200).path("items").get(0).path("text").asText()).isEqualTo("重启前写入");
            // the restart ran no Liquibase for the module, whose changelog did not change (issue 20, boot)
            assertThat(dist.log()).contains(skipped);
            // Karaf's shell looked for commands in the console packages only (Karaf-Commands), not in every class
            // of every bundle: fastexcel's module-info.class, embedded in the platform, made it log stack traces
            assertThat(dist.log()).doesNotContain("Inspection of class");
            // Liquibase migrated every module at the first start and the example at its install, into the log only:
            // the server's stdout is the administrator's console when Karaf runs in the foreground
            assertThat(dist.log()).contains("UPDATE SUMMARY");
            assertThat(dist.consoleOutput()).doesNotContain("UPDATE SUMMARY").doesNotContain("Running Changeset");
            assertThat(accounts.console(dist, "sysadmin", "xuncha:module-list")).containsPattern("example\\s+.*1\\.0\\.0");

            Api auditor = accounts.auditor();
            JsonNode verdict = auditor.get("/platform/audit/verify").expect(200);
            assertThat(verdict.path("intact").asBoolean()).as(verdict.toString()).isTrue();
            assertThat(verdict.path("records").asLong()).isGreaterThan(10);
            if (database.equals("postgresql")) {
                assertThat(Files.exists(dist.home().resolve("data/xuncha/db"))).as("no embedded database when PostgreSQL is configured").isFalse();
            }
        }
    }

    private static java.util.List<String> ids(JsonNode modules) {
        return StreamSupport.stream(modules.spliterator(), false).map(m -> m.path("id").asText()).toList();
    }
}
