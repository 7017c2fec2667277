package org.xuncha.itests.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.xuncha.itests.support.Accounts;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.Distribution;
import org.xuncha.itests.support.Wait;

/**
 * The embedded database's file while the server runs, as the system administrator sees it in
 * {@code xuncha:status}: every commit is written at once ({@code WRITE_DELAY=0}) and leaves a chunk
 * behind, which H2 itself never rewrites nor frees in that mode; the platform's housekeeping does, so
 * after a burst of writes the file's chunks come back to mostly live data instead of piling up. H2's
 * retention time of superseded chunks is cut from 45 s to 1 s here only so that the test need not wait.
 */
class StorageHousekeepingIT {

    private static final Pattern STORAGE = Pattern.compile("数据库文件 Database file: ([0-9.]+) MiB, ([0-9]+) chunks, ([0-9]+)% live");
    private static final int WRITES = 1500;

    @Test
    void chunksLeftByImmediateCommitsAreRewrittenWhileTheServerRuns() {
        try (Distribution dist = Distribution.unpack("housekeeping")) {
            dist.configure("org.ops4j.datasource-xuncha.cfg", "url",
                    "jdbc:h2:file:${karaf.data}/xuncha/db/xuncha;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0;RETENTION_TIME=1000");
            dist.start();
            Accounts accounts = dist.accounts();
            accounts.sysadmin();
            Api staff = accounts.user("hk1", null, null, "office-staff");
            staff.put("/platform/reference/divisions/371500", Map.of("nameZh", "聊城市", "level", "CITY")).expectSaved();
            // each unit created is one transaction: the unit and its audit record, one commit, one chunk
            for (int i = 0; i < WRITES; i++) {
                staff.post("/platform/reference/units", Map.of("code", "HK-" + i, "name", "单位" + i, "divisionCode", "371500",
                        "field", "党政机关", "active", true)).expect(201);
            }
            AtomicReference<String> last = new AtomicReference<>("");
            try {
                Wait.until(Duration.ofSeconds(90), () -> {
                    last.set(accounts.console(dist, "sysadmin", "xuncha:status"));
                    Matcher m = STORAGE.matcher(last.get());
                    return m.find() && Integer.parseInt(m.group(3)) >= 50 && Long.parseLong(m.group(2)) < WRITES / 10;
                });
            } catch (ConditionTimeoutException e) {
                // the assertions below say what the administrator saw last
            }
            Matcher m = STORAGE.matcher(last.get());
            assertThat(m.find()).as("xuncha:status shows the database file: %s", last.get()).isTrue();
            assertThat(Integer.parseInt(m.group(3))).as("live share of the chunks after %d commits: %s", WRITES, m.group()).isGreaterThanOrEqualTo(50);
            assertThat(Long.parseLong(m.group(2))).as("chunks after %d commits: %s", WRITES, m.group()).isLessThan(WRITES / 10);
            assertThat(staff.get("/platform/reference/units?size=1").expect(200).path("total").asLong())
                    .as("every unit written is still there").isGreaterThanOrEqualTo(WRITES);
            assertThat(dist.log()).doesNotContain("H2 housekeeping failed");
        }
    }
}
