package org.xuncha.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.ModuleStores;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.FieldContext;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * A module's {@link ModuleStore} as a unit test needs it: the real thing where it can run and a
 * record of the rest. Each instance is a new in-memory H2 database, migrated by the module's own
 * Liquibase changelog and opened through the module's own persistence unit (its
 * {@code META-INF/persistence.xml}, with the data source swapped for the test database), so the
 * module's JPQL, mappings and constraints are what the test exercises. Audit records and posted
 * events are kept in lists; the clock is a {@link MutableClock}; encryption is a reversible
 * marking (the platform's SM4 cipher is tested in the platform), so a test can see that text was
 * stored encrypted.
 *
 * <pre>
 * try (TestModuleStore db = TestModuleStore.open("example", "xuncha.example", "db/example/changelog.xml")) {
 *     Store store = new Store(db.emf(), db.stores());
 *     ...
 * }
 * </pre>
 */
public final class TestModuleStore implements ModuleStore, AutoCloseable {

    /** What {@link #encrypt} puts before the text, so a test can tell stored ciphertext. */
    public static final String CIPHER_PREFIX = "test-cipher:";

    /** An audit record as the module wrote it; {@code inTransaction} tells a change's record from a read's. */
    public record Audited(Caller caller, AuditAction action, String type, String id, String summary, boolean inTransaction) {
    }

    /** An event as the module posted it: the topic and every property. */
    public record Posted(String topic, Map<String, Object> properties) {
    }

    private final String moduleId;
    private final Connection keepAlive;
    private final EntityManagerFactory emf;
    private final MutableClock clock;
    private final List<Audited> audits = new CopyOnWriteArrayList<>();
    private final List<Posted> events = new CopyOnWriteArrayList<>();

    private TestModuleStore(String moduleId, Connection keepAlive, EntityManagerFactory emf, MutableClock clock) {
        this.moduleId = moduleId;
        this.keepAlive = keepAlive;
        this.emf = emf;
        this.clock = clock;
    }

    /**
     * A new database for the module.
     *
     * @param moduleId  the module id, e.g. {@code round-planning}
     * @param unitName  its persistence unit, e.g. {@code xuncha.roundplanning}
     * @param changelog its master changelog on the test class path, e.g. {@code db/round-planning/changelog.xml}
     */
    public static TestModuleStore open(String moduleId, String unitName, String changelog) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + moduleId + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Connection keepAlive = null;
        try {
            keepAlive = dataSource.getConnection();
            migrate(keepAlive, changelog);
            Map<String, Object> props = new HashMap<>();
            props.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
            props.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
            props.put(PersistenceUnitProperties.CLASSLOADER, TestModuleStore.class.getClassLoader());
            EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory(unitName, props);
            if (emf == null) {
                throw new IllegalStateException("no persistence unit " + unitName + " on the class path");
            }
            return new TestModuleStore(moduleId, keepAlive, emf, new MutableClock());
        } catch (Exception e) {
            closeQuietly(keepAlive);
            throw new IllegalStateException("cannot open the test database of " + moduleId + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(Connection connection, String changelog) throws Exception {
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(TestModuleStore.class.getClassLoader()));
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        scope.put("liquibase.showBanner", Boolean.FALSE);
        Scope.child(scope, () -> {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .execute();
        });
    }

    /** The module's persistence unit on the test database, for the module's store component. */
    public EntityManagerFactory emf() {
        return emf;
    }

    /** The platform service a module's store component opens its store with: it hands out this store (already migrated). */
    public ModuleStores stores() {
        return (id, factory, loader, changelog) -> this;
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

    /** Forgets the audit records and events so far, e.g. after a test's set-up. */
    public void clearRecords() {
        audits.clear();
        events.clear();
    }

    @Override
    public String moduleId() {
        return moduleId;
    }

    @Override
    public <R> R write(Function<EntityManager, R> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        List<Audited> pending = new ArrayList<>();
        try {
            tx.begin();
            R result = inTransaction(em, pending, work);
            tx.commit();
            audits.addAll(pending);
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    @Override
    public <R> R read(Function<EntityManager, R> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            return inTransaction(em, new ArrayList<>(), work);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Audit records of the transaction wait in {@code pending} until it commits, as the platform's do. */
    private final ThreadLocal<Map<EntityManager, List<Audited>>> open = ThreadLocal.withInitial(HashMap::new);

    private <R> R inTransaction(EntityManager em, List<Audited> pending, Function<EntityManager, R> work) {
        open.get().put(em, pending);
        try {
            return work.apply(em);
        } finally {
            open.get().remove(em);
        }
    }

    @Override
    public <R> R sql(SqlWork<R> work) {
        return read(em -> {
            try {
                return work.run(em.unwrap(Connection.class));
            } catch (SQLException e) {
                throw new IllegalStateException("query failed: " + e.getMessage(), e);
            }
        });
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
     * Marks the text as the platform's cipher would encrypt it, bound to {@code where}: decrypting it with
     * another place fails as the platform's does (409 {@code integrity_error}), so a test catches a module
     * reading a value with the wrong table, column or row.
     */
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
            throw new ApiException(409, "integrity_error", "数据完整性校验失败：" + where, "Integrity check failed: " + where
                    + " holds the ciphertext of " + ciphertext.substring(at + 1));
        }
        return decrypt(ciphertext.substring(0, at));
    }

    /** @deprecated as in {@link ModuleStore}: not bound to its place */
    @Override
    @Deprecated
    public String encrypt(String plaintext) {
        return plaintext == null ? null : CIPHER_PREFIX + Base64.getEncoder().encodeToString(plaintext.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    @Deprecated
    public String decrypt(String ciphertext) {
        if (ciphertext == null) {
            return null;
        }
        if (!ciphertext.startsWith(CIPHER_PREFIX) || ciphertext.contains("@")) {
            throw new IllegalStateException("not a ciphertext of this store");
        }
        return new String(Base64.getDecoder().decode(ciphertext.substring(CIPHER_PREFIX.length())), java.nio.charset.StandardCharsets.UTF_8);
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
        props.put("module", moduleId);
        props.put("entityId", String.valueOf(entityId));
        props.put("actor", caller.username());
        events.add(new Posted(topic, Map.copyOf(props)));
    }

    @Override
    public void close() {
        emf.close();
        closeQuietly(keepAlive);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // the in-memory database goes with the last connection anyway
            }
        }
    }
}
