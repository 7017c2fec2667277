package org.xuncha.platform.security.internal.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;

/**
 * The scheduled backup (etc/org.xuncha.backup.cfg, intervalHours): one backup every {@code every},
 * the first one {@code every} after the start. A failed backup is logged with its reason only (no
 * stack trace: the causes below may quote SQL or file contents) and the next one still runs: an
 * exception escaping a periodic task would silently cancel every later run of it.
 */
final class BackupSchedule implements AutoCloseable {

    private final Callable<Path> backup;
    private final Logger log;
    private final ScheduledFuture<?> task;
    private final AtomicLong failures = new AtomicLong();

    BackupSchedule(ScheduledExecutorService timer, Duration every, Callable<Path> backup, Logger log) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + every);
        }
        this.backup = backup;
        this.log = log;
        long ms = every.toMillis();
        this.task = timer.scheduleWithFixedDelay(this::runOnce, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Scheduled backups that failed since the start. */
    long failures() {
        return failures.get();
    }

    private void runOnce() {
        try {
            log.info("定时备份完成 / scheduled backup written: {}", backup.call());
        } catch (Exception | LinkageError e) {
            failures.incrementAndGet();
            log.error("定时备份失败，下次仍按时进行 / scheduled backup failed, the next one runs on schedule: {}", reason(e));
        }
    }

    /** The exception's own message (BackupService puts the cause's message in it), never its causes' or stack. */
    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() {
        task.cancel(false);
    }
}
