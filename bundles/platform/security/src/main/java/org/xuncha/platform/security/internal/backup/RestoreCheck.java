package org.xuncha.platform.security.internal.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

/**
 * Run by bin/xuncha-restore outside OSGi, on the restored database before the platform first starts
 * on it (nothing has written to it yet): every table holds exactly the count the manifest says and
 * the audit chain's head is the one the backup recorded. Plain JDBC and java.* only, so it runs with
 * just the H2 jar and this bundle's jar on the class path. Exit 0: equal; 1: different; 2: cannot check.
 */
public final class RestoreCheck {

    private RestoreCheck() {
    }

    /** Arguments: JDBC URL, user, password, manifest file. The password comes from the installation's datasource file. */
    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: RestoreCheck <jdbc-url> <user> <password> <manifest.properties>");
            System.exit(2);
        }
        try {
            Manifest m = Manifest.read(Path.of(args[3]));
            try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
                Object[] head = Manifest.auditHead(c);
                List<String> diff = m.differences(Manifest.countTables(c), (Long) head[0], (String) head[1]);
                if (diff.isEmpty()) {
                    System.out.println("恢复核对一致：" + m.tables().size() + " 张表的记录数与审计链头（第 " + m.auditSeq() + " 条）均与备份清单相同");
                    System.out.println("restore check passed: " + m.tables().size() + " tables and the audit head (record " + m.auditSeq()
                            + ") equal the manifest");
                    System.exit(0);
                }
                System.out.println("恢复核对不一致 / restore check FAILED:");
                diff.forEach(d -> System.out.println("  " + d));
                System.exit(1);
            }
        } catch (Exception e) {
            System.err.println("无法核对 / cannot check: " + e);
            System.exit(2);
        }
    }
}
