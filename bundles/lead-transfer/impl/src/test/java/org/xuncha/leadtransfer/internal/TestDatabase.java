package org.xuncha.leadtransfer.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/** An in-memory H2 database with the module's schema, made by the module's own Liquibase changelog. */
public final class TestDatabase implements AutoCloseable {

    private final Connection keepAlive;
    private final String url;

    public TestDatabase() {
        this.url = "jdbc:h2:mem:lt-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try {
            this.keepAlive = DriverManager.getConnection(url, "sa", "");
            Map<String, Object> scope = new HashMap<>();
            scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(getClass().getClassLoader()));
            scope.put("liquibase.analytics.enabled", Boolean.FALSE);
            scope.put("liquibase.showBanner", Boolean.FALSE);
            try (Connection c = connection()) {
                Scope.child(scope, () -> {
                    Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "db/lead-transfer/changelog.xml")
                            .execute();
                });
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the test database", e);
        }
    }

    public Connection connection() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    @Override
    public void close() throws SQLException {
        keepAlive.close();
    }
}
