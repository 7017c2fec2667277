package org.xuncha.platform.internal.reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

import org.xuncha.platform.api.reference.Division;
import org.xuncha.platform.api.reference.DivisionLevel;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.api.security.FieldCipher;
import org.xuncha.platform.api.security.FieldContext;
import org.xuncha.platform.internal.Store;
import org.xuncha.platform.internal.persistence.JpaTransactions;
import org.xuncha.platform.internal.persistence.LiquibaseMigrator;
import org.xuncha.platform.internal.persistence.ModuleStoresImpl;
import org.xuncha.platform.internal.registry.PlatformDescriptor;
import org.xuncha.platform.internal.spreadsheet.FastexcelSpreadsheets;
import org.xuncha.testkit.TestCallers;
import org.xuncha.testkit.TestDatabase;
import org.xuncha.testkit.TestEventAdmin;

/**
 * The reference-data services on a real database: H2 in memory, its schema made by the platform's
 * changelog through the platform's migrator, EclipseLink on the platform's own persistence unit, the
 * platform's store and transactions. Only what other bundles provide is stood in for: the audit trail
 * writes its records on the business transaction's own connection into a table (so a rollback takes
 * them away, as with the real trail) and Event Admin keeps what it is given.
 */
final class ReferenceFixture implements AutoCloseable {

    static final String CITY = "371500";
    static final String DONGCHANGFU = "371502";
    static final String YANGGU = "371521";

    final TestEventAdmin events = new TestEventAdmin();
    final FastexcelSpreadsheets spreadsheets = new FastexcelSpreadsheets();
    final DivisionService divisions;
    final UnitService units;
    final PersonService persons;
    final ClassificationService classifications;
    final UnitImport unitImport;
    final PersonImport personImport;
    final ReferenceDataServiceImpl facade;

    final Store store;
    private final TestDatabase db = TestDatabase.empty("reference");

    ReferenceFixture() {
        db.execute("create table test_audit (seq bigint auto_increment primary key, actor varchar(100), action varchar(20),"
                + " module varchar(50), entity_type varchar(50), entity_id varchar(100), summary varchar(500))");
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
        store = new Store(db.open("xuncha.platform"), new ModuleStoresImpl(new LiquibaseMigrator(db.dataSource()), new JpaTransactions(),
                new TableAudit(db.dataSource()), new NoCipher(), clock, events));
        divisions = new DivisionService(store, events);
        units = new UnitService(store);
        persons = new PersonService(store);
        classifications = new ClassificationService(store);
        unitImport = new UnitImport(store, units, spreadsheets);
        personImport = new PersonImport(store, units, persons, spreadsheets);
        facade = new ReferenceDataServiceImpl(divisions, units, persons, classifications, unitImport, personImport);
    }

    @Override
    public void close() {
        db.close();
    }

    // ------------------------------------------------------------ callers

    /** An office account of that division: reads and writes reference data in its scope. */
    static Caller office(String division, String... visible) {
        return TestCallers.office("office." + division, division, Set.of(visible), null, PlatformDescriptor.REFERENCE_READ,
                PlatformDescriptor.REFERENCE_WRITE);
    }

    static Caller city() {
        return office(CITY, CITY, DONGCHANGFU, YANGGU);
    }

    static Caller county() {
        return office(DONGCHANGFU, DONGCHANGFU);
    }

    /** An office account of no division holding the explicit all-divisions grant: keeps the cities. */
    static Caller keeper() {
        return new Caller(9, "keeper", "区划维护", null, null, Set.of("office-staff"),
                Set.of(PlatformDescriptor.REFERENCE_READ, PlatformDescriptor.REFERENCE_WRITE, DataScope.ALL_DIVISIONS), DataScope.everything());
    }

    static Caller reader() {
        return new Caller(8, "reader", "只读", null, null, Set.of("group-member"), Set.of(PlatformDescriptor.REFERENCE_READ),
                DataScope.everything());
    }

    // ------------------------------------------------------------ data

    /** 聊城市 and two of its counties. */
    ReferenceFixture withDivisions() {
        Caller system = Caller.system("test");
        divisions.save(system, new Division(CITY, "聊城市", "Liaocheng", DivisionLevel.CITY, null));
        divisions.save(system, new Division(DONGCHANGFU, "东昌府区", null, DivisionLevel.COUNTY, CITY));
        divisions.save(system, new Division(YANGGU, "阳谷县", null, DivisionLevel.COUNTY, CITY));
        events.clear();
        db.execute("delete from test_audit");
        return this;
    }

    Unit unit(String code, String division, Long parentId) {
        return units.create(Caller.system("test"), draft(code, division, parentId));
    }

    static Unit draft(String code, String division, Long parentId) {
        return new Unit(null, code, "单位" + code, division, parentId, "党政机关", null, null, true, null);
    }

    // ------------------------------------------------------------ what was recorded

    /** The audit records committed, oldest first, as "ACTION type id summary". */
    List<String> audited() {
        List<String> result = new ArrayList<>();
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select action, entity_type, entity_id, summary from test_audit order by seq")) {
            while (rs.next()) {
                result.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    List<String> topics() {
        return events.topics();
    }

    /** A count by SQL, read as someone with database access would. */
    long count(String sql) {
        return ((Number) db.query(sql)).longValue();
    }

    /** Writes audit records on the connection of the transaction that makes the change, as the real trail does. */
    private record TableAudit(DataSource dataSource) implements AuditTrail {

        @Override
        public void record(Caller caller, AuditEntry entry) {
            try (Connection c = dataSource.getConnection()) {
                insert(c, caller, entry);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void record(EntityManager em, Caller caller, AuditEntry entry) {
            if (!em.getTransaction().isActive()) {
                throw new IllegalStateException("record(em, ...) outside a transaction");
            }
            try {
                insert(em.unwrap(Connection.class), caller, entry);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void insert(Connection c, Caller caller, AuditEntry e) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into test_audit (actor, action, module, entity_type, entity_id, summary) values (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, caller.username());
                ps.setString(2, e.action().name());
                ps.setString(3, e.module());
                ps.setString(4, e.entityType());
                ps.setString(5, e.entityId());
                ps.setString(6, e.summary());
                ps.executeUpdate();
            }
        }
    }

    /** Reference data holds no sensitive text: nothing here may encrypt. */
    private static final class NoCipher implements FieldCipher {

        @Override
        public String encrypt(String plaintext, FieldContext where) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String decrypt(String ciphertext, FieldContext where) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] encryptBytes(byte[] plaintext, FieldContext where) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] decryptBytes(byte[] ciphertext, FieldContext where) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String encrypt(String plaintext) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String decrypt(String ciphertext) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] encryptBytes(byte[] plaintext) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] decryptBytes(byte[] ciphertext) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String currentKeyId() {
            throw new UnsupportedOperationException();
        }
    }
}
