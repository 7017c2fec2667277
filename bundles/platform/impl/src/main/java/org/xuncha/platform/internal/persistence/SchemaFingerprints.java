package org.xuncha.platform.internal.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleReference;

/**
 * What a module's changelog folder held when its schema was last migrated, so that a restart with
 * the same files skips Liquibase (issue 20, boot): even with nothing to do, Liquibase reads its
 * tables, takes its lock and parses the changelog, about a second per module on a busy machine, one
 * module after another on Karaf's feature thread.
 *
 * <p>The fingerprint is a SHA-256 of every file under the changelog's folder in the module's bundle
 * (an included changelog changes it too). It is kept in the database it describes, so a restored
 * backup or another installation's database has its own and runs Liquibase when it differs. Only
 * bundles have a fingerprint: a plain class loader (the unit tests' testkit) always runs Liquibase.
 *
 * <p>The table is created here with plain SQL rather than by a changelog: the platform's own
 * changelog is migrated through this same path, after the security module's.
 */
final class SchemaFingerprints {

    static final String TABLE = "xc_schema_fingerprint";

    private SchemaFingerprints() {
    }

    /** The fingerprint of the changelog's folder in the loader's bundle; null when the loader is not a bundle's. */
    static String of(ClassLoader loader, String changelog) throws IOException {
        if (!(loader instanceof BundleReference reference) || reference.getBundle() == null) {
            return null;
        }
        Bundle bundle = reference.getBundle();
        int slash = changelog.lastIndexOf('/');
        String folder = slash < 0 ? "/" : "/" + changelog.substring(0, slash);
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (URL url : Collections.list(orEmpty(bundle.findEntries(folder, "*", true)))) {
            if (!url.getPath().endsWith("/")) {
                try (InputStream in = url.openStream()) {
                    files.put(url.getPath(), in.readAllBytes());
                }
            }
        }
        return files.isEmpty() ? null : digest(files);
    }

    /** SHA-256 over each file's path and bytes, in path order. */
    static String digest(SortedMap<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                byte[] path = file.getKey().getBytes(StandardCharsets.UTF_8);
                sha.update(path);
                sha.update((byte) 0);
                sha.update(java.nio.ByteBuffer.allocate(8).putLong(file.getValue().length).array());
                sha.update(file.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the changelog was last migrated from files with this fingerprint. */
    static boolean unchanged(Connection connection, String changelog, String fingerprint) throws SQLException {
        ensureTable(connection);
        try (PreparedStatement select = connection.prepareStatement("SELECT fingerprint FROM " + TABLE + " WHERE changelog = ?")) {
            select.setString(1, changelog);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() && fingerprint.equals(rs.getString(1));
            }
        }
    }

    /** Records the fingerprint after a successful migration. */
    static void record(Connection connection, String changelog, String fingerprint) throws SQLException {
        ensureTable(connection);
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE + " SET fingerprint = ? WHERE changelog = ?")) {
            update.setString(1, fingerprint);
            update.setString(2, changelog);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (changelog, fingerprint) VALUES (?, ?)")) {
                    insert.setString(1, changelog);
                    insert.setString(2, fingerprint);
                    insert.executeUpdate();
                }
            }
        }
    }

    private static void ensureTable(Connection connection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (changelog VARCHAR(300) PRIMARY KEY, fingerprint VARCHAR(64) NOT NULL)");
        }
    }

    private static <T> java.util.Enumeration<T> orEmpty(java.util.Enumeration<T> e) {
        return e == null ? Collections.emptyEnumeration() : e;
    }

    /** For tests: a fingerprint of named files. */
    static String digest(List<Map.Entry<String, String>> files) {
        SortedMap<String, byte[]> sorted = new TreeMap<>();
        files.forEach(f -> sorted.put(f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8)));
        return digest(sorted);
    }
}
