package org.xuncha.platform.security.internal.audit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.crypto.Sm2Seal;
import org.xuncha.platform.security.internal.SecurityDescriptor;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.web.RequestInfo;

/**
 * The audit trail on the shared DataSource. Records of changes join the caller's JPA transaction
 * through its connection; other records get a transaction of their own, shared by the records that
 * arrive together ({@link GroupAppend}). The chain head is sealed
 * with SM2 at an interval whenever it moved, and each seal is anchored outside the database first
 * ({@link AnchorLog}). Times are the system clock's, never the platform's adjustable one: an audit
 * time is evidence.
 */
@Component(service = {AuditTrail.class, AuditTrailImpl.class})
public class AuditTrailImpl implements AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrailImpl.class);
    /** The most records of a transaction of their own written in one batch. */
    static final int MAX_BATCH = 200;
    /** The longest gathering time a configuration may set (µs): a batch's wait stays far below a request's time. */
    static final long MAX_GATHER_MICROS = 10_000;

    private final DataSource dataSource;
    private final SecuritySetup setup;
    private final Clock clock;
    private final ScheduledExecutorService sealer;
    private final AnchorLog anchors;
    private final GroupAppend batches;

    @Activate
    public AuditTrailImpl(@Reference(target = "(osgi.jndi.service.name=xuncha)") DataSource dataSource, @Reference SecuritySetup setup) {
        this(dataSource, setup, Clock.systemUTC());
    }

    /** With another clock: for tests only. */
    public AuditTrailImpl(DataSource dataSource, SecuritySetup setup, Clock clock) {
        this.dataSource = dataSource;
        this.setup = setup;
        this.clock = clock;
        this.batches = new GroupAppend(this::writeBatch, clock::millis, MAX_BATCH,
                () -> Math.min(MAX_GATHER_MICROS, Math.max(0, setup.config().auditGatherMicros())) * 1000L);
        String file = setup.config().auditAnchorLog();
        this.anchors = new AnchorLog(file.isBlank() ? Path.of(System.getProperty("karaf.data", "data"), "xuncha", "audit-anchors.log") : Path.of(file));
        this.sealer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "xuncha-audit-seal");
            t.setDaemon(true);
            return t;
        });
        scheduleSeal();
    }

    /** Where the anchors are written. */
    public Path anchorLog() {
        return anchors.file();
    }

    /** Re-reads the interval each time, so a configuration change applies from the next seal on. */
    private void scheduleSeal() {
        try {
            sealer.schedule(() -> {
                sealQuietly();
                scheduleSeal();
            }, Math.max(5, setup.config().auditSealIntervalSeconds()), TimeUnit.SECONDS);
        } catch (RejectedExecutionException stopped) {
            // deactivated meanwhile
        }
    }

    @Deactivate
    void deactivate() {
        sealer.shutdownNow();
        sealQuietly();
    }

    /**
     * Returns once the record is committed (durable before the request's answer leaves). Records
     * arriving together are written together ({@link GroupAppend}): one transaction and one step of
     * the chain per batch, so audited reads do not queue one by one behind the chain head's lock.
     */
    @Override
    public void record(Caller caller, AuditEntry entry) {
        batches.append(caller, entry, RequestInfo.clientIp());
    }

    /** One batch in one transaction of its own. */
    private long writeBatch(List<AuditChain.Entry> batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                long last = AuditChain.appendAll(c, batch);
                c.commit();
                return last;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    @Override
    public void record(EntityManager em, Caller caller, AuditEntry entry) {
        // Inside an active resource-local transaction EclipseLink hands out the connection it
        // will commit on, so the record commits or rolls back with the change it records.
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("record(em, ...) needs an active transaction");
        }
        try {
            AuditChain.append(c, caller, entry, RequestInfo.clientIp(), clock.millis());
        } catch (SQLException e) {
            throw new IllegalStateException("audit record could not be written", e);
        }
    }

    /** Seals the head if it moved since the last seal; returns the sealed sequence number or -1. */
    public long seal() {
        // one seal at a time (timer, request, shutdown): anchors are numbered in the order they are written
        synchronized (anchors) {
            return sealOnce();
        }
    }

    /**
     * Runs {@code work} while no seal is being made: a backup copies the anchor log and the database
     * in between seals, so that its anchors name only records its database holds.
     */
    public <T> T betweenSeals(java.util.function.Supplier<T> work) {
        synchronized (anchors) {
            return work.get();
        }
    }

    private long sealOnce() {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                // one key for the seal and its anchor, even if the key is rotated meanwhile
                Sm2Seal key = setup.seal();
                long seq = AuditChain.seal(c, key, clock.millis(), (s, hash, count, now) -> anchors.append(key, s, hash, count, now).n());
                c.commit();
                if (seq > 0) {
                    // A third copy, in karaf.log (which rotates): whoever rewrites tables and the anchor log must rewrite this too.
                    LOG.info("Audit chain sealed at record {} (SM2 key {}), anchored in {}", seq, key.keyId(), anchors.file());
                }
                return seq;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit seal failed", e);
        }
    }

    private void sealQuietly() {
        try {
            seal();
        } catch (RuntimeException e) {
            LOG.warn("Sealing the audit chain failed: {}", e.toString());
        }
    }

    public AuditVerifier.Report verify(Caller caller) {
        caller.require(SecurityDescriptor.AUDIT_READ);
        try (Connection c = dataSource.getConnection()) {
            return AuditVerifier.verify(c, setup.seals(), setup.seal(), anchors.read());
        } catch (SQLException e) {
            throw new IllegalStateException("audit verification failed", e);
        }
    }

    /** The summary of the newest record of the security module about {@code entityType}/{@code entityId}; null if there is none. */
    String lastSummary(String entityType, String entityId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select summary from xc_audit where module = ? and entity_type = ? and entity_id = ? "
                     + "order by seq desc limit 1")) {
            ps.setString(1, SecuritySetup.MODULE);
            ps.setString(2, entityType);
            ps.setString(3, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit query failed", e);
        }
    }

    /** Filters for reading the trail; null fields do not filter. {@code from} and {@code to} are epoch milliseconds, {@code to} exclusive. */
    public record Query(Long from, Long to, String actor, AuditAction action, String module, String entityType, String entityId) {
    }

    public Page<AuditChain.Stored> find(Caller caller, Query q, PageRequest page) {
        caller.require(SecurityDescriptor.AUDIT_READ);
        StringBuilder where = new StringBuilder(" where 1=1");
        List<Object> args = new ArrayList<>();
        if (q.from() != null) {
            where.append(" and ts >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            where.append(" and ts < ?");
            args.add(q.to());
        }
        for (String[] f : new String[][] {{"actor", q.actor()}, {"action", q.action() == null ? null : q.action().name()}, {"module", q.module()},
                {"entity_type", q.entityType()}, {"entity_id", q.entityId()}}) {
            if (f[1] != null && !f[1].isBlank()) {
                where.append(" and ").append(f[0]).append(" = ?");
                args.add(f[1]);
            }
        }
        boolean asc = !page.orders().isEmpty() && page.orders().get(0).ascending();
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from xc_audit" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<AuditChain.Stored> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select * from xc_audit" + where + " order by seq " + (asc ? "asc" : "desc")
                    + " limit " + page.size() + " offset " + page.offset())) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(AuditChain.read(rs));
                    }
                }
            }
            return new Page<>(items, total, page.page(), page.size());
        } catch (SQLException e) {
            throw new IllegalStateException("audit query failed", e);
        }
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }
}
