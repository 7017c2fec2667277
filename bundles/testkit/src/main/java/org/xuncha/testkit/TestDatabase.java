package org.xuncha.testkit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.h2.jdbcx.JdbcDataSource;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * An in-memory H2 database of its own for a test, which lives until {@link #close()}: empty, or with
 * the schema a Liquibase changelog makes. A changelog runs once per test run; every database after
 * the first is a copy of what it made (H2's {@code SCRIPT}), so that each test can have a fresh
 * database in milliseconds. Persistence units open on it with EclipseLink as the platform runs them.
 */
public final class TestDatabase implements AutoCloseable {

    /** Liquibase reports every change set at INFO; a strong reference keeps the level set. */
    private static final Logger LIQUIBASE = Logger.getLogger("liquibase");
    /** Statements that rebuild what each changelog made, by changelog. */
    private static final Map<String, List<String>> MIGRATED = new ConcurrentHashMap<>();

    static {
        LIQUIBASE.setLevel(Level.WARNING);
    }

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final Connection keepAlive;
    private final List<EntityManagerFactory> units = new CopyOnWriteArrayList<>();

    private TestDatabase(String name) {
        dataSource.setURL("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        try {
            keepAlive = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open an in-memory database", e);
        }
    }

    /** A database with no tables, e.g. for a migrator under test. */
    public static TestDatabase empty(String name) {
        return new TestDatabase(name);
    }

    /** A database with the schema {@code changelog} (a resource on the test class path) makes. */
    public static TestDatabase migrated(String changelog) {
        TestDatabase db = new TestDatabase("test");
        try (Statement st = db.keepAlive.createStatement()) {
            for (String sql : MIGRATED.computeIfAbsent(changelog, TestDatabase::migrate)) {
                st.execute(sql);
            }
            return db;
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw new IllegalStateException("cannot set up a database of " + changelog + ": " + e.getMessage(), e);
        }
    }

    /** Runs the changelog on a database of its own and keeps what it made as a script. */
    private static List<String> migrate(String changelog) {
        try (TestDatabase template = new TestDatabase("template"); Connection c = template.connection()) {
            Map<String, Object> scope = new HashMap<>();
            scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(TestDatabase.class.getClassLoader()));
            scope.put(Scope.Attr.ui.name(), new LoggerUIService());
            scope.put("liquibase.analytics.enabled", Boolean.FALSE);
            scope.put("liquibase.showBanner", Boolean.FALSE);
            Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                        .execute();
            });
            List<String> script = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
                while (rs.next()) {
                    if (!rs.getString(1).startsWith("CREATE USER")) {
                        script.add(rs.getString(1));
                    }
                }
            }
            return List.copyOf(script);
        } catch (Exception e) {
            throw new IllegalStateException("migration by " + changelog + " failed: " + e.getMessage(), e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** A new connection; the caller closes it. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /**
     * The persistence unit {@code unitName} (its {@code META-INF/persistence.xml} on the test class
     * path) on this database instead of the platform's data source; closed with the database.
     */
    public EntityManagerFactory open(String unitName) {
        Map<String, Object> props = new HashMap<>();
        props.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        props.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        props.put(PersistenceUnitProperties.CLASSLOADER, TestDatabase.class.getClassLoader());
        props.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory(unitName, props);
        if (emf == null) {
            throw new IllegalStateException("no persistence unit " + unitName + " on the class path");
        }
        units.add(emf);
        return emf;
    }

    /** The first column of the first row, or null without rows: what someone with database access reads. */
    public Object query(String sql) {
        try (Connection c = connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs a statement outside any transaction of the code under test. */
    public void execute(String sql) {
        try (Connection c = connection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        units.forEach(EntityManagerFactory::close);
        try {
            keepAlive.close();
        } catch (SQLException e) {
            // the in-memory database goes with its last connection anyway
        }
    }
}
