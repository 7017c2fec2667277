package org.xuncha.itests.leadtransfer;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.xuncha.itests.support.Accounts;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.FrameworkWatch;
import org.xuncha.itests.support.PaxExamSupport;
import org.xuncha.itests.support.Wait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Lead transfer is a bystander when round planning is updated: the office keeps reading its
 * problems and leads, and not one answer differs from what it was before, while
 * {@code xuncha:module-update round-planning} replaces round planning's implementation; none of
 * lead transfer's components is deactivated or re-activated on the way. While round planning is
 * away, only the work that needs its rounds answers 503 {@code round_planning_unavailable}, in
 * Chinese and English.
 *
 * <p>The test does not import the module's API package, so that it is wired to nothing of it.</p>
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RoundPlanningUpdateIT extends PaxExamSupport {

    private static final String CITY = "371500";
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final int READERS = 3;

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    private Accounts accounts;
    private Api office;
    private long term;
    private long round;
    private long group;
    private long unit;

    @Test
    public void readingGoesOnWhileRoundPlanningIsUpdated() throws Exception {
        awaitApi();
        Wait.until(WAIT, () -> {
            String health = new Api(apiBase()).get("/health").text();
            return health.contains("lead-transfer") && health.contains("round-planning");
        });
        accounts = accounts();
        accounts.sysadmin();
        accounts.division(CITY, "聊城市", null);
        office = accounts.user("rpu-office", CITY, null, "office-staff");
        aRoundWithAProblemAndALead();
        Map<String, String> steady = steadyAnswers();

        theOfficeReadsUnchangedThroughTheUpdate(steady);
        withoutRoundPlanningOnlyRoundWorkWaits(steady);
    }

    private void aRoundWithAProblemAndALead() {
        office.put("/platform/reference/divisions/" + CITY, Map.of("nameZh", "聊城市", "level", "CITY")).expectSaved();
        unit = office.post("/platform/reference/units", Map.of("code", "RPU-EDU", "name", "聊城市教育和体育局党组", "divisionCode", CITY,
                "active", true)).expect(201).path("id").asLong();
        LocalDate today = today();
        term = office.post("/round-planning/terms", Map.of("name", "中共聊城市第十四届委员会", "divisionCode", CITY,
                "startDate", today.minusYears(2).toString(), "endDate", today.plusYears(3).toString())).expect(201).path("id").asLong();
        round = office.post("/round-planning/rounds", Map.of("termId", term, "type", "REGULAR", "plannedStart", today.toString(),
                "plannedEnd", today.plusDays(39).toString())).expect(201).path("id").asLong();
        office.post("/round-planning/rounds/" + round + "/targets", Map.of("unitIds", List.of(unit))).expect(201);
        group = office.post("/round-planning/rounds/" + round + "/groups", Map.of("name", "第一巡察组", "members", List.of(),
                "targetUnitIds", List.of(unit))).expect(201).path("id").asLong();
        office.post("/lead-transfer/problems", Map.of("roundId", round, "groupId", group, "unitId", unit, "category", "FINANCE",
                "description", "虚列支出48万元")).expect(201);
        office.post("/lead-transfer/leads", Map.of("roundId", round, "groupId", group, "unitId", unit, "personName", "周某",
                "personPost", "财务科科长", "category", "FINANCE")).expect(201);
    }

    /** What the office reads, each answered once before anything happens. */
    private Map<String, String> steadyAnswers() {
        Map<String, String> steady = new LinkedHashMap<>();
        for (String path : List.of("/lead-transfer/leads?roundId=" + round, "/lead-transfer/problems?roundId=" + round,
                "/lead-transfer/leads?roundId=" + round + "&status=REGISTERED&sort=-id", "/lead-transfer/problems/categories",
                "/lead-transfer/leads/statistics?dimension=CATEGORY&termId=" + term)) {
            Api.Response r = office.get(path);
            assertEquals(path + ": " + r.text(), 200, r.status());
            steady.put(path, r.text());
        }
        assertEquals(1, office.get("/lead-transfer/leads?roundId=" + round).expect(200).path("total").asInt());
        return steady;
    }

    private void theOfficeReadsUnchangedThroughTheUpdate(Map<String, String> steady) throws Exception {
        FrameworkWatch watch = new FrameworkWatch(bundleContext, b -> b.getSymbolicName().startsWith("org.xuncha.roundplanning")).start();
        assertTrue("components to watch: " + watch.watchedComponents(), watch.watchedComponents() > 20);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean updating = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger readsWhileUpdating = new AtomicInteger();
        List<String> different = new CopyOnWriteArrayList<>();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            Api reader = accounts.user("rpu-office", CITY, null, "office-staff");
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    for (Map.Entry<String, String> e : steady.entrySet()) {
                        Api.Response r = reader.get(e.getKey());
                        if (r.status() != 200 || !r.text().equals(e.getValue())) {
                            different.add(e.getKey() + " → " + r.status() + " " + r.text().substring(0, Math.min(200, r.text().length())));
                        }
                        reads.incrementAndGet();
                        if (updating.get()) {
                            readsWhileUpdating.incrementAndGet();
                        }
                    }
                }
            }, "rpu-reader-" + i);
            t.start();
            readers.add(t);
        }
        try {
            Wait.until(WAIT, () -> reads.get() >= 10 * READERS);
            updating.set(true);
            String out = console("sysadmin", "xuncha:module-update round-planning");
            updating.set(false);
            assertTrue(out, out.contains("org.xuncha.roundplanning.impl"));
            // round planning comes back; the readers go on for a while after it is serving again
            Wait.until(WAIT, () -> office.get("/round-planning/rounds/" + round).status() == 200);
            int after = reads.get();
            Wait.until(WAIT, () -> reads.get() >= after + 10 * READERS);
        } finally {
            stop.set(true);
            for (Thread t : readers) {
                t.join(WAIT.toMillis());
            }
        }
        List<String> touched = watch.stop();
        assertTrue("answers that differ from the steady ones (" + different.size() + " of " + reads.get() + "): "
                + different.stream().limit(10).toList(), different.isEmpty());
        assertTrue("reads made while the update ran: " + readsWhileUpdating.get(), readsWhileUpdating.get() > 0);
        List<String> leadTransfer = touched.stream().filter(v -> v.contains("leadtransfer")).toList();
        assertTrue("lead transfer was touched by the update of round planning: " + leadTransfer, leadTransfer.isEmpty());
    }

    /** Round planning's implementation stopped: stored work reads as before, work that needs rounds answers 503. */
    private void withoutRoundPlanningOnlyRoundWorkWaits(Map<String, String> steady) throws Exception {
        Bundle impl = bundle("org.xuncha.roundplanning.impl");
        impl.stop();
        try {
            Wait.until(WAIT, () -> office.get("/round-planning/rounds/" + round).status() != 200);
            steady.forEach((path, answer) -> {
                Api.Response r = office.get(path);
                assertEquals(path + ": " + r.text(), 200, r.status());
                assertEquals(path, answer, r.text());
            });
            for (Api.Response r : List.of(
                    office.post("/lead-transfer/problems", Map.of("roundId", round, "groupId", group, "unitId", unit, "description", "又一个问题")),
                    office.post("/lead-transfer/leads", Map.of("roundId", round, "groupId", group, "unitId", unit, "personName", "吴某")),
                    office.get("/lead-transfer/joint-operations/calendar?termId=" + term),
                    office.get("/lead-transfer/leads/statistics?dimension=ROUND&termId=" + term),
                    office.get("/lead-transfer/leads/export?roundId=" + round))) {
                assertEquals(r.text(), 503, r.status());
                JsonNode body = r.json();
                assertEquals("round_planning_unavailable", body.path("code").asText());
                assertTrue(body.toString(), body.path("message").asText().contains("巡察规划"));
                assertTrue(body.toString(), body.path("messageEn").asText().toLowerCase().contains("round planning"));
            }
            assertEquals("nothing was stored meanwhile", 1, office.get("/lead-transfer/problems?roundId=" + round).expect(200).path("total").asInt());
        } finally {
            impl.start();
        }
        Wait.until(WAIT, () -> office.get("/lead-transfer/joint-operations/calendar?termId=" + term).status() == 200);
        office.post("/lead-transfer/problems", Map.of("roundId", round, "groupId", group, "unitId", unit, "description", "又一个问题"))
                .expect(201);
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (b.getSymbolicName().equals(symbolicName)) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }
}
