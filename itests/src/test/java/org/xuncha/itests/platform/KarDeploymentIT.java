package org.xuncha.itests.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.xuncha.itests.support.Accounts;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.Distribution;
import org.xuncha.itests.support.Wait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An office on an isolated network carries a module's KAR in and drops it into deploy/: the
 * module installs offline, works, survives a restart, and the features service is the one record
 * of it (the console's module list shows it; removing it from the console removes it for good).
 */
class KarDeploymentIT {

    @Test
    void aKarDroppedIntoDeployInstallsTheModuleAndThatSurvivesRestarts() {
        try (Distribution dist = Distribution.unpack("kar")) {
            dist.start();
            Accounts accounts = dist.accounts();
            Api sysadmin = accounts.sysadmin();
            assertThat(ids(sysadmin)).doesNotContain("example");

            dist.deploy(Path.of(System.getProperty("xuncha.example.kar")));
            Wait.until(Duration.ofSeconds(180), () -> ids(sysadmin).contains("example"));
            // Listed (its descriptor is there) is not yet served: until the module's REST server is in
            // service its paths answer 503 module_unavailable; then the system administrator gets 403.
            Wait.until(Duration.ofSeconds(120), () -> sysadmin.get("/example/notes?unitId=1").status() == 403);

            Api office = accounts.user("office1", null, null, "office-staff");
            office.put("/platform/reference/divisions/371500", Map.of("nameZh", "聊城市", "level", "CITY")).expectSaved();
            long unit = office.post("/platform/reference/units", Map.of("code", "LC-1", "name", "聊城市审计局党组",
                    "divisionCode", "371500", "active", true)).expect(201).path("id").asLong();
            office.post("/example/notes", Map.of("unitId", unit, "text", "离线安装")).expect(201);

            dist.stop();
            dist.start();
            accounts.signInAgain();
            assertThat(ids(accounts.sysadmin())).contains("example");
            String list = accounts.console(dist, "sysadmin", "xuncha:module-list");
            assertThat(list).containsPattern("example\\s+.*1\\.0\\.0");

            assertThat(accounts.console(dist, "sysadmin", "xuncha:module-uninstall example"))
                    .contains("已卸载模块 example");
            dist.stop();
            dist.start();
            accounts.signInAgain();
            assertThat(ids(accounts.sysadmin())).as("an uninstalled module stays uninstalled").doesNotContain("example");
        }
    }

    private static java.util.List<String> ids(Api api) {
        JsonNode modules = api.get("/platform/modules").expect(200);
        return StreamSupport.stream(modules.spliterator(), false).map(m -> m.path("id").asText()).toList();
    }
}
