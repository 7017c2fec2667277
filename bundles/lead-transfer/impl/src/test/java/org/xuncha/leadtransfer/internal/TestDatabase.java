package org.xuncha.leadtransfer.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

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
 * An in-memory H2 database with the module's schema, made by the module's own Liquibase changelog.
 * The changelog runs once per test run; each database after the first is a copy of what it made
 * (H2's {@code SCRIPT}), so that every test can have a fresh database in milliseconds.
 */
public final class TestDatabase implements AutoCloseable {

    private static final Logger LIQUIBASE = Logger.getLogger("liquibase");
    private static List<String> migrated;

    private final Connection keepAlive;
    private final String url;

    public TestDatabase() {
        this.url = "jdbc:h2:mem:lt-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try {
            this.keepAlive = DriverManager.getConnection(url, "sa", "");
            try (Statement st = keepAlive.createStatement()) {
                for (String sql : migratedSchema()) {
                    st.execute(sql);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the test database", e);
        }
    }

    /** The statements that rebuild a database the changelog migrated. */
    private static synchronized List<String> migratedSchema() throws Exception {
        if (migrated == null) {
            LIQUIBASE.setLevel(Level.WARNING);
            try (Connection c = DriverManager.getConnection("jdbc:h2:mem:lt-template-" + UUID.randomUUID(), "sa", "")) {
                Map<String, Object> scope = new HashMap<>();
                scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(TestDatabase.class.getClassLoader()));
                scope.put(Scope.Attr.ui.name(), new LoggerUIService());
                scope.put("liquibase.analytics.enabled", Boolean.FALSE);
                scope.put("liquibase.showBanner", Boolean.FALSE);
                Scope.child(scope, () -> {
                    Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, Store.CHANGELOG)
                            .execute();
                });
                List<String> script = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
                    while (rs.next()) {
                        String sql = rs.getString(1);
                        if (!sql.startsWith("CREATE USER")) {
                            script.add(sql);
                        }
                    }
                }
                migrated = List.copyOf(script);
            }
        }
        return migrated;
    }

    public String url() {
        return url;
    }

    public Connection connection() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    @Override
    public void close() throws SQLException {
        keepAlive.close();
    }
}
