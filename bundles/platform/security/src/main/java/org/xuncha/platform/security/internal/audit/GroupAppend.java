package org.xuncha.platform.security.internal.audit;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.Caller;

/**
 * Group commit for records written in a transaction of their own (reads, logins, exports): the
 * records of requests that arrive while a batch is being written wait together and go in as the
 * next batch, in one transaction and one step of the chain (the head locked and moved once), each
 * record still chained to the one before it. Every caller returns only once the batch holding its
 * record has committed, or throws if that batch failed: no answer leaves without its record.
 *
 * <p>There is no writer thread: the first caller to find no batch being written writes the batch
 * (its own record and whatever waits before and behind it, in arrival order), then hands over to a
 * waiting caller. With one request at a time each batch is that request's one record, as before;
 * with many, a request waits for at most the batch being written and its own, instead of for every
 * request ahead of it each taking its own transaction and its own turn at the head's row lock.
 *
 * <p>While requests overlap, the writer may also wait a little (the gathering time, at most) for the
 * records that will arrive, before it writes ({@link #gather}).
 */
final class GroupAppend {

    /** Writes a batch in one transaction and commits it; returns the sequence number of its last record. */
    interface Writer {
        long write(List<AuditChain.Entry> batch) throws SQLException;
    }

    private static final class Pending {
        final AuditChain.Entry entry;
        boolean done;
        long seq;
        Throwable failure;

        Pending(AuditChain.Entry entry) {
            this.entry = entry;
        }
    }

    private final Writer writer;
    private final LongSupplier clock;
    private final int maxBatch;
    private final LongSupplier gatherNanos;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private boolean writing;
    /** Whether the last batch shared its write with other requests: it held more than one record, or some queued meanwhile. */
    private boolean overlapping;
    /** How many records the writer gathering its batch waits for; 0 while none gathers. */
    private int gatherTarget;
    private long gatherings;
    /** When the last record was queued, and the smoothed time between two records (nanoseconds; -1: not known yet). */
    private long lastArrival;
    private long arrivalGap = -1;

    /**
     * @param clock    the time each record carries, read when it is queued (so times follow the order of the chain)
     * @param maxBatch the most records one transaction takes; the rest wait for the next
     */
    GroupAppend(Writer writer, LongSupplier clock, int maxBatch) {
        this(writer, clock, maxBatch, () -> 0);
    }

    /**
     * @param gatherNanos how long a writer may wait for more records to join its batch (read at each batch; 0: never waits)
     */
    GroupAppend(Writer writer, LongSupplier clock, int maxBatch, LongSupplier gatherNanos) {
        this.writer = writer;
        this.clock = clock;
        this.maxBatch = maxBatch;
        this.gatherNanos = gatherNanos;
    }

    /**
     * Appends one record and returns its sequence number once it is committed.
     *
     * @throws IllegalStateException if the batch holding it could not be written (it rolled back: the record is not in the chain),
     *         or at once if a field is too long for its column ({@link AuditChain#requireFits})
     */
    long append(Caller caller, AuditEntry entry, String ip) {
        Pending mine;
        boolean interrupted = false;
        AuditChain.requireFits(caller, entry, ip);
        synchronized (this) {
            mine = new Pending(new AuditChain.Entry(caller, entry, ip, clock.getAsLong()));
            queue.add(mine);
            long now = System.nanoTime();
            if (lastArrival != 0) {
                long gap = now - lastArrival;
                arrivalGap = arrivalGap < 0 ? gap : (3 * arrivalGap + gap) / 4;
            }
            lastArrival = now;
            if (gatherTarget > 0 && queue.size() >= gatherTarget) {
                notifyAll();
            }
        }
        try {
            while (true) {
                List<Pending> batch;
                synchronized (this) {
                    while (!mine.done && writing) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            // the record's fate must be known before the request goes on: keep waiting, interrupt after
                            interrupted = true;
                        }
                    }
                    if (mine.done) {
                        break;
                    }
                    writing = true;
                    interrupted |= gather();
                    batch = new ArrayList<>(Math.min(queue.size(), maxBatch));
                    while (!queue.isEmpty() && batch.size() < maxBatch) {
                        batch.add(queue.poll());
                    }
                }
                write(batch);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (mine.failure != null) {
            throw new IllegalStateException("audit record could not be written", mine.failure);
        }
        return mine.seq;
    }

    /**
     * Each commit writes a chunk of H2's file (the changed pages of the table, of its three indexes and
     * of the chain head) that costs about as much for one record as for ten: a record alone in its
     * transaction cost three times a record in a batch of four (measured on H2, docs/performance.md).
     * So, while requests overlap (the last batch was shared) and records arrive closer together than
     * the gathering time, the writer waits that long at most for as many records as should arrive
     * meanwhile, and they share its transaction. PostgreSQL's {@code commit_delay} makes the same trade.
     * A request alone, or one client's requests one after another, never wait. Returns whether the
     * thread was interrupted (it then stops waiting).
     */
    private boolean gather() {
        long window = gatherNanos.getAsLong();
        if (window <= 0 || !overlapping || arrivalGap < 0 || arrivalGap >= window || queue.size() >= maxBatch) {
            return false;
        }
        gatherTarget = (int) Math.min(maxBatch, queue.size() + window / Math.max(1, arrivalGap));
        gatherings++;
        long deadline = System.nanoTime() + window;
        try {
            while (queue.size() < gatherTarget) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                // (Object.wait rounds a part of a millisecond up to one: the window is in whole milliseconds in effect)
                wait(left / 1_000_000, (int) (left % 1_000_000));
            }
            return false;
        } catch (InterruptedException e) {
            return true;
        } finally {
            gatherTarget = 0;
        }
    }

    /** Whether a writer is gathering its batch now: for tests. */
    synchronized boolean gathering() {
        return gatherTarget > 0;
    }

    /** How many times a writer waited for more records: for tests. */
    synchronized long gatherings() {
        return gatherings;
    }

    /** How many records wait for a batch: for tests. */
    synchronized int waiting() {
        return queue.size();
    }

    /** Writes one batch and, whatever happens, settles every record in it and hands over to the next writer. */
    private void write(List<Pending> batch) {
        long last = 0;
        Throwable failure = new IllegalStateException("the audit batch was not written");
        try {
            last = writer.write(batch.stream().map(p -> p.entry).toList());
            failure = null;
        } catch (SQLException | RuntimeException e) {
            failure = e;
        } finally {
            synchronized (this) {
                long seq = last - batch.size();
                for (Pending p : batch) {
                    p.seq = ++seq;
                    p.failure = failure;
                    p.done = true;
                }
                writing = false;
                overlapping = batch.size() > 1 || !queue.isEmpty();
                notifyAll();
            }
        }
    }
}
