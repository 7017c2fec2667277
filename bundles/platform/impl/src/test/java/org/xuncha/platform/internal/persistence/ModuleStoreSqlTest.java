package org.xuncha.platform.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.testkit.TestDatabase;
import org.xuncha.testkit.TestModuleStore;

/**
 * {@link ModuleStore#sql} and {@link ModuleStore#readInTransaction} on both stores a module meets:
 * the platform's (EclipseLink and the platform's transactions on H2) and the testkit's, which must
 * behave alike. Both inherit {@code sql} from the API's default: it must get the connection of a
 * transaction (EclipseLink hands it out only inside one, and {@code read} has none since reads run
 * without a transaction) and write nothing.
 */
class ModuleStoreSqlTest {

    private static final String CHANGELOG = "db/platform/changelog.xml";

    private AutoCloseable open;

    static Stream<String> stores() {
        return Stream.of("platform", "testkit");
    }

    private ModuleStore store(String which) {
        if (which.equals("testkit")) {
            TestModuleStore store = TestModuleStore.open("platform", "xuncha.platform", CHANGELOG);
            open = store;
            return store;
        }
        TestDatabase db = TestDatabase.empty("store");
        open = db;
        return new ModuleStoresImpl(new LiquibaseMigrator(db.dataSource()), new JpaTransactions(), null, null, Clock.systemUTC(), null)
                .open("platform", db.open("xuncha.platform"), getClass().getClassLoader(), CHANGELOG);
    }

    @AfterEach
    void close() throws Exception {
        open.close();
    }

    private static long divisions(ModuleStore store) {
        return store.sql(c -> count(c));
    }

    private static long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from xc_division")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void sqlRunsOnTheConnectionOfATransactionRolledBackAtTheEnd(String which) {
        ModuleStore store = store(which);
        long inside = store.sql(c -> {
            assertThat(c).as("the connection").isNotNull();
            assertThat(c.getAutoCommit()).as("auto-commit inside sql").isFalse();
            try (PreparedStatement ps = c.prepareStatement("insert into xc_division (code, name_zh, level_name) values (?, ?, ?)")) {
                ps.setString(1, "371500");
                ps.setString(2, "聊城市");
                ps.setString(3, "CITY");
                ps.executeUpdate();
            }
            return count(c);
        });
        assertThat(inside).as("the work sees its own statement").isEqualTo(1);
        assertThat(divisions(store)).as("rolled back at the end").isZero();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void readInTransactionHandsOutTheConnectionThatReadHasNot(String which) {
        ModuleStore store = store(which);
        Connection inTransaction = store.readInTransaction(em -> em.unwrap(Connection.class));
        assertThat(inTransaction).isNotNull();
        Supplier<Connection> withoutTransaction = () -> store.read(em -> em.unwrap(Connection.class));
        // why sql cannot run on read: EclipseLink has no connection to hand out without a transaction
        assertThat(withoutTransaction.get()).isNull();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aFailingStatementIsAnIllegalStateException(String which) {
        ModuleStore store = store(which);
        assertThatThrownBy(() -> store.sql(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeQuery("select nothing from no_such_table");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("query failed: ").hasCauseInstanceOf(SQLException.class);
    }
}
