package org.xuncha.platform.security.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.xuncha.platform.security.internal.crypto.Sm2Seal;

/**
 * Walks the whole chain and names the first record that was altered, removed or inserted: every
 * SM2 seal is checked first, then every record's sequence number, its link to the previous hash
 * and its own hash, and finally the chain head. Anyone can recompute SM3 hashes, so a chain
 * rewritten after a change is consistent in itself; what gives it away is a seal, which only the
 * key holder can make. The verifier then names the first record after the last intact seal: the
 * exact record cannot be known from a consistently rewritten chain, only the sealed interval.
 * Cutting the tail, setting the head back or replacing the seal key is consistent in itself too:
 * the anchors outside the database give those away ({@link AnchorCheck}).
 */
public final class AuditVerifier {

    /**
     * The verdict. {@code firstBadSeq} is null when the chain is intact; {@code lastBadSeq} ends a
     * range of missing or replaced records. {@code anchors} counts the anchors outside the database,
     * {@code anchoredSeq} is the record the newest one names.
     */
    public record Report(boolean intact, long records, long seals, long anchors, Long anchoredSeq, Long firstBadSeq, Long lastBadSeq,
                         String problem, String message, String messageEn) {
    }

    private AuditVerifier() {
    }

    /** The database alone, as if there were no anchors outside it. */
    public static Report verify(Connection c, Sm2Seal key) throws SQLException {
        return verify(c, key, null);
    }

    /**
     * The anchor log first (a replaced key shows there), then the chain in the database, then the
     * database against the anchors. {@code anchors} null: the database alone.
     */
    public static Report verify(Connection c, Sm2Seal key, List<AnchorLog.Anchor> given) throws SQLException {
        return verify(c, Map.of(key.keyId(), key), key, given);
    }

    /**
     * As {@link #verify(Connection, Sm2Seal, List)} after seal-key rotations: each seal and anchor is
     * checked with the key it names, which must be one of {@code keys} (the key file's, in the order
     * they were made) under the fingerprint it names; {@code current} is the key new seals are made with.
     */
    public static Report verify(Connection c, Map<String, Sm2Seal> keys, Sm2Seal current, List<AnchorLog.Anchor> given) throws SQLException {
        boolean alone = given == null;
        List<AnchorLog.Anchor> anchors = alone ? List.of() : given;
        Report log = AnchorCheck.log(anchors, keys, current);
        if (log != null) {
            return log;
        }
        Map<Long, AnchorLog.Anchor> bySeq = new TreeMap<>();
        anchors.forEach(a -> bySeq.put(a.seq(), a));
        Walk walk = walk(c, keys, current, bySeq);
        if (walk.report != null) {
            Report r = walk.report;
            return new Report(false, r.records(), r.seals(), anchors.size(), AnchorCheck.newestSeq(anchors), r.firstBadSeq(), r.lastBadSeq(),
                    r.problem(), r.message(), r.messageEn());
        }
        Report db = alone ? null : AnchorCheck.database(c, anchors, walk.mismatch, walk.trusted, walk.last, walk.count, walk.seals);
        if (db != null) {
            return db;
        }
        Long anchored = AnchorCheck.newestSeq(anchors);
        return new Report(true, walk.count, walk.seals, anchors.size(), anchored, null, null, null,
                "审计链完整，共" + walk.count + "条记录，" + walk.seals + "个封签" + (anchors.isEmpty() ? "" : "，" + anchors.size() + "个外部锚点（最新至第" + anchored + "号）"),
                "The audit chain is intact: " + walk.count + " records, " + walk.seals + " seals"
                        + (anchors.isEmpty() ? "" : ", " + anchors.size() + " anchors outside the database (the newest at record " + anchored + ")"));
    }

    /**
     * The walk's verdict ({@code report} null if it found nothing wrong in the chain itself), where it
     * ended, and the first anchor the chain does not hold ({@code mismatch}, null if none) with the
     * last anchored record before it that does ({@code trusted}).
     */
    private record Walk(Report report, long count, long seals, long last, AnchorLog.Anchor mismatch, long trusted) {
    }

