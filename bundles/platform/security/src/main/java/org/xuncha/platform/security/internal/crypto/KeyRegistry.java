package org.xuncha.platform.security.internal.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

/**
 * What the database says about keys: every key that was ever current ({@code xc_crypto_key}: id,
 * kind and a fingerprint of the key), and the seal keys its audit seals name. At start the keys at
 * hand must cover it, so a database is never run with keys that are missing or were replaced.
 * Read with plain JDBC before any migration: a database from before the registry, or an empty one,
 * simply has less to say.
 */
public final class KeyRegistry {

    public static final String FIELD = "FIELD";
    public static final String SEAL = "SEAL";

    /** What the database holds, as far as keys go. */
    public record Usage(Map<String, Entry> registered, Set<String> sealKeyIds, boolean hasAuditRecords) {

        /** Nothing was ever written under a key: a new installation may make its keys. */
        public boolean empty() {
            return registered.isEmpty() && sealKeyIds.isEmpty() && !hasAuditRecords;
        }
    }

    public record Entry(String id, String kind, String fingerprint) {
    }

    private KeyRegistry() {
    }

    /** A fingerprint of a key: SM3 over its kind, id and material (the public key for a seal key). */
    public static String fingerprint(String kind, String id, byte[] material) {
        return Sm3.hex("xuncha-key|" + kind + "|" + id + "|" + Base64.getEncoder().encodeToString(material));
    }

    public static Usage read(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(true);
            Map<String, Entry> registered = new LinkedHashMap<>();
            if (tableExists(c, "xc_crypto_key")) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select key_id, kind, fingerprint from xc_crypto_key order by created_at, key_id")) {
                    while (rs.next()) {
                        registered.put(rs.getString(1), new Entry(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            Set<String> seals = new LinkedHashSet<>();
            if (tableExists(c, "xc_audit_seal")) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select distinct key_id from xc_audit_seal")) {
                    while (rs.next()) {
                        seals.add(rs.getString(1));
                    }
                }
            }
            boolean records = false;
            if (tableExists(c, "xc_audit")) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select 1 from xc_audit where seq = (select min(seq) from xc_audit)")) {
                    records = rs.next();
                }
            }
            return new Usage(registered, seals, records);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the key registry: " + e.getMessage(), e);
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        for (String name : new String[] {table, table.toUpperCase()}) {
            try (ResultSet rs = c.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Records keys the registry does not know yet, on {@code c} in the caller's transaction. */
    public static void register(Connection c, Iterable<Entry> keys, String installation, long now) throws SQLException {
        for (Entry k : keys) {
            try (PreparedStatement ps = c.prepareStatement("insert into xc_crypto_key (key_id, kind, fingerprint, installation, created_at) "
                    + "select ?, ?, ?, ?, ? from xc_audit_head where id = 1 and not exists (select 1 from xc_crypto_key where key_id = ?)")) {
                ps.setString(1, k.id());
                ps.setString(2, k.kind());
                ps.setString(3, k.fingerprint());
                ps.setString(4, installation);
                ps.setLong(5, now);
                ps.setString(6, k.id());
                ps.executeUpdate();
            }
        }
    }

    public static void register(DataSource ds, Iterable<Entry> keys, String installation, long now) {
        try (Connection c = ds.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                register(c, keys, installation, now);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the keys in the key registry: " + e.getMessage(), e);
        }
    }
}
