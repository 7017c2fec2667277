package org.xuncha.platform.security.internal.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.helpers.MessageFormatter;

/**
 * The scheduled backup with retention, on real folders: BackupSchedule runs BackupFolders.write as
 * BackupService does, only with an interval of milliseconds instead of hours.
 */
class BackupScheduleTest {

    @TempDir
    Path base;

    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
    /** Every call on the logger: level and formatted message, plus whether a Throwable (a stack trace) was passed. */
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Logger log = (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class}, (p, m, args) -> {
        if (m.getName().startsWith("is")) {
            return true;
        }
        if (args != null && args.length > 0 && args[0] instanceof String format) {
            Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            boolean stack = java.util.Arrays.stream(rest).anyMatch(a -> a instanceof Throwable
                    || a instanceof Object[] arr && java.util.Arrays.stream(arr).anyMatch(Throwable.class::isInstance));
            Object[] flat = rest.length == 1 && rest[0] instanceof Object[] arr ? arr : rest;
            logged.add(m.getName() + " " + MessageFormatter.arrayFormat(format, flat).getMessage() + (stack ? " WITH-STACK" : ""));
        }
        return m.getReturnType() == String.class ? "test" : null;
    });

    @AfterEach
    void stop() throws InterruptedException {
        timer.shutdownNow();
        assertThat(timer.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theFirstBackupWaitsOneIntervalAndThenRepeatsAtIt() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        new BackupSchedule(timer, Duration.ofHours(6), () -> {
            runs.incrementAndGet();
            return base;
        }, log);

        RunnableScheduledFuture<?> next = (RunnableScheduledFuture<?>) timer.getQueue().peek();
        assertThat(next.isPeriodic()).isTrue();
        assertThat(next.getDelay(TimeUnit.MINUTES)).as("no backup at start: the first is one interval away").isBetween(359L, 360L);
        assertThat(runs).hasValue(0);
        assertThat(BackupFolders.list(base)).isEmpty();
    }

    @Test
    void runsOnItsScheduleAndKeepsOnlyTheNewestBackups() throws Exception {
        // three backups from earlier days and a half-written one a killed JVM left behind
        for (String old : List.of("20200101-020000-000", "20200102-020000-000", "20200103-020000-000")) {
            Files.createDirectories(base.resolve(BackupFolders.PREFIX + old)).resolve("manifest.properties").toFile().createNewFile();
        }
        Files.createDirectories(base.resolve(BackupFolders.PREFIX + "20200104-020000-000.part"));
        List<Path> written = new CopyOnWriteArrayList<>();
        List<Long> startedAt = new CopyOnWriteArrayList<>();
        Duration every = Duration.ofMillis(100);
        CountDownLatch fourWritten = new CountDownLatch(4);
        BackupSchedule schedule = new BackupSchedule(timer, every, () -> {
            startedAt.add(System.nanoTime());
            Path dir = BackupFolders.write(base, Clock.systemDefaultZone(), 2,
                    part -> Files.writeString(part.resolve("database.zip"), "backup " + startedAt.size()));
            written.add(dir);
            fourWritten.countDown();
            return dir;
        }, log);

        assertThat(fourWritten.await(60, TimeUnit.SECONDS)).as("four backups written within a minute").isTrue();
        schedule.close();
        timer.shutdown();
        assertThat(timer.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        for (int i = 1; i < startedAt.size(); i++) {
            assertThat(startedAt.get(i) - startedAt.get(i - 1)).as("one interval at least between two backups").isGreaterThanOrEqualTo(every.toNanos());
        }
        List<Path> left = BackupFolders.list(base);
        assertThat(left).as("only the newest two are kept, the oldest are deleted")
                .containsExactly(written.get(written.size() - 2), written.get(written.size() - 1));
        assertThat(Files.readString(left.get(1).resolve("database.zip"))).isEqualTo("backup " + written.size());
        try (var all = Files.list(base)) {
            assertThat(all.map(p -> p.getFileName().toString()).toList()).as("the old backups and the stale .part are gone")
                    .noneMatch(n -> n.startsWith(BackupFolders.PREFIX + "2020")).hasSize(2);
        }
        assertThat(schedule.failures()).isZero();
        assertThat(logged).filteredOn(l -> l.startsWith("info ")).hasSizeGreaterThanOrEqualTo(4)
                .allMatch(l -> l.contains("scheduled backup written") && l.contains(BackupFolders.PREFIX));
    }

    @Test
    void aFailedBackupIsLoggedWithoutItsCausesAndTheNextOneStillRuns() throws Exception {
        AtomicInteger attempt = new AtomicInteger();
        List<Path> written = new CopyOnWriteArrayList<>();
        CountDownLatch threeWritten = new CountDownLatch(3);
        BackupSchedule schedule = new BackupSchedule(timer, Duration.ofMillis(50), () -> {
            int n = attempt.incrementAndGet();
            Path dir = BackupFolders.write(base, Clock.systemDefaultZone(), 100, part -> {
                Files.writeString(part.resolve("database.zip"), "partial");
                if (n == 2) {
                    // as a full disk fails BACKUP TO; the cause carries what must not reach the log
                    throw new IOException("No space left on device", new IllegalStateException("jdbc password=Xc-Secret-9 / 线索内容"));
                }
            });
            written.add(dir);
            threeWritten.countDown();
            return dir;
        }, log);

        assertThat(threeWritten.await(60, TimeUnit.SECONDS)).as("three backups written within a minute").isTrue();
        schedule.close();
        timer.shutdown();
        assertThat(timer.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(schedule.failures()).isEqualTo(1);
        List<String> errors = new ArrayList<>(logged.stream().filter(l -> l.startsWith("error ")).toList());
        assertThat(errors).singleElement().asString()
                .contains("定时备份失败").contains("scheduled backup failed").contains("No space left on device")
                .doesNotContain("Xc-Secret-9").doesNotContain("线索内容").doesNotContain("WITH-STACK");
        assertThat(written).as("the backups after the failed one were written").hasSizeGreaterThanOrEqualTo(3);
        try (var all = Files.list(base)) {
            assertThat(all.map(p -> p.getFileName().toString()).toList()).as("the failed backup left no folder")
                    .noneMatch(n -> n.endsWith(".part")).hasSize(written.size());
        }
    }
}
