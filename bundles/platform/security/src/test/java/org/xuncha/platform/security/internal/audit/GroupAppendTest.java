package org.xuncha.platform.security.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.security.internal.SecurityFixture;
import org.xuncha.platform.security.internal.crypto.Sm2Seal;
import org.xuncha.testkit.TestDatabase;

/**
 * Group commit of the records written in a transaction of their own: many threads at once through
 * the real trail on H2 (every record lands, once, in one chain that verifies, each thread's records
 * in its order); then, with a writer the test holds, what a batch is (the records that arrived while
 * the one before was written, in one transaction) and what a failing batch does (every request in
 * it fails and none of its records is in the chain).
 */
class GroupAppendTest {

    private static final Caller OFFICER = new Caller(51, "zhangsan", "张三", "371502", null, Set.of("office-staff"), Set.of(),
            DataScope.everything());

    @TempDir
    Path keys;

    private final List<AutoCloseable> open = new ArrayList<>();
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void tearDown() throws Exception {
        pool.shutdownNow();
        writer.db.close();
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private static AuditEntry read(String summary) {
        return AuditEntry.of(AuditAction.READ, "test", "lead", null, summary);
    }

    /** seq → summary of every record of module {@code test}. */
    private static Map<Long, String> records(Connection c) throws SQLException {
        Map<Long, String> result = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select seq, summary from xc_audit where module = 'test'")) {
            while (rs.next()) {
                result.put(rs.getLong(1), rs.getString(2));
            }
        }
        return result;
    }

    @Test
    void concurrentRecordsAllLandInOneChainThatVerifies() throws Exception {
        SecurityFixture fixture = new SecurityFixture(keys, Map.of());
        open.add(fixture);
        int threads = 16;
        int each = 40;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    fixture.audit.record(OFFICER, read(thread + "/" + i));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        fixture.audit.seal();

        try (Connection c = fixture.connection()) {
            AuditVerifier.Report report = AuditVerifier.verify(c, fixture.setup.seal());
            assertThat(report.intact()).as(report.messageEn()).isTrue();
            Map<Long, String> records = records(c);
            assertThat(records).as("every record, each once").hasSize(threads * each);
            assertThat(Set.copyOf(records.values())).hasSize(threads * each);
            // each thread's records in the order it wrote them: the order of the chain is total and keeps each caller's
            for (int t = 0; t < threads; t++) {
                String prefix = t + "/";
                List<Integer> inChainOrder = records.entrySet().stream().filter(e -> e.getValue().startsWith(prefix))
                        .sorted(Map.Entry.comparingByKey()).map(e -> Integer.parseInt(e.getValue().substring(prefix.length()))).toList();
                assertThat(inChainOrder).as("thread " + t).isSorted().hasSize(each);
            }
        }
    }

    /** The trail's own batch writer, on a database of the security schema, with a switch to fail before the commit. */
    private static final class HeldWriter implements GroupAppend.Writer {
        final TestDatabase db = TestDatabase.migrated("db/security/changelog.xml");
        final List<List<String>> batches = new CopyOnWriteArrayList<>();
        final CountDownLatch release = new CountDownLatch(1);
        /** Down once the first batch is in {@link #write}. */
        final CountDownLatch firstArrived = new CountDownLatch(1);
        final AtomicBoolean holdFirst = new AtomicBoolean(true);
        /** The batch (0 the first) that fails after its inserts, before its commit; -1 none. */
        volatile int failBatch = -1;

        @Override
        public long write(List<AuditChain.Entry> batch) throws SQLException {
            batches.add(batch.stream().map(e -> e.entry().summary()).toList());
            int index = batches.size() - 1;
            firstArrived.countDown();
            if (holdFirst.getAndSet(false)) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            try (Connection c = db.connection()) {
                c.setAutoCommit(false);
                long last = AuditChain.appendAll(c, batch);
                if (index == failBatch) {
                    c.rollback();
                    throw new SQLException("disk full");
                }
                c.commit();
                return last;
            }
        }
    }

    /** Starts {@code summary}'s record on a thread of its own and waits until it is queued behind the held batch. */
    private CompletableFuture<Long> queued(String summary, int waiting) throws InterruptedException {
        return queued(group, summary, waiting);
    }

    private CompletableFuture<Long> queued(GroupAppend g, String summary, int waiting) throws InterruptedException {
        CompletableFuture<Long> f = CompletableFuture.supplyAsync(() -> g.append(OFFICER, read(summary), "10.0.0.1"), pool);
        assertThat(stamped.tryAcquire(30, TimeUnit.SECONDS)).as(summary + " stamped").isTrue();
        // the stamp is read in the same synchronized step that queues the record: waiting() (synchronized) sees it queued
        assertThat(g.waiting()).as("records waiting").isEqualTo(waiting);
        return f;
    }

    private final HeldWriter writer = new HeldWriter();
    private final AtomicLong clock = new AtomicLong(1_700_000_000_000L);
    /** A permit for every record stamped with its time, which GroupAppend does as it queues the record. */
    private final Semaphore stamped = new Semaphore(0);
    private final GroupAppend group = newGroup(200, 0);

    /** A group on the held writer and the stamping clock; {@code gatherSeconds} its gathering time. */
    private GroupAppend newGroup(int maxBatch, long gatherSeconds) {
        return new GroupAppend(writer, () -> {
            long now = clock.incrementAndGet();
            stamped.release();
            return now;
        }, maxBatch, () -> TimeUnit.SECONDS.toNanos(gatherSeconds));
    }

