package org.xuncha.platform.security.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;

import org.eclipse.persistence.jpa.PersistenceProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.internal.persistence.JpaTransactions;
import org.xuncha.platform.internal.persistence.LiquibaseMigrator;
import org.xuncha.platform.internal.persistence.ModuleStoresImpl;
import org.xuncha.platform.security.internal.audit.AuditTrailImpl;
import org.xuncha.platform.security.internal.crypto.FieldCipherService;
import org.xuncha.platform.security.internal.crypto.KekSecret;
import org.xuncha.platform.security.internal.crypto.WrappedKeyStore;

/**
 * The security bundle's own pieces on a real database: H2 in memory, the schema by the bundle's
 * changelog through the platform's migrator, EclipseLink on the bundle's persistence unit, the
 * platform's store and transactions, and this bundle's setup, audit trail and field cipher, with
 * keys in a temporary directory. Time is a clock the test moves.
 */
public final class SecurityFixture implements AutoCloseable {

    /** Liquibase reports every change set at INFO; a strong reference keeps the level set. */
    private static final java.util.logging.Logger LIQUIBASE = java.util.logging.Logger.getLogger("liquibase");

    static {
        LIQUIBASE.setLevel(java.util.logging.Level.WARNING);
    }

    /** The key-encryption secret the tests' installations are given. */
    public static final KekSecret SECRET = KekSecret.of("unit-test-key-encryption-secret", "test");
    /** A cheap key derivation, for tests only: installations use {@link WrappedKeyStore.Kdf#STRONG}. */
    public static final WrappedKeyStore.Kdf TEST_KDF = new WrappedKeyStore.Kdf(1024, 1, 1);

    public final TestClock clock = new TestClock();
    public final SecuritySetup setup;
    public final AuditTrailImpl audit;
    public final Store store;

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final Connection keepAlive;
    private final EntityManagerFactory emf;

    /**
     * @param keys     directory for the key files
     * @param settings security settings that differ from the defaults, e.g. {@code maxFailedLogins=3}
     */
    public SecurityFixture(Path keys, Map<String, Object> settings) {
        dataSource.setURL("jdbc:h2:mem:security-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try {
            keepAlive = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> config = new HashMap<>(settings);
        config.put("keyDirectory", keys.toString());
        config.putIfAbsent("auditAnchorLog", keys.resolve("audit-anchors.log").toString());
        LiquibaseMigrator migrator = new LiquibaseMigrator(dataSource);
        setup = new SecuritySetup(config(config), migrator, dataSource, SECRET, TEST_KDF);
        audit = new AuditTrailImpl(dataSource, setup, clock);
        emf = new PersistenceProvider().createEntityManagerFactory("xuncha.security",
                Map.of("javax.persistence.nonJtaDataSource", dataSource, "eclipselink.logging.level", "SEVERE"));
        EventAdmin noEvents = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
            }

            @Override
            public void sendEvent(Event event) {
            }
        };
        store = new Store(emf, new ModuleStoresImpl(migrator, new JpaTransactions(), audit, new FieldCipherService(setup, audit), clock, noEvents));
    }

    public JdbcDataSource dataSource() {
        return dataSource;
    }

    public ModuleStore db() {
        return store.db();
    }

    /** The audit records, oldest first, as "ACTION actor type id summary". */
    public List<String> audited() {
        List<String> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select action, actor, entity_type, entity_id, summary from xc_audit order by seq")) {
            while (rs.next()) {
                result.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " " + rs.getString(5));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /** One value by SQL, as someone with database access would read it. */
    public Object query(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        // what SCR does when the trail's component goes: stop its sealing thread
        Method deactivate = AuditTrailImpl.class.getDeclaredMethod("deactivate");
        deactivate.setAccessible(true);
        deactivate.invoke(audit);
        emf.close();
        keepAlive.close();
    }

    /** The configuration as SCR would hand it over: each attribute's default unless set. */
    static SecurityConfig config(Map<String, Object> values) {
        return (SecurityConfig) Proxy.newProxyInstance(SecurityConfig.class.getClassLoader(), new Class<?>[] {SecurityConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> SecurityConfig.class;
                    case "toString" -> "SecurityConfig" + values;
                    case "hashCode" -> values.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
                });
    }

    /** A clock the test moves. */
    public static final class TestClock extends Clock {

        private volatile Instant now = Instant.parse("2026-03-02T01:00:00Z");

        public void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
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
