package org.xuncha.testkit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import org.xuncha.platform.api.event.Events;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.ModuleStores;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.FieldContext;

/**
 * A module's {@link ModuleStore} as a unit test needs it: the real thing where it can run and a
 * record of the rest. Each instance is a new in-memory database ({@link TestDatabase}) with the
 * schema of the module's own Liquibase changelog, opened through the module's own persistence unit,
 * so the module's JPQL, SQL, mappings and constraints are what the test exercises; transactions
 * are the platform's (one entity manager per unit of work, a read rolled back). Audit records and
 * posted events are kept in lists, an audit record of a change only once it commits; the clock is
 * a {@link MutableClock}; text is encrypted framed as the platform frames it
 * ({@code sm4b:<key id>:} and the Base64 of IV, ciphertext and tag, with AES-GCM standing in for
 * SM4-GCM, bound to table, column and row as associated data), so ciphertexts are as long as in
 * production, a value read from another place fails as in production, and a test sees that text
 * was stored encrypted.
 *
 * <pre>
 * try (TestModuleStore db = TestModuleStore.open("example", "xuncha.example", "db/example/changelog.xml")) {
 *     Store store = new Store(db.emf(), db.stores());
 *     ...
 * }
 * </pre>
 */
public final class TestModuleStore implements ModuleStore, AutoCloseable {

    /** What {@link #encrypt(String)} (not bound to a place) puts before the text, as the platform did before 1.3 with key {@code k1}. */
    public static final String CIPHER_PREFIX = "sm4gcm:k1:";
    /**
     * What {@link #encrypt(String, FieldContext)} puts before the text, as the platform does: {@code sm4b:}
     * and the key id, which names the installation ({@code <installation>-k<n>}).
     */
    public static final String BOUND_PREFIX = "sm4b:abcdefg-k1:";

    /** An audit record as the module wrote it; {@code inTransaction} tells a change's record from a read's. */
    public record Audited(Caller caller, AuditAction action, String type, String id, String summary, boolean inTransaction) {

        public String actor() {
            return caller.username();
        }
    }

    /** An event as the module posted it: the topic and every property, those each event carries included. */
    public record Posted(String topic, Map<String, Object> properties) {

        public String entityId() {
            return (String) properties.get(Events.ENTITY_ID);
        }

        public String actor() {
            return (String) properties.get(Events.ACTOR);
        }
    }

    private final String moduleId;
    private final TestDatabase database;
    private final EntityManagerFactory emf;
    private final MutableClock clock = new MutableClock();
    private final List<Audited> audits = new CopyOnWriteArrayList<>();
    private final List<Posted> events = new CopyOnWriteArrayList<>();
    private final SecretKeySpec key = new SecretKeySpec(new byte[16], "AES");
    private final SecureRandom random = new SecureRandom();
    /** Audit records of the transactions open on this thread, which join {@link #audits} when they commit. */
    private final ThreadLocal<Map<EntityManager, List<Audited>>> open = ThreadLocal.withInitial(HashMap::new);

    private TestModuleStore(String moduleId, TestDatabase database, EntityManagerFactory emf) {
        this.moduleId = moduleId;
        this.database = database;
        this.emf = emf;
    }

