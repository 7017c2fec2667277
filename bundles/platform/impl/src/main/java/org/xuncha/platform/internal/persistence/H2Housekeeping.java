package org.xuncha.platform.internal.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded H2 database file compact while the server runs, as H2 itself does unless every
 * commit is written at once.
 *
 * <p>Why: the platform runs H2 with {@code WRITE_DELAY=0} so that an answered write is in the file
 * (docs/architecture.md, "durability"). H2's MVStore then writes each commit as a chunk of its own, and
 * the thread that would rewrite half-empty chunks and free dead ones — its background writer — is not
 * started when the delay is 0 (MVStore {@code FileStore.setAutoCommitDelay}; h2database issue 442). Every
 * commit therefore left a chunk behind for good: 160 000 audited reads made a 4 GB file holding 2 % live
 * data, and each commit grew slower as the chunks piled up (docs/performance.md, 2026-12-07 14:20). This
 * component does that housekeeping in its place: every {@link #PERIOD_MS} ms it asks the store to rewrite
 * chunks while they hold less than {@link #TARGET_FILL} % live data, at most {@link #WRITE_LIMIT} bytes a
 * time ({@link MVStore#compact}, H2's public call for it), and to free the chunks left without live data.
 * H2 still keeps a chunk for its retention time (45 s) after it was superseded, so a write the operating
 * system had not yet flushed never loses the chunk it replaced; the commit path is untouched.
 *
 * <p>Nothing is done on another database (PostgreSQL keeps its own house).
 */
@Component(service = H2Housekeeping.class, immediate = true)
public final class H2Housekeeping {

    static final long PERIOD_MS = 1000;
    static final int TARGET_FILL = 50;
    static final int WRITE_LIMIT = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(H2Housekeeping.class);

    /** The H2 file's size, chunks and the share of live data in them, as H2 reports them. */
    public record Storage(long fileBytes, long chunks, int liveChunkPercent) {
    }

    private final DataSource dataSource;
    private final ScheduledExecutorService timer;
    private volatile boolean lastRoundFailed;

    @Activate
    public H2Housekeeping(@Reference(target = "(osgi.jndi.service.name=xuncha)") DataSource dataSource) {
        this(dataSource, true);
    }

    /** {@code scheduled}: whether rounds run every {@link #PERIOD_MS} ms (else only when {@link #tidy} is called: tests). */
    H2Housekeeping(DataSource dataSource, boolean scheduled) {
        this.dataSource = dataSource;
        this.timer = scheduled ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "xuncha-h2-housekeeping");
            t.setDaemon(true);
            return t;
        }) : null;
        if (timer != null) {
            timer.scheduleWithFixedDelay(this::tidy, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        }
    }

    @Deactivate
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** The H2 file as H2 reports it; null on another database. */
    public Storage storage() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!c.isWrapperFor(JdbcConnection.class)) {
                return null;
            }
            Map<String, String> info = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select setting_name, setting_value from information_schema.settings "
                    + "where setting_name in ('info.FILE_SIZE', 'info.CHUNK_COUNT', 'info.CHUNKS_FILL_RATE')");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    info.put(rs.getString(1), rs.getString(2));
                }
            }
            return new Storage(Long.parseLong(info.getOrDefault("info.FILE_SIZE", "0")), Long.parseLong(info.getOrDefault("info.CHUNK_COUNT", "0")),
                    Integer.parseInt(info.getOrDefault("info.CHUNKS_FILL_RATE", "100")));
        }
    }

    /** Whether the last round failed (its failure is logged). */
    boolean lastRoundFailed() {
        return lastRoundFailed;
    }

    /** One round of housekeeping; a failure is logged once and the next round tries again. */
    void tidy() {
        // the connection is held while the store is used, so that the database cannot close under it
        try (Connection c = dataSource.getConnection()) {
            MVStore store = store(c);
            if (store != null && !store.isClosed() && !store.isReadOnly()) {
                // compact() only marks the live pages of sparse chunks as changed; the commit writes them
                // into a new chunk (H2's background writer commits after it in the same way)
                if (store.compact(TARGET_FILL, WRITE_LIMIT)) {
                    store.commit();
                }
                store.getFileStore().dropUnusedChunks();
            }
            lastRoundFailed = false;
        } catch (Exception | LinkageError e) {
            if (!lastRoundFailed) {
                LOG.warn("H2 housekeeping failed, will try again: {}", e.toString());
                lastRoundFailed = true;
            }
        }
    }

    /**
     * The MVStore behind an H2 connection; null for another database. H2 exports {@code org.h2.jdbc} and
     * {@code org.h2.mvstore} but not the engine classes between them (session, database, store), so the
     * steps through those are taken by their public methods through reflection.
     */
    static MVStore store(Connection c) throws ReflectiveOperationException, SQLException {
        if (!c.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        JdbcConnection h2 = c.unwrap(JdbcConnection.class);
        Object session = h2.getClass().getMethod("getSession").invoke(h2);
        Object database = session.getClass().getMethod("getDatabase").invoke(session);
        if (database == null) {
            return null;
        }
        Object store = database.getClass().getMethod("getStore").invoke(database);
        return store == null ? null : (MVStore) store.getClass().getMethod("getMvStore").invoke(store);
    }
}
