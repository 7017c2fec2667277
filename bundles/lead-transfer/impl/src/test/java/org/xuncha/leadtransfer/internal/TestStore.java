package org.xuncha.leadtransfer.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.FieldContext;

/**
 * The module's persistence unit on an in-memory H2 database migrated by the module's own changelog,
 * with transactions as the platform runs them (one entity manager per unit of work, a read rolled
 * back). The audit trail and events are recorded in lists for the tests to look at; encryption is a
 * reversible marker, so a test can tell ciphertext from plain text; the clock can be moved.
 */
public final class TestStore implements ModuleStore, AutoCloseable {

    /** An audit record as a service wrote it. */
    public record Audited(AuditAction action, String type, Object id, String summary, String actor, boolean inTransaction) {
    }

    /** An event as a service posted it. */
    public record Posted(String topic, Object entityId, Map<String, Object> properties) {
    }

    static final String CIPHER = "test-sm4:";

    private final TestDatabase database = new TestDatabase();
    private final EntityManagerFactory emf;
    private final MovableClock clock = new MovableClock(Instant.parse("2025-06-30T02:00:00Z"));
    public final List<Audited> audits = new CopyOnWriteArrayList<>();
    public final List<Posted> events = new CopyOnWriteArrayList<>();

    public TestStore() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(database.url());
        ds.setUser("sa");
        Map<String, Object> props = new HashMap<>();
        props.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, ds);
        props.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        emf = new PersistenceProvider().createEntityManagerFactory("xuncha.lead-transfer", props);
    }

    public TestDatabase database() {
        return database;
    }

    /** Moves the clock by {@code d} (forward when positive). */
    public void advance(Duration d) {
        clock.now = clock.now.plus(d);
    }

    @Override
    public String moduleId() {
        return Store.MODULE;
    }

    @Override
    public <R> R write(Function<EntityManager, R> work) {
        return run(work, true);
    }

    @Override
    public <R> R read(Function<EntityManager, R> work) {
        return run(work, false);
    }

    private <R> R run(Function<EntityManager, R> work, boolean commit) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            R result = work.apply(em);
            if (commit) {
                tx.commit();
            } else {
                tx.rollback();
            }
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    @Override
    public <R> R sql(SqlWork<R> work) {
        return read(em -> {
            try {
                return work.run(em.unwrap(Connection.class));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public void audit(EntityManager em, Caller caller, AuditAction action, String type, Object id, String summary) {
        audits.add(new Audited(action, type, id, summary, caller.username(), true));
    }

    @Override
    public void audit(Caller caller, AuditAction action, String type, Object id, String summary) {
        audits.add(new Audited(action, type, id, summary, caller.username(), false));
    }

    /** Bound to {@code where} as the platform's cipher is: read with another place it fails (409 integrity_error). */
    @Override
    public String encrypt(String plaintext, FieldContext where) {
        java.util.Objects.requireNonNull(where, "where");
        return plaintext == null ? null : encrypt(plaintext) + "@" + where;
    }

    @Override
    public String decrypt(String ciphertext, FieldContext where) {
        java.util.Objects.requireNonNull(where, "where");
        if (ciphertext == null) {
            return null;
        }
        int at = ciphertext.lastIndexOf('@');
        if (at < 0) {
            return decrypt(ciphertext);
        }
        if (!ciphertext.substring(at + 1).equals(where.toString())) {
            throw new ApiException(409, "integrity_error", "数据完整性校验失败：" + where, "Integrity check failed: " + where);
        }
        return decrypt(ciphertext.substring(0, at));
    }

    @Override
    public String encrypt(String plaintext) {
        return plaintext == null ? null : CIPHER + Base64.getEncoder().encodeToString(plaintext.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String decrypt(String ciphertext) {
        if (ciphertext == null) {
            return null;
        }
        if (!ciphertext.startsWith(CIPHER)) {
            throw new IllegalArgumentException("not a ciphertext: " + ciphertext);
        }
        return new String(Base64.getDecoder().decode(ciphertext.substring(CIPHER.length())), StandardCharsets.UTF_8);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void post(String topic, Caller caller, Object entityId, Object... keysAndValues) {
        Map<String, Object> props = new HashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                props.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        events.add(new Posted(topic, entityId, props));
    }

    public List<Posted> events(String topic) {
        List<Posted> result = new ArrayList<>();
        events.stream().filter(e -> e.topic().equals(topic)).forEach(result::add);
        return result;
    }

    /** One column of one row, as stored. */
    public Object column(String table, String column, long id) {
        return sql(c -> {
            try (var ps = c.prepareStatement("select " + column + " from " + table + " where id = ?")) {
                ps.setLong(1, id);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getObject(1) : null;
                }
            }
        });
    }

    @Override
    public void close() throws SQLException {
        emf.close();
        database.close();
    }

    private static final class MovableClock extends Clock {

        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.ofHours(8);
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