    /**
     * A new database for the module.
     *
     * @param moduleId  the module id, e.g. {@code round-planning}
     * @param unitName  its persistence unit, e.g. {@code xuncha.roundplanning}
     * @param changelog its master changelog on the test class path, e.g. {@code db/round-planning/changelog.xml}
     */
    public static TestModuleStore open(String moduleId, String unitName, String changelog) {
        TestDatabase database = TestDatabase.migrated(changelog);
        try {
            return new TestModuleStore(moduleId, database, database.open(unitName));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The module's persistence unit on the test database, for the module's store component. */
    public EntityManagerFactory emf() {
        return emf;
    }

    /** The platform service a module's store component opens its store with: it hands out this store (already migrated). */
    public ModuleStores stores() {
        return (id, factory, loader, changelog) -> this;
    }

    /** The database itself, to look at what was stored as someone with database access would. */
    public TestDatabase database() {
        return database;
    }

    public MutableClock testClock() {
        return clock;
    }

    /** Every audit record written so far, oldest first. */
    public List<Audited> audits() {
        return List.copyOf(audits);
    }

    /** Every event posted so far, oldest first. */
    public List<Posted> events() {
        return List.copyOf(events);
    }

    /** The events posted on {@code topic} so far, oldest first. */
    public List<Posted> events(String topic) {
        return events.stream().filter(e -> e.topic().equals(topic)).toList();
    }

    /** Forgets the audit records and events so far, e.g. after a test's set-up. */
    public void clearRecords() {
        audits.clear();
        events.clear();
    }

    /** One column of one row (by {@code id}) as stored, as text. */
    public String stored(String table, String column, long id) {
        try (Connection c = database.connection();
             PreparedStatement ps = c.prepareStatement("select " + column + " from " + table + " where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public String moduleId() {
        return moduleId;
    }

    @Override
    public <R> R write(Function<EntityManager, R> work) {
        List<Audited> pending = new ArrayList<>();
        R result = transaction(work, pending, true);
        audits.addAll(pending);
        return result;
    }

    /** Without a database transaction, as the platform's store reads (so a read that needs one fails here too). */
    @Override
    public <R> R read(Function<EntityManager, R> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** In a transaction rolled back at the end, as the platform's store runs it ({@link #sql} too). */
    @Override
    public <R> R readInTransaction(Function<EntityManager, R> work) {
        return transaction(work, new ArrayList<>(), false);
    }

    private <R> R transaction(Function<EntityManager, R> work, List<Audited> pending, boolean commit) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        open.get().put(em, pending);
        try {
            tx.begin();
            R result = work.apply(em);
            if (commit) {
                tx.commit();
            }
            return result;
        } finally {
            open.get().remove(em);
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    @Override
    public void audit(EntityManager em, Caller caller, AuditAction action, String type, Object id, String summary) {
        List<Audited> pending = open.get().get(em);
        if (pending == null) {
            throw new IllegalStateException("audit(em, ...) outside a transaction of this store");
        }
        pending.add(new Audited(caller, action, type, id == null ? null : String.valueOf(id), summary, true));
    }

    @Override
    public void audit(Caller caller, AuditAction action, String type, Object id, String summary) {
        audits.add(new Audited(caller, action, type, id == null ? null : String.valueOf(id), summary, false));
    }

    /**
     * Encrypted as the platform's cipher does, bound to {@code where}: table, column and row are the
     * associated data, so a ciphertext read from another place fails as the platform's does (409
     * {@code integrity_error}), and a test catches a module reading a value with the wrong table,
     * column or row, or encrypting before the row has its id.
     */
    @Override
    public String encrypt(String plaintext, FieldContext where) {
        Objects.requireNonNull(where, "where");
        return plaintext == null ? null : seal(BOUND_PREFIX, plaintext, aad(where));
    }

    /** Reads bound values and, as the platform does, values stored before binding ({@link #CIPHER_PREFIX}). */
    @Override
    public String decrypt(String ciphertext, FieldContext where) {
        Objects.requireNonNull(where, "where");
        if (ciphertext == null || !ciphertext.startsWith(BOUND_PREFIX)) {
            return decrypt(ciphertext);
        }
        try {
            return open(ciphertext.substring(BOUND_PREFIX.length()), aad(where));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ApiException(409, "integrity_error", "数据完整性校验失败：" + where + " 的加密内容不属于此处或已被改动",
                    "Integrity check failed: the encrypted value in " + where + " does not belong there or was altered");
        }
    }

    private static byte[] aad(FieldContext where) {
        return (BOUND_PREFIX.substring(0, BOUND_PREFIX.length() - 1) + '\u001f' + where.table() + '\u001f' + where.column() + '\u001f' + where.row()).getBytes(StandardCharsets.UTF_8);
    }

    /** @deprecated as in {@link ModuleStore}: not bound to its place */
    @Override
    @Deprecated
    public String encrypt(String plaintext) {
        return plaintext == null ? null : seal(CIPHER_PREFIX, plaintext, null);
    }

    @Override
    @Deprecated
    public String decrypt(String ciphertext) {
        if (ciphertext == null) {
            return null;
        }
        if (!ciphertext.startsWith(CIPHER_PREFIX)) {
            throw new IllegalStateException("not a ciphertext of this store made without a place");
        }
        try {
            return open(ciphertext.substring(CIPHER_PREFIX.length()), null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String seal(String prefix, String plaintext, byte[] aad) {
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher c = cipher(Cipher.ENCRYPT_MODE, iv);
            if (aad != null) {
                c.updateAAD(aad);
            }
            byte[] sealed = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] packed = Arrays.copyOf(iv, iv.length + sealed.length);
            System.arraycopy(sealed, 0, packed, iv.length, sealed.length);
            return prefix + Base64.getEncoder().encodeToString(packed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String open(String base64, byte[] aad) throws GeneralSecurityException {
        byte[] packed = Base64.getDecoder().decode(base64);
        Cipher c = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(packed, 12));
        if (aad != null) {
            c.updateAAD(aad);
        }
        return new String(c.doFinal(packed, 12, packed.length - 12), StandardCharsets.UTF_8);
    }

    private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, key, new GCMParameterSpec(128, iv));
        return c;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void post(String topic, Caller caller, Object entityId, Object... keysAndValues) {
        events.add(new Posted(topic, Map.copyOf(Events.properties(moduleId, caller.username(), entityId, clock.millis(), keysAndValues))));
    }

    @Override
    public void close() {
        database.close();
    }
}