    /** Record "a" on a thread of its own, its batch held in the writer until {@code writer.release}. */
    private CompletableFuture<Long> firstBatchHeld() throws InterruptedException {
        return firstBatchHeld(group);
    }

    private CompletableFuture<Long> firstBatchHeld(GroupAppend g) throws InterruptedException {
        CompletableFuture<Long> a = CompletableFuture.supplyAsync(() -> g.append(OFFICER, read("a"), null), pool);
        assertThat(writer.firstArrived.await(30, TimeUnit.SECONDS)).as("a's batch reached the writer").isTrue();
        assertThat(stamped.tryAcquire()).as("a stamped").isTrue();
        assertThat(writer.batches).as("a's batch being written").hasSize(1);
        return a;
    }

    @Test
    void recordsArrivingDuringABatchGoInTogetherAsTheNext() throws Exception {
        CompletableFuture<Long> a = firstBatchHeld();
        CompletableFuture<Long> b = queued("b", 1);
        CompletableFuture<Long> c = queued("c", 2);
        // a record that could not be inserted fails at once, alone, and never joins the batch of b, c and d
        assertThatThrownBy(() -> group.append(OFFICER, AuditEntry.of(AuditAction.READ, "test", "lead", "9".repeat(101), "x"), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("entity_id");
        CompletableFuture<Long> d = queued("d", 3);
        assertThat(b).as("b waits for its batch to commit").isNotDone();
        writer.release.countDown();

        assertThat(List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS), c.get(30, TimeUnit.SECONDS), d.get(30, TimeUnit.SECONDS)))
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(writer.batches).as("one transaction for a, one for the three that arrived meanwhile")
                .containsExactly(List.of("a"), List.of("b", "c", "d"));
        try (Connection conn = writer.db.connection()) {
            assertThat(records(conn)).isEqualTo(Map.of(1L, "a", 2L, "b", 3L, "c", 4L, "d"));
            assertThat(AuditChain.head(conn, false).seq()).isEqualTo(4);
            assertThat(AuditVerifier.verify(conn, Sm2Seal.generate("t", new SecureRandom())).intact()).isTrue();
        }
    }

    @Test
    void aFailingBatchFailsEveryRequestInItAndLeavesNoneOfItsRecords() throws Exception {
        CompletableFuture<Long> a = firstBatchHeld();
        List<CompletableFuture<Long>> failing = List.of(queued("b", 1), queued("c", 2), queued("d", 3));
        writer.failBatch = 1;
        // a's batch commits; the next one, b c d together, fails after its inserts, before its commit
        writer.release.countDown();
        assertThat(a.get(30, TimeUnit.SECONDS)).isEqualTo(1L);
        for (CompletableFuture<Long> f : failing) {
            assertThatThrownBy(() -> f.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
                    .hasRootCauseMessage("disk full");
        }
        assertThat(writer.batches).containsExactly(List.of("a"), List.of("b", "c", "d"));
        // the chain goes on from a: none of b, c, d was written, and the next record follows a
        assertThat(group.append(OFFICER, read("e"), null)).isEqualTo(2L);
        try (Connection conn = writer.db.connection()) {
            assertThat(records(conn)).isEqualTo(Map.of(1L, "a", 2L, "e"));
            assertThat(AuditVerifier.verify(conn, Sm2Seal.generate("t", new SecureRandom())).intact()).isTrue();
        }
    }

    @Test
    void whileRequestsOverlapTheWriterWaitsForMoreRecordsToShareItsBatch() throws Exception {
        // a long gathering time, so that only the batch's size (5 at most) ends the wait, never the clock
        GroupAppend g = newGroup(5, 30);
        CompletableFuture<Long> a = firstBatchHeld(g);
        List<CompletableFuture<Long>> next = new ArrayList<>(List.of(queued(g, "b", 1), queued(g, "c", 2), queued(g, "d", 3)));
        writer.release.countDown();
        // a's batch was written while b, c and d waited: the writer of the next one waits for more
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!g.gathering()) {
            assertThat(System.nanoTime()).as("the next writer gathers").isLessThan(deadline);
            Thread.onSpinWait();
        }
        next.add(queued(g, "e", 4));
        next.add(CompletableFuture.supplyAsync(() -> g.append(OFFICER, read("f"), null), pool));

        assertThat(a.get(30, TimeUnit.SECONDS)).isEqualTo(1L);
        List<Long> seqs = new ArrayList<>();
        for (CompletableFuture<Long> f : next) {
            seqs.add(f.get(30, TimeUnit.SECONDS));
        }
        assertThat(seqs).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(writer.batches).as("e and f joined the batch of the records that arrived during a's")
                .containsExactly(List.of("a"), List.of("b", "c", "d", "e", "f"));
        assertThat(g.gatherings()).isEqualTo(1);
        try (Connection conn = writer.db.connection()) {
            assertThat(AuditVerifier.verify(conn, Sm2Seal.generate("t", new SecureRandom())).intact()).isTrue();
        }
    }

    @Test
    void oneClientsRecordsOneAfterAnotherNeverWait() throws Exception {
        writer.holdFirst.set(false);
        GroupAppend g = newGroup(200, 30);
        // each record alone in its batch, none waiting for a 30 s gathering time: the 20 are done in far less
        CompletableFuture<Void> all = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 20; i++) {
                g.append(OFFICER, read("r" + i), null);
            }
        }, pool);
        all.get(20, TimeUnit.SECONDS);
        assertThat(g.gatherings()).isZero();
        assertThat(writer.batches).hasSize(20).allSatisfy(b -> assertThat(b).hasSize(1));
    }
}