    private static Walk walk(Connection c, Map<String, Sm2Seal> keys, Sm2Seal current, Map<Long, AnchorLog.Anchor> anchored)
            throws SQLException {
        Map<Long, String> seals = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("select seq, hash, signature, key_id from xc_audit_seal order by seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                // the key the seal names (a seal of before key ids: the current one); an unknown id verifies nothing
                Sm2Seal key = rs.getString(4) == null ? current : keys.get(rs.getString(4));
                if (key == null || !key.verify(AuditChain.sealMessage(seq, rs.getString(2)), rs.getString(3))) {
                    return failed(0, 0, seq, "seal_forged", "第" + seq + "号封签的SM2签名无效",
                            "the SM2 signature of the seal at record " + seq + " is invalid");
                }
                seals.put(seq, rs.getString(2));
            }
        }
        long n = seals.size();
        long count = 0;
        long expected = 1;
        long lastGoodSeal = 0;
        AnchorLog.Anchor mismatch = null;
        long trusted = 0;
        String prevHash = AuditChain.GENESIS;
        String prevPrevHash = null;
        try (PreparedStatement ps = c.prepareStatement("select * from xc_audit order by seq")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                // One record of look-ahead: a record that the next one links past was inserted.
                AuditChain.Stored r = rs.next() ? AuditChain.read(rs) : null;
                while (r != null) {
                    AuditChain.Stored next = rs.next() ? AuditChain.read(rs) : null;
                    count++;
                    boolean skipped = next != null && next.prevHash().equals(prevHash);
                    if (r.seq() != expected) {
                        return failed(count, n, expected, "removed", "第" + expected + "号审计记录被删除", "audit record " + expected + " was removed");
                    }
                    if (!r.prevHash().equals(prevHash)) {
                        if (r.prevHash().equals(prevPrevHash)) {
                            // the previous record, well formed as it looked, does not belong in the chain
                            return failedInserted(count, n, r.seq() - 1);
                        }
                        if (skipped) {
                            return failedInserted(count, n, r.seq());
                        }
                        return failed(count, n, r.seq(), "relinked", "第" + r.seq() + "号审计记录与前一条的链接断开（其前的记录被删除或替换）",
                                "the link of audit record " + r.seq() + " to its predecessor is broken (a record before it was removed or replaced)");
                    }
                    if (!r.computeHash().equals(r.hash())) {
                        if (skipped) {
                            return failedInserted(count, n, r.seq());
                        }
                        return failed(count, n, r.seq(), "altered", "第" + r.seq() + "号审计记录的内容被篡改", "audit record " + r.seq() + " was altered");
                    }
                    String sealed = seals.get(r.seq());
                    if (sealed != null) {
                        if (!sealed.equals(r.hash())) {
                            long from = lastGoodSeal + 1;
                            return failed(count, n, from, "rewritten", "第" + from + "至" + r.seq() + "号审计记录在封签后被改写（可信至第" + lastGoodSeal + "号）",
                                    "audit records " + from + " to " + r.seq() + " were rewritten after they were sealed (trustworthy up to "
                                            + lastGoodSeal + ")");
                        }
                        lastGoodSeal = r.seq();
                    }
                    AnchorLog.Anchor anchor = anchored.get(r.seq());
                    if (anchor != null && mismatch == null) {
                        if (anchor.head().equals(r.hash())) {
                            trusted = r.seq();
                        } else {
                            mismatch = anchor;
                        }
                    }
                    prevPrevHash = prevHash;
                    prevHash = r.hash();
                    expected = r.seq() + 1;
                    r = next;
                }
            }
        }
        long last = expected - 1;
        AuditChain.Head head = AuditChain.head(c, false);
        if (head == null) {
            return failed(count, n, last + 1, "removed", "审计链头记录丢失", "the audit chain head row is missing");
        }
        long headSeq = head.seq();
        String headHash = head.hash();
        // Records or seals past the end of the walk are fine only if they were appended while it ran.
        boolean truncated = (headSeq > last || seals.keySet().stream().anyMatch(s -> s > last)) && !exists(c, last + 1);
        if (truncated) {
            return failed(count, n, last + 1, "removed", "第" + (last + 1) + "号及以后的审计记录被删除",
                    "audit records from " + (last + 1) + " on were removed");
        }
        if (headSeq < last) {
            return failedInserted(count, n, headSeq + 1);
        }
        if (headSeq == last && !headHash.equals(prevHash)) {
            return failed(count, n, last, "rewritten", "第" + last + "号审计记录与链头不符", "audit record " + last + " does not match the chain head");
        }
        return new Walk(null, count, n, last, mismatch, trusted);
    }

    private static boolean exists(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from xc_audit where seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Walk failedInserted(long count, long seals, long seq) {
        return failed(count, seals, seq, "inserted", "第" + seq + "号审计记录是事后插入的", "audit record " + seq + " was inserted afterwards");
    }

    private static Walk failed(long count, long seals, long seq, String problem, String zh, String en) {
        return new Walk(new Report(false, count, seals, 0, null, seq, null, problem, zh, en), count, seals, 0, null, 0);
    }
}
