package org.xuncha.platform.security.internal.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a backup holds, written next to it as {@code manifest.properties} (plain text, sorted, for a
 * person to read too): the platform version, the xuncha bundles installed, the record count of every
 * table and the audit chain's head. A restore is checked against it.
 */
public record Manifest(Map<String, String> info, Map<String, String> bundles, Map<String, Long> tables, long auditSeq, String auditHash) {

    public static final String FILE = "manifest.properties";

    /** Counts every table of the database's own schema and reads the audit head, on {@code c}. */
    static Map<String, Long> countTables(Connection c) throws SQLException {
        String schema = c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2") ? "PUBLIC" : "public";
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String name : names) {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from \"" + name.replace("\"", "") + "\"");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                counts.put(name.toLowerCase(), rs.getLong(1));
            }
        }
        return counts;
    }

    /** The audit head (seq, hash) on {@code c}; seq 0 if the chain is empty. */
    static Object[] auditHead(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select last_seq, last_hash from xc_audit_head where id = 1"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Object[] {rs.getLong(1), rs.getString(2)} : new Object[] {0L, ""};
        }
    }

    void write(Path file) throws IOException {
        StringBuilder sb = new StringBuilder("# xuncha 备份清单 / backup manifest\n");
        info.forEach((k, v) -> sb.append(k).append(" = ").append(v).append('\n'));
        sb.append("audit.seq = ").append(auditSeq).append('\n').append("audit.hash = ").append(auditHash).append('\n');
        bundles.forEach((k, v) -> sb.append("bundle.").append(k).append(" = ").append(v).append('\n'));
        tables.forEach((k, v) -> sb.append("table.").append(k).append(" = ").append(v).append('\n'));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(sb.toString());
        }
    }

    public static Manifest read(Path file) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> info = new TreeMap<>();
        Map<String, String> bundles = new TreeMap<>();
        Map<String, Long> tables = new TreeMap<>();
        for (String k : p.stringPropertyNames()) {
            String v = p.getProperty(k).trim();
            if (k.startsWith("bundle.")) {
                bundles.put(k.substring(7), v);
            } else if (k.startsWith("table.")) {
                tables.put(k.substring(6), Long.parseLong(v));
            } else if (!k.startsWith("audit.")) {
                info.put(k, v);
            }
        }
        return new Manifest(info, bundles, tables, Long.parseLong(p.getProperty("audit.seq", "0").trim()), p.getProperty("audit.hash", "").trim());
    }

    /**
     * Where the live database differs from this manifest: one line per difference, empty when it
     * holds exactly what the backup held.
     */
    public List<String> differences(Map<String, Long> live, long liveSeq, String liveHash) {
        List<String> diff = new ArrayList<>();
        tables.forEach((t, n) -> {
            Long now = live.get(t);
            if (!n.equals(now)) {
                diff.add("表 " + t + "：备份 " + n + " 条，现有 " + (now == null ? "（无此表）" : now + " 条") + " / table " + t + ": backup " + n
                        + ", now " + (now == null ? "missing" : now));
            }
        });
        if (liveSeq != auditSeq || !liveHash.equals(auditHash)) {
            diff.add("审计链头：备份为第 " + auditSeq + " 条，现为第 " + liveSeq + " 条 / audit head: backup " + auditSeq + " " + auditHash
                    + ", now " + liveSeq + " " + liveHash);
        }
        return diff;
    }
}
