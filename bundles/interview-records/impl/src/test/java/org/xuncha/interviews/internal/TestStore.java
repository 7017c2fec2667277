package org.xuncha.interviews.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;

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
 * The platform's side of {@link Store} outside OSGi, on an in-memory H2 database: the schema made by
 * the module's own changelog, EclipseLink on the module's own persistence unit, transactions as the
 * platform runs them, field encryption framed as the platform's ({@code sm4b:<key>:} bound to the place, {@code sm4gcm:<key>:} without, and Base64 of
 * IV, text and tag; AES-GCM stands in for SM4-GCM, with the same IV and tag, so ciphertexts are as
 * long as in production), a clock that stands still, and the audit entries and events kept for the
 * test to read.
 */
public final class TestStore implements ModuleStores, AutoCloseable {

    /** The platform clock in tests: 2026-11-20 10:00 in China. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    /** An audit entry as recorded. */
    public record Audited(String actor, AuditAction action, String type, String id, String summary) {
    }

    /** An event as posted. */
    public record Posted(String topic, String actor, String entityId, Map<String, Object> properties) {
    }

    public final List<Audited> audits = new CopyOnWriteArrayList<>();
    public final List<Posted> events = new CopyOnWriteArrayList<>();

    private final String url = "jdbc:h2:mem:ivr-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final Connection keepAlive;
    private final EntityManagerFactory emf;
    private final SecretKeySpec key = new SecretKeySpec(new byte[16], "AES");
    /** The platform's framings: bound to a place (the key id as long as an installation's), and without one. */
    private static final String BOUND = "sm4b:abcdefg-k1:";
    private static final String UNBOUND = "sm4gcm:k1:";
    private final SecureRandom random = new SecureRandom();

    public TestStore() {
        try {
            keepAlive = DriverManager.getConnection(url, "sa", "");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        Map<String, Object> properties = new HashMap<>();
        properties.put("javax.persistence.nonJtaDataSource", ds);
        emf = Persistence.createEntityManagerFactory("xuncha.interview-records", properties);
    }

    /** The module's {@link Store}, opened the way the platform opens it: schema first. */
    public Store store() {
        return new Store(emf, this);
    }

    /** Plain JDBC on the same database, to look at what was stored. */
    public Connection connection() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    @Override
    public ModuleStore open(String moduleId, EntityManagerFactory unit, ClassLoader loader, String changelog) {
        migrate(loader, changelog);
        return new Db(moduleId);
    }

    private void migrate(ClassLoader loader, String changelog) {
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(loader));
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        scope.put("liquibase.showBanner", Boolean.FALSE);
        try (Connection c = connection()) {
            Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                        .execute();
            });
        } catch (Exception e) {
            throw new IllegalStateException("cannot migrate the test database", e);
        }
    }

    @Override
    public void close() throws SQLException {
        emf.close();
        keepAlive.close();
    }

    private final class Db implements ModuleStore {

        private final String moduleId;

        Db(String moduleId) {
            this.moduleId = moduleId;
        }

        @Override
        public String moduleId() {
            return moduleId;
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
            try (Connection c = connection()) {
                return work.run(c);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void audit(EntityManager em, Caller caller, AuditAction action, String type, Object id, String summary) {
            audit(caller, action, type, id, summary);
        }

        @Override
        public void audit(Caller caller, AuditAction action, String type, Object id, String summary) {
            audits.add(new Audited(caller.username(), action, type, id == null ? null : String.valueOf(id), summary));
        }

        @Override
        public String encrypt(String plaintext, FieldContext where) {
            Objects.requireNonNull(where, "where");
            return plaintext == null ? null : seal(BOUND, plaintext, where.toString());
        }

        @Override
        public String decrypt(String ciphertext, FieldContext where) {
            Objects.requireNonNull(where, "where");
            if (ciphertext == null || !ciphertext.startsWith(BOUND)) {
                return decrypt(ciphertext);
            }
            try {
                return open(ciphertext.substring(BOUND.length()), where.toString());
            } catch (GeneralSecurityException e) {
                throw new ApiException(409, "integrity_error", "数据完整性校验失败：" + where, "Integrity check failed: " + where);
            }
        }

        @Override
        public String encrypt(String plaintext) {
            return plaintext == null ? null : seal(UNBOUND, plaintext, null);
        }

        @Override
        public String decrypt(String ciphertext) {
            if (ciphertext == null) {
                return null;
            }
            try {
                return open(ciphertext.substring(UNBOUND.length()), null);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private String seal(String prefix, String plaintext, String aad) {
            try {
                byte[] iv = new byte[12];
                random.nextBytes(iv);
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
                if (aad != null) {
                    c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
                }
                byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
                byte[] packed = Arrays.copyOf(iv, iv.length + ct.length);
                System.arraycopy(ct, 0, packed, iv.length, ct.length);
                return prefix + Base64.getEncoder().encodeToString(packed);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private String open(String base64, String aad) throws GeneralSecurityException {
            byte[] packed = Base64.getDecoder().decode(base64);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, packed, 0, 12));
            if (aad != null) {
                c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
            }
            return new String(c.doFinal(packed, 12, packed.length - 12), StandardCharsets.UTF_8);
        }

        @Override
        public Clock clock() {
            return CLOCK;
        }

        @Override
        public void post(String topic, Caller caller, Object entityId, Object... keysAndValues) {
            Map<String, Object> props = new HashMap<>();
            for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
                if (keysAndValues[i + 1] != null) {
                    props.put((String) keysAndValues[i], keysAndValues[i + 1]);
                }
            }
            events.add(new Posted(topic, caller.username(), String.valueOf(entityId), props));
        }
    }
}
