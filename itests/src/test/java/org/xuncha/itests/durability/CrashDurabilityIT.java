package org.xuncha.itests.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xuncha.itests.support.Accounts;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.Distribution;
import org.xuncha.itests.support.Postgres;
import org.xuncha.itests.support.Wait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A power cut under load, as an office's server meets one: the distribution runs as a process,
 * four clients create units and avoidance notes (an encrypted field) through the public API and
 * remember every write answered 2xx, the security auditor seals the audit chain meanwhile; the
 * Karaf JVM is killed with SIGKILL in the middle of it and started again. Every acknowledged record
 * is there and intact, every acknowledged seal is still anchored and the chain verifies against the
 * anchors outside the database (a sequence number issued again to another record would break it).
 * Meanwhile two more clients read an audited list (a person's avoidance declarations, one READ
 * record each, written by group commit): every read answered 200 before the kill has its record
 * after the restart, in the order the client read (the record names the person read, which each
 * client varies, so a lost record shows as a gap and cannot be made up by the record of a read the
 * kill cut off). On H2 always, on PostgreSQL when one is given.
 */
class CrashDurabilityIT {

    private static final int CLIENTS = 4;
    private static final int READERS = 2;

    /** One acknowledged write: the unit's id and name, or the avoidance note of a client's person. */
    private record Ack(long unitId, String unitName, int client, String note) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void noAcknowledgedWriteIsLostWhenTheJvmIsKilled(String database) throws Exception {
        if (database.equals("postgresql")) {
            Postgres.assumeAvailable();
        }
        try (Distribution dist = Distribution.unpack("crash-" + database)) {
            if (database.equals("postgresql")) {
                dist.usePostgres(Postgres.freshDatabase("xuncha_crash"), Postgres.user(), Postgres.password());
            }
            dist.start();
            Accounts accounts = dist.accounts();
            accounts.sysadmin();
            Api first = accounts.user("crash0", null, null, "office-staff");
            first.put("/platform/reference/divisions/371500", Map.of("nameZh", "聊城市", "level", "CITY")).expectSaved();
            long home = first.post("/platform/reference/units", Map.of("code", "CR-HOME", "name", "聊城市审计局", "divisionCode", "371500",
                    "field", "党政机关", "active", true)).expect(201).path("id").asLong();
            List<Api> clients = new ArrayList<>();
            long[] persons = new long[CLIENTS];
            for (int i = 0; i < CLIENTS; i++) {
                Api api = accounts.user("crash" + (i + 1), null, null, "office-staff");
                clients.add(api);
                persons[i] = api.post("/platform/reference/persons", Map.of("name", "干部" + i, "unitId", home, "post", "科员",
                        "leadership", "STAFF", "active", true)).expect(201).path("id").asLong();
            }
            List<Api> readers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                readers.add(accounts.user("crashr" + i, null, null, "office-staff"));
            }
            Api auditor = accounts.auditor();

            ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
            AtomicLong lastSeal = new AtomicLong();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger serverErrors = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                threads.add(new Thread(() -> load(dist, clients.get(client), client, persons[client], running, acks, serverErrors),
                        "crash-client-" + i));
            }
            List<List<Long>> answeredReads = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                List<Long> answered = java.util.Collections.synchronizedList(new ArrayList<>());
                answeredReads.add(answered);
                Api reader = readers.get(i);
                threads.add(new Thread(() -> read(dist, reader, persons, running, answered, serverErrors), "crash-reader-" + i));
            }
            threads.add(new Thread(() -> {
                while (running.get()) {
                    try {
                        Api.Response r = auditor.post("/platform/audit/seal", Map.of());
                        if (r.status() == 200 && r.json().path("sealedSeq").asLong() > 0) {
                            lastSeal.set(r.json().path("sealedSeq").asLong());
                        }
                    } catch (RuntimeException dead) {
                        return;
                    }
                }
            }, "crash-sealer"));
            threads.forEach(Thread::start);
            // kill at a moment nobody chose: after at least 150 acknowledged writes and 30 reads by each reader, plus 0-2 s
            Wait.until(Duration.ofSeconds(120), () -> acks.size() >= 150 && answeredReads.stream().allMatch(a -> a.size() >= 30));
            Thread.sleep(ThreadLocalRandom.current().nextInt(2000));
            dist.kill();
            running.set(false);
            for (Thread t : threads) {
                t.join(60_000);
            }
            assertThat(serverErrors.get()).as("5xx answers under load").isZero();
            long sealed = lastSeal.get();
            List<Ack> acknowledged = new ArrayList<>(acks);

            dist.start();
            accounts.signInAgain();
            Api reader = accounts.user("crash0", null, null, "office-staff");
            List<String> lost = new ArrayList<>();
            for (Ack a : acknowledged) {
                if (a.note() == null) {
                    Api.Response r = reader.get("/platform/reference/units/" + a.unitId());
                    if (r.status() != 200 || !r.json().path("name").asText().equals(a.unitName())) {
                        lost.add("unit " + a.unitId() + " (" + r.status() + ")");
                    }
                }
            }
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                Set<String> notes = new java.util.HashSet<>();
                reader.get("/round-planning/rounds/avoidances?personId=" + persons[i]).expect(200)
                        .forEach(n -> notes.add(n.path("note").asText()));
                acknowledged.stream().filter(a -> a.note() != null && a.client() == client && !notes.contains(a.note()))
                        .forEach(a -> lost.add("note " + a.note()));
            }
            System.out.printf("CrashDurabilityIT[%s]: %d writes acknowledged before SIGKILL, %d missing after the restart%n", database,
                    acknowledged.size(), lost.size());
            assertThat(lost).as("acknowledged writes missing after the restart, of " + acknowledged.size()).isEmpty();

            Api auditorAgain = accounts.auditor();
            JsonNode verdict = auditorAgain.get("/platform/audit/verify").expect(200);
            assertThat(verdict.path("intact").asBoolean()).as(verdict.toString()).isTrue();
            assertThat(verdict.path("anchoredSeq").asLong()).as("the newest acknowledged seal is anchored: " + verdict).isGreaterThanOrEqualTo(sealed);
            // every acknowledged unit's creation is in the chain, each under a sequence number of its own
            Map<Long, Long> seqOf = new ConcurrentHashMap<>();
            for (Ack a : acknowledged.subList(Math.max(0, acknowledged.size() - 40), acknowledged.size())) {
                if (a.note() == null) {
                    JsonNode page = auditorAgain.get("/platform/audit?action=CREATE&entityType=unit&entityId=" + a.unitId()).expect(200);
                    assertThat(page.path("total").asLong()).as("audit record of unit " + a.unitId()).isGreaterThanOrEqualTo(1);
                    seqOf.put(a.unitId(), page.path("items").get(0).path("seq").asLong());
                }
            }
            assertThat(seqOf.values().stream().collect(Collectors.toSet())).hasSameSizeAs(seqOf.values());
            for (int i = 0; i < READERS; i++) {
                assertEveryAnsweredReadAudited(auditorAgain, "crashr" + i, List.copyOf(answeredReads.get(i)));
            }
            // and new writes carry on the chain
            reader.post("/platform/reference/units", Map.of("code", "CR-AFTER", "name", "重启后", "divisionCode", "371500",
                    "field", "党政机关", "active", true)).expect(201);
            assertThat(auditorAgain.get("/platform/audit/verify").expect(200).path("intact").asBoolean()).isTrue();

            // bin/xuncha-stop returns only once the JVM has exited
            List<ProcessHandle> jvm = dist.process().descendants().toList();
            assertThat(jvm).as("the Karaf JVM under bin/karaf").isNotEmpty();
            Process stop = new ProcessBuilder(dist.home().resolve("bin/xuncha-stop").toString()).directory(dist.home().toFile())
                    .redirectErrorStream(true).start();
            String said = new String(stop.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(stop.waitFor()).as(said).isZero();
            assertThat(jvm.stream().filter(ProcessHandle::isAlive).toList()).as("JVM still alive when xuncha-stop said: " + said).isEmpty();
            assertThat(said).contains("已停止");
        }
    }

    /** Writes until stopped or the server is gone; records only what was answered 2xx. */
    private static void load(Distribution dist, Api api, int client, long person, AtomicBoolean running, ConcurrentLinkedQueue<Ack> acks,
                             AtomicInteger serverErrors) {
        for (int i = 0; running.get(); i++) {
            try {
                if (i % 4 == 3) {
                    String note = "回避说明-" + client + "-" + i;
                    Api.Response r = api.post("/round-planning/rounds/avoidances", Map.of("personId", person,
                            "unitId", unitOf(acks, client), "kind", "PAST_WORK", "note", note));
                    if (r.status() / 100 == 2) {
                        acks.add(new Ack(0, null, client, note));
                    } else if (r.status() >= 500) {
                        serverErrors.incrementAndGet();
                    }
                } else {
                    String name = "压测单位-" + client + "-" + i;
                    Api.Response r = api.post("/platform/reference/units", Map.of("code", "CR-" + client + "-" + i, "name", name,
                            "divisionCode", "371500", "field", "党政机关", "active", true));
                    if (r.status() / 100 == 2) {
                        acks.add(new Ack(r.json().path("id").asLong(), name, client, null));
                    } else if (r.status() >= 500) {
                        serverErrors.incrementAndGet();
                    }
                }
            } catch (RuntimeException gone) {
                // the connection died with the JVM: this write was never acknowledged
                if (!dist.process().isAlive() || !running.get()) {
                    return;
                }
            }
        }
    }

    /**
     * Reads the avoidance declarations of the clients' persons in turn until stopped or the server is
     * gone; {@code answered} gets the person of each read answered 200, in order.
     */
    private static void read(Distribution dist, Api api, long[] persons, AtomicBoolean running, List<Long> answered, AtomicInteger serverErrors) {
        for (int i = 0; running.get(); i++) {
            long person = persons[i % persons.length];
            try {
                Api.Response r = api.get("/round-planning/rounds/avoidances?personId=" + person);
                if (r.status() == 200) {
                    answered.add(person);
                } else if (r.status() >= 500) {
                    serverErrors.incrementAndGet();
                } else {
                    throw new AssertionError("read answered " + r.status() + ": " + r.text());
                }
            } catch (RuntimeException gone) {
                if (!dist.process().isAlive() || !running.get()) {
                    return;
                }
            }
        }
    }

    /**
     * The reader's READ records in chain order name the persons of its answered reads, in the order
     * read: a record lost anywhere shifts the rest (consecutive reads name different persons), and at
     * most one more record follows, of the read the kill cut off.
     */
    private static void assertEveryAnsweredReadAudited(Api auditor, String reader, List<Long> answered) {
        List<Long> audited = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode p = auditor.get("/platform/audit?actor=" + reader + "&action=READ&entityType=avoidance&sort=seq&size=500&page=" + page)
                    .expect(200);
            p.path("items").forEach(r -> audited.add(r.path("entityId").asLong()));
            if (audited.size() >= p.path("total").asLong() || p.path("items").isEmpty()) {
                break;
            }
        }
        System.out.printf("CrashDurabilityIT: %s: %d reads answered before SIGKILL, %d READ records after the restart%n", reader,
                answered.size(), audited.size());
        assertThat(audited.size()).as(reader + ": READ records against reads answered").isBetween(answered.size(), answered.size() + 1);
        assertThat(audited.subList(0, answered.size())).as(reader + ": the persons of the READ records, in chain order").isEqualTo(answered);
    }

    /** A unit this client created before (an avoidance names a unit). */
    private static long unitOf(ConcurrentLinkedQueue<Ack> acks, int client) {
        return acks.stream().filter(a -> a.client() == client && a.note() == null).mapToLong(Ack::unitId).findFirst()
                .orElseGet(() -> acks.stream().filter(a -> a.note() == null).mapToLong(Ack::unitId).findFirst().orElse(1));
    }
}
