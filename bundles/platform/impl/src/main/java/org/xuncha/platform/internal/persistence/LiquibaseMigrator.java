package org.xuncha.platform.internal.persistence;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.persistence.SchemaMigrator;

import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase on the shared DataSource. Liquibase's own lock table serialises migrations of modules
 * starting at the same time; its changelog table makes a second run a no-op.
 */
@Component(service = SchemaMigrator.class)
public class LiquibaseMigrator implements SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(LiquibaseMigrator.class);

    private final DataSource dataSource;

    @Activate
    public LiquibaseMigrator(@Reference(target = "(osgi.jndi.service.name=xuncha)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void migrate(String moduleId, ClassLoader loader, String changelog) {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            String fingerprint = SchemaFingerprints.of(loader, changelog);
            if (fingerprint != null && SchemaFingerprints.unchanged(connection, changelog, fingerprint)) {
                LOG.info("Schema of module {} is up to date: its changelog is unchanged since the last migration ({} ms)",
                        moduleId, (System.nanoTime() - start) / 1_000_000);
                return;
            }
            update(connection, loader, changelog);
            if (fingerprint != null) {
                // Liquibase may leave the connection outside auto-commit; the record must be durable either way
                SchemaFingerprints.record(connection, changelog, fingerprint);
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Migration of module " + moduleId + " (" + changelog + ") failed", e);
        }
        LOG.info("Schema of module {} is up to date ({} ms)", moduleId, (System.nanoTime() - start) / 1_000_000);
    }

    private static void update(Connection connection, ClassLoader loader, String changelog) throws Exception {
        // Liquibase finds its change types, databases and settings with ServiceLoader, in its own bundle's loader
        // (its META-INF/services list them). So its bundle need not be started: the feature leaves it resolved, and
        // SPI Fly no longer loads and registers its 436 providers at every start of the server (issue 20).
        ClassLoader liquibase = Scope.class.getClassLoader();
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(loader));
        scope.put(Scope.Attr.classLoader.name(), liquibase);
        // An isolated government network has no business phoning home.
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        scope.put("liquibase.showBanner", Boolean.FALSE);
        // Its console output ("Running Changeset", the update summary) goes to the log, not to the server's
        // stdout: that is the administrator's console when Karaf runs in the foreground.
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        // The root scope Liquibase creates on its first use looks its services up in the context loader.
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(liquibase);
        try {
            Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                        .execute();
            });
        } finally {
            thread.setContextClassLoader(context);
        }
    }
}
