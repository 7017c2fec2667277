package org.xuncha.platform.security.internal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.SecurityDescriptor;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.audit.AuditTrailImpl;

/**
 * An online backup while the platform serves: in between two audit seals, the anchor log is copied
 * and H2 writes a consistent copy of the database ({@code BACKUP TO}, a zip of the database file at
 * one committed state); then etc/ (the configuration and the keys wrapped under the key-encryption
 * secret, which is never inside the installation and so never in a backup) and a manifest counted
 * from the backup itself, so its figures are exactly what the backup holds. On PostgreSQL the
 * database is left to pg_dump (docs/operations.md); keys, configuration and manifest are written alike.
 * Folders and retention: BackupFolders; the scheduled backup: BackupSchedule.
 */
@Component(service = BackupService.class, configurationPid = "org.xuncha.backup", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = BackupConfig.class)
public class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    static final String PREFIX = BackupFolders.PREFIX;

    private final DataSource dataSource;
    private final AuditTrailImpl audit;
    private final DataSourceFactory h2;
    private final ConfigurationAdmin configs;
    private final BundleContext context;
    private final BackupConfig config;
    private final ScheduledExecutorService timer;
    private final BackupSchedule schedule;
    private volatile String progress = "";
    private volatile String last = "";
    private final java.util.concurrent.atomic.AtomicBoolean busy = new java.util.concurrent.atomic.AtomicBoolean();

    /** {@code setup} is not used here: referencing it starts backups only once the keys are open (a refused start has none). */
    @Activate
    public BackupService(@Reference(target = "(osgi.jndi.service.name=xuncha)") DataSource dataSource, @Reference SecuritySetup setup,
                         @Reference AuditTrailImpl audit, @Reference ConfigurationAdmin configs,
                         @Reference(target = "(osgi.jdbc.driver.name=H2 JDBC Driver)", cardinality = ReferenceCardinality.OPTIONAL) DataSourceFactory h2,
                         BundleContext context, BackupConfig config) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.h2 = h2;
        this.configs = configs;
        this.context = context;
        this.config = config;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "xuncha-backup");
            t.setDaemon(true);
            return t;
        });
        // on the same thread as the web console's backups: the two never run at once
        this.schedule = config.intervalHours() > 0
                ? new BackupSchedule(timer, Duration.ofHours(config.intervalHours()), () -> run(directory(), m -> { }), LOG)
                : null;
    }

    @Deactivate
    void deactivate() {
        if (schedule != null) {
            schedule.close();
        }
        timer.shutdownNow();
    }

    /** The folder backups go to. */
    public Path directory() {
        return config.directory().isBlank() ? Path.of(System.getProperty("karaf.base", "."), "backups") : Path.of(config.directory());
    }

    /** What the backup running now is doing; empty when none runs. */
    public String progress() {
        return progress;
    }

    /** A backup by the system administrator (platform.modules.manage), audited; into {@code target}, or the configured folder if null. */
    public Path backup(Caller caller, Path target, Consumer<String> report) {
        caller.require(SecurityDescriptor.MODULES_MANAGE);
        Path dir = run(target == null ? directory() : target, report);
        audit.record(caller, AuditEntry.of(AuditAction.EXPORT, "security", "backup", dir.getFileName().toString(), "联机备份 " + dir.getFileName()));
        return dir;
    }

    /** The outcome of the last backup started from the web console; empty if none. */
    public String last() {
        return last;
    }

    /** Whether a backup started from the web console is running. */
    public boolean running() {
        return busy.get();
    }

    /** Starts a backup in the background (the web console's button); false if one is running already. */
    public boolean start(Caller caller) {
        caller.require(SecurityDescriptor.MODULES_MANAGE);
        if (!busy.compareAndSet(false, true)) {
            return false;
        }
        try {
            timer.execute(() -> {
                try {
                    last = "完成 / done: " + backup(caller, null, m -> { }).getFileName();
                } catch (RuntimeException e) {
                    last = e.getMessage();
                    LOG.error("备份失败 / backup failed: {}", e.toString());
                } finally {
                    busy.set(false);
                }
            });
        } catch (RuntimeException e) {
            busy.set(false);
            throw e;
        }
        return true;
    }

    /** The backups in the configured folder, newest first: name and manifest. */
    public List<Map<String, Object>> list(Caller caller) {
        caller.require(SecurityDescriptor.MODULES_MANAGE);
        Path base = directory();
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        try (Stream<Path> s = Files.list(base)) {
            for (Path d : s.filter(p -> p.getFileName().toString().startsWith(PREFIX) && Files.exists(p.resolve(Manifest.FILE)))
                    .sorted(Comparator.comparing(Path::getFileName).reversed()).toList()) {
                Manifest m = Manifest.read(d.resolve(Manifest.FILE));
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                row.put("name", d.getFileName().toString());
                row.put("path", d.toString());
                row.put("createdAt", m.info().get("createdAt"));
                row.put("database", m.info().get("database"));
                row.put("auditSeq", m.auditSeq());
                row.put("records", m.tables().values().stream().mapToLong(Long::longValue).sum());
                out.add(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list backups", e);
        }
        return out;
    }

    /** One backup at a time. */
    private synchronized Path run(Path base, Consumer<String> report) {
        Consumer<String> step = m -> {
            progress = m;
            report.accept(m);
        };
        try {
            Path done = BackupFolders.write(base, Clock.systemDefaultZone(), config.keep(), part -> fill(part, step));
            step.accept("完成 / done: " + done);
            return done;
        } catch (Exception e) {
            throw new IllegalStateException("备份失败 / backup failed: " + e.getMessage(), e);
        } finally {
            progress = "";
        }
    }

    /** The database, audit anchors, etc/ and the manifest into the backup's folder. */
    private void fill(Path part, Consumer<String> step) throws IOException, SQLException {
        boolean embedded;
        try (Connection c = dataSource.getConnection()) {
            embedded = c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
        }
        step.accept("1/4 数据库与审计锚点 / database and audit anchors");
        Path zip = part.resolve("database.zip");
        Object[] head = new Object[2];
        Map<String, Long> counts = new TreeMap<>();
        audit.betweenSeals(() -> {
            try {
                if (Files.exists(audit.anchorLog())) {
                    Files.copy(audit.anchorLog(), part.resolve("audit-anchors.log"));
                }
                if (embedded) {
                    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                        s.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
                    }
                } else {
                    // PostgreSQL: pg_dump takes the database; the figures here are of this moment, one snapshot
                    try (Connection c = dataSource.getConnection()) {
                        c.setAutoCommit(false);
                        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                        counts.putAll(Manifest.countTables(c));
                        Object[] h = Manifest.auditHead(c);
                        head[0] = h[0];
                        head[1] = h[1];
                        c.rollback();
                    }
                }
                return null;
            } catch (IOException | SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        if (embedded) {
            step.accept("2/4 清点备份记录数 / counting the backup's records");
            try (Connection c = openZip(zip)) {
                counts.putAll(Manifest.countTables(c));
                Object[] h = Manifest.auditHead(c);
                head[0] = h[0];
                head[1] = h[1];
            }
        }
        step.accept("3/4 配置与已包裹的密钥 / configuration and wrapped keys");
        BackupFolders.copyTree(Path.of(System.getProperty("karaf.etc", "etc")), part.resolve("etc"));
        step.accept("4/4 清单 / manifest");
        Map<String, String> info = new TreeMap<>();
        info.put("version", context.getBundle().getVersion().toString());
        info.put("createdAt", java.time.Instant.now().toString());
        info.put("database", embedded ? "h2 (database.zip)" : "postgresql (pg_dump, docs/operations.md)");
        info.put("kek", "not included: keep the key-encryption secret apart / 密钥加密口令不在备份中");
        Map<String, String> bundles = new TreeMap<>();
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.xuncha")) {
                bundles.put(b.getSymbolicName(), b.getVersion().toString());
            }
        }
        new Manifest(info, bundles, counts, (Long) head[0], (String) head[1]).write(part.resolve(Manifest.FILE));
    }

    /** The backup's own database, read-only, with the live database's user and password. */
    private Connection openZip(Path zip) throws SQLException, IOException {
        if (h2 == null) {
            throw new IllegalStateException("H2 driver service missing");
        }
        Properties p = new Properties();
        p.put(DataSourceFactory.JDBC_URL, "jdbc:h2:zip:" + zip.toAbsolutePath() + "!/xuncha;ACCESS_MODE_DATA=r");
        try {
            for (Configuration c : configs.listConfigurations("(dataSourceName=xuncha)")) {
                Dictionary<String, Object> d = c.getProperties();
                p.put(DataSourceFactory.JDBC_USER, String.valueOf(d.get("user")));
                p.put(DataSourceFactory.JDBC_PASSWORD, String.valueOf(d.get("password")));
            }
        } catch (org.osgi.framework.InvalidSyntaxException | NullPointerException e) {
            throw new IllegalStateException("datasource configuration not found", e);
        }
        return h2.createDataSource(p).getConnection();
    }
}
