package org.xuncha.platform.security.internal;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.internal.persistence.JpaTransactions;
import org.xuncha.platform.internal.persistence.LiquibaseMigrator;
import org.xuncha.platform.internal.persistence.ModuleStoresImpl;
import org.xuncha.platform.security.internal.audit.AuditTrailImpl;
import org.xuncha.platform.security.internal.crypto.FieldCipherService;
import org.xuncha.platform.security.internal.crypto.KekSecret;
import org.xuncha.platform.security.internal.crypto.WrappedKeyStore;
import org.xuncha.testkit.Configs;
import org.xuncha.testkit.MutableClock;
import org.xuncha.testkit.TestDatabase;
import org.xuncha.testkit.TestEventAdmin;

/**
 * The security bundle's own pieces on a real database: H2 in memory, the schema by the bundle's
 * changelog through the platform's migrator, EclipseLink on the bundle's persistence unit, the
 * platform's store and transactions, and this bundle's setup, audit trail and field cipher, with
 * keys in a temporary directory. Time is a clock the test moves, from 2026-03-02 09:00.
 */
public final class SecurityFixture implements AutoCloseable {

    /** The key-encryption secret the tests' installations are given. */
    public static final KekSecret SECRET = KekSecret.of("unit-test-key-encryption-secret", "test");
    /** A cheap key derivation, for tests only: installations use {@link WrappedKeyStore.Kdf#STRONG}. */
    public static final WrappedKeyStore.Kdf TEST_KDF = new WrappedKeyStore.Kdf(1024, 1, 1);

    public final MutableClock clock = new MutableClock().set(LocalDateTime.of(2026, 3, 2, 9, 0));
    public final SecuritySetup setup;
    public final AuditTrailImpl audit;
    public final Store store;

    private final TestDatabase db = TestDatabase.empty("security");

    /**
     * @param keys     directory for the key files
     * @param settings security settings that differ from the defaults, e.g. {@code maxFailedLogins=3}
     */
    public SecurityFixture(Path keys, Map<String, Object> settings) {
        Map<String, Object> config = new HashMap<>(settings);
        config.put("keyDirectory", keys.toString());
        config.putIfAbsent("auditAnchorLog", keys.resolve("audit-anchors.log").toString());
        LiquibaseMigrator migrator = new LiquibaseMigrator(db.dataSource());
        setup = new SecuritySetup(Configs.of(SecurityConfig.class, config), migrator, db.dataSource(), SECRET, TEST_KDF);
        audit = new AuditTrailImpl(db.dataSource(), setup, clock);
        store = new Store(db.open("xuncha.security"), new ModuleStoresImpl(migrator, new JpaTransactions(), audit,
                new FieldCipherService(setup, audit), clock, new TestEventAdmin()));
    }

    public ModuleStore db() {
        return store.db();
    }

    /** The audit records, oldest first, as "ACTION actor type id summary". */
    public List<String> audited() {
        List<String> result = new ArrayList<>();
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select action, actor, entity_type, entity_id, summary from xc_audit order by seq")) {
            while (rs.next()) {
                result.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " " + rs.getString(5));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /** A connection to the database, as someone with database access has it; the caller closes it. */
    public Connection connection() throws SQLException {
        return db.connection();
    }

    /** One value by SQL, as someone with database access would read it. */
    public Object query(String sql) {
        return db.query(sql);
    }

    @Override
    public void close() throws Exception {
        // what SCR does when the trail's component goes: stop its sealing thread
        Method deactivate = AuditTrailImpl.class.getDeclaredMethod("deactivate");
        deactivate.setAccessible(true);
        deactivate.invoke(audit);
        db.close();
    }
}
