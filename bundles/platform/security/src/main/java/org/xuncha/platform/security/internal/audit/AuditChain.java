package org.xuncha.platform.security.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.crypto.Sm2Seal;
import org.xuncha.platform.security.internal.crypto.Sm3;

/**
 * Appends to the hash chain on a given connection, inside whatever transaction that connection
 * is in. The head row is locked first, so appends are serialised and the chain has no forks; a
 * batch of records ({@link #appendAll}) takes the lock once.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);
    private static final char SEP = '\u001f';

    private AuditChain() {
    }

    /** One stored record. */
    public record Stored(long seq, long ts, String actor, Long actorId, String action, String module, String entityType,
                         String entityId, String summary, String ip, String prevHash, String hash) {

        String computeHash() {
            return AuditChain.hash(seq, ts, actor, actorId, action, module, entityType, entityId, summary, ip, prevHash);
        }
    }

    static String hash(long seq, long ts, String actor, Long actorId, String action, String module, String entityType,
                       String entityId, String summary, String ip, String prevHash) {
        StringBuilder sb = new StringBuilder();
        sb.append(seq).append(SEP).append(ts).append(SEP).append(n(actor)).append(SEP).append(actorId == null ? "" : actorId)
                .append(SEP).append(n(action)).append(SEP).append(n(module)).append(SEP).append(n(entityType))
                .append(SEP).append(n(entityId)).append(SEP).append(n(summary)).append(SEP).append(n(ip))
                .append(SEP).append(prevHash);
        return Sm3.hex(sb.toString());
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    /** The last record's sequence number and hash, as the head row says. */
    record Head(long seq, String hash) {
    }

    /** The head row; null if it is missing. {@code lock} serialises appends: it is held until the transaction ends. */
    static Head head(Connection c, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select last_seq, last_hash from xc_audit_head where id = 1" + (lock ? " for update" : ""));
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : null;
        }
    }

    private static Head requireHead(Connection c, boolean lock) throws SQLException {
        Head head = head(c, lock);
        if (head == null) {
            throw new SQLException("audit chain head missing");
        }
        return head;
    }

    /** A record to append: who did what, from which address, when (epoch milliseconds). */
    public record Entry(Caller caller, AuditEntry entry, String ip, long now) {
    }

    /**
     * Throws if a field of the record is longer than its column, so that the insert would fail: a
     * record in a batch is checked before it joins one, and fails alone instead of failing the
     * requests whose records share its transaction. The summary is cut to 500 characters instead.
     */
    static void requireFits(Caller caller, AuditEntry e, String ip) {
        String[][] fields = {{"actor", caller.username(), "100"}, {"module", e.module(), "50"}, {"entity_type", e.entityType(), "50"},
                {"entity_id", e.entityId(), "100"}, {"ip", ip, "64"}};
        for (String[] f : fields) {
            if (f[1] != null && f[1].length() > Integer.parseInt(f[2])) {
                throw new IllegalStateException("audit record could not be written: " + f[0] + " is longer than " + f[2] + " characters");
            }
        }
    }

    /** Appends one record; returns its sequence number. */
    public static long append(Connection c, Caller caller, AuditEntry e, String ip, long now) throws SQLException {
        return appendAll(c, List.of(new Entry(caller, e, ip, now)));
    }

    /**
     * Appends {@code entries} in their order as one step of the chain: the head is locked and read
     * once, each record is chained to the one before it (the first to the head), and the head is
     * moved once, to the last. Returns the last record's sequence number; the first's is that minus
     * {@code entries.size() - 1}.
     */
    public static long appendAll(Connection c, List<Entry> entries) throws SQLException {
        Head head = requireHead(c, true);
        String lastHash = head.hash();
        long seq = head.seq();
        try (PreparedStatement ps = c.prepareStatement("insert into xc_audit (seq, ts, actor, actor_id, action, module, entity_type, "
                + "entity_id, summary, ip, prev_hash, hash) values (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Entry x : entries) {
                seq++;
                AuditEntry e = x.entry();
                String summary = e.summary() == null ? null : (e.summary().length() > 500 ? e.summary().substring(0, 500) : e.summary());
                Long actorId = x.caller().userId() == 0 ? null : x.caller().userId();
                String hash = hash(seq, x.now(), x.caller().username(), actorId, e.action().name(), e.module(), e.entityType(),
                        e.entityId(), summary, x.ip(), lastHash);
                ps.setLong(1, seq);
                ps.setLong(2, x.now());
                ps.setString(3, x.caller().username());
                if (actorId == null) {
                    ps.setNull(4, Types.BIGINT);
                } else {
                    ps.setLong(4, actorId);
                }
                ps.setString(5, e.action().name());
                ps.setString(6, e.module());
                ps.setString(7, e.entityType());
                ps.setString(8, e.entityId());
                ps.setString(9, summary);
                ps.setString(10, x.ip());
                ps.setString(11, lastHash);
                ps.setString(12, hash);
                ps.addBatch();
                lastHash = hash;
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("update xc_audit_head set last_seq = ?, last_hash = ? where id = 1")) {
            ps.setLong(1, seq);
            ps.setString(2, lastHash);
            ps.executeUpdate();
        }
        return seq;
    }

    /** Writes the anchor of a seal outside the database before the seal commits; returns its number. */
    public interface Anchoring {
        long anchor(long seq, String hash, long count, long now);
    }

    /** {@link #seal(Connection, Sm2Seal, long, Anchoring)} without an anchor outside the database. */
    public static long seal(Connection c, Sm2Seal key, long now) throws SQLException {
        return seal(c, key, now, null);
    }

    /**
     * Signs the chain head with SM2 if it moved since the last seal, on {@code c} in the caller's
     * transaction, and has {@code anchoring} write it outside the database first; returns the sealed
     * sequence number, or -1 if there was nothing new to seal.
     */
    public static long seal(Connection c, Sm2Seal key, long now, Anchoring anchoring) throws SQLException {
        Head head = requireHead(c, false);
        long seq = head.seq();
        String hash = head.hash();
        long lastSealed = 0;
        try (PreparedStatement ps = c.prepareStatement("select max(seq) from xc_audit_seal"); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                lastSealed = rs.getLong(1);
            }
        }
        if (seq == 0 || seq == lastSealed) {
            return -1;
        }
        Long anchorNo = null;
        if (anchoring != null) {
            long count;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from xc_audit where seq <= ?")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    count = rs.getLong(1);
                }
            }
            anchorNo = anchoring.anchor(seq, hash, count, now);
        }
        try (PreparedStatement ps = c.prepareStatement("insert into xc_audit_seal (seq, hash, signature, key_id, sealed_at, anchor_no) values (?,?,?,?,?,?)")) {
            ps.setLong(1, seq);
            ps.setString(2, hash);
            ps.setString(3, key.sign(sealMessage(seq, hash)));
            ps.setString(4, key.keyId());
            ps.setLong(5, now);
            if (anchorNo == null) {
                ps.setNull(6, Types.BIGINT);
            } else {
                ps.setLong(6, anchorNo);
            }
            ps.executeUpdate();
        }
        return seq;
    }

    /** The hash of record {@code seq}, null if there is none. */
    static String hashAt(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select hash from xc_audit where seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** What a seal signs: the sequence number and hash of the chain head. */
    static String sealMessage(long seq, String hash) {
        return "xuncha-audit-seal|" + seq + "|" + hash;
    }

    static Stored read(ResultSet rs) throws SQLException {
        // wasNull() speaks of the column read last: ask it right after actor_id
        long id = rs.getLong("actor_id");
        Long actorId = rs.wasNull() ? null : id;
        return new Stored(rs.getLong("seq"), rs.getLong("ts"), rs.getString("actor"), actorId,
                rs.getString("action"), rs.getString("module"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("summary"), rs.getString("ip"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
