package org.xuncha.platform.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database as the platform runs it ({@code WRITE_DELAY=0}: every commit written at once), on
 * a real H2 file: commits like the audit trail's (a record appended, a head row moved) leave chunks that
 * hold little live data, and H2 alone never rewrites nor frees them while it runs; with the housekeeping
 * running, the file's chunks come back to mostly live data and their number falls. H2's retention time
 * is 0 here so that the test need not wait the 45 s a superseded chunk is kept in the product.
 */
class H2HousekeepingTest {

    @TempDir
    Path dir;

    @Test
    void chunksLeftBehindByImmediateCommitsAreRewrittenAndFreed() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0;RETENTION_TIME=0");
        ds.setUser("sa");
        // held open for the whole test, as the server's connection pool holds the database open
        try (Connection keep = ds.getConnection()) {
            try (Statement s = keep.createStatement()) {
                s.execute("create table trail (seq bigint primary key, actor varchar(100), summary varchar(500))");
                s.execute("create index ix_trail_actor on trail(actor)");
                s.execute("create table head (id int primary key, last_seq bigint)");
                s.execute("insert into head values (1, 0)");
            }
            commitOneByOne(keep, 3000);
            H2Housekeeping.Storage before = new H2Housekeeping(ds, false).storage();
            assertThat(before.liveChunkPercent()).as("H2 left alone after immediate commits: %s", before).isLessThan(30);

            H2Housekeeping housekeeping = new H2Housekeeping(ds, false);
            H2Housekeeping.Storage after = before;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (after.liveChunkPercent() < 50 && System.nanoTime() < deadline) {
                housekeeping.tidy();
                after = housekeeping.storage();
            }
            assertThat(after.liveChunkPercent()).as("after housekeeping: %s (before: %s)", after, before).isGreaterThanOrEqualTo(50);
            assertThat(after.chunks()).as("chunks after housekeeping (before: %s)", before).isLessThan(before.chunks() / 2);
            try (Statement s = keep.createStatement(); var rs = s.executeQuery("select count(*), max(seq) from trail")) {
                rs.next();
                assertThat(rs.getLong(1)).as("records after housekeeping").isEqualTo(3000);
                assertThat(rs.getLong(2)).isEqualTo(3000);
            }
        }
        assertThat(Files.exists(dir.resolve("db.mv.db"))).isTrue();
    }

    @Test
    void anotherDatabaseIsLeftAlone() throws Exception {
        // a connection that is no H2 connection (as PostgreSQL's): no storage to report, a round does nothing
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:other");
        ClassLoader loader = getClass().getClassLoader();
        DataSource other = (DataSource) Proxy.newProxyInstance(loader, new Class<?>[] {DataSource.class}, (ds, m, args) -> {
            Connection c = h2.getConnection();
            return Proxy.newProxyInstance(loader, new Class<?>[] {Connection.class},
                    (p, cm, a) -> cm.getName().equals("isWrapperFor") ? Boolean.FALSE : cm.invoke(c, a));
        });
        H2Housekeeping housekeeping = new H2Housekeeping(other, false);
        assertThat(housekeeping.storage()).isNull();
        housekeeping.tidy();
        assertThat(housekeeping.lastRoundFailed()).isFalse();
    }

    /** Appends {@code n} records, each in a transaction of its own that also moves the head row. */
    private static void commitOneByOne(Connection c, int n) throws Exception {
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("insert into trail values (?, ?, ?)");
             PreparedStatement head = c.prepareStatement("update head set last_seq = ? where id = 1")) {
            for (int i = 1; i <= n; i++) {
                insert.setLong(1, i);
                insert.setString(2, "xcb.staff");
                insert.setString(3, "查看线索列表（20 条）：" + "7500,".repeat(20));
                insert.executeUpdate();
                head.setLong(1, i);
                head.executeUpdate();
                c.commit();
            }
        }
        c.setAutoCommit(true);
    }
}
