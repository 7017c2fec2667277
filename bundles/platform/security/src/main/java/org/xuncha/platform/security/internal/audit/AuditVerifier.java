package org.xuncha.platform.security.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.xuncha.platform.security.internal.crypto.Sm2Seal;

/**
 * Walks the whole chain and names the first record that was altered, removed or inserted: every
 * record's hash is recomputed, every link to the previous hash checked, sequence gaps found, the
 * head compared with the last record, and every SM2 seal verified against the record it sealed.
 * Rewriting the chain after a change breaks the seals, which only the key holder can make.
 */
public final class AuditVerifier {

    /** The verdict. {@code firstBadSeq} is null when the chain is intact. */
    public record Report(boolean intact, long records, long seals, Long firstBadSeq, String problem, String message, String messageEn) {
    }

    private AuditVerifier() {
    }

    public static Report verify(Connection c, Sm2Seal seal) throws SQLException {
        Map<Long, String[]> seals = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select seq, hash, signature from xc_audit_seal order by seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                seals.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        for (Map.Entry<Long, String[]> s : seals.entrySet()) {
            if (!seal.verify(sealMessage(s.getKey(), s.getValue()[0]), s.getValue()[1])) {
                return bad(0, seals.size(), s.getKey(), "seal_forged", "第" + s.getKey() + "号封签的SM2签名无效",
                        "the SM2 signature of the seal at record " + s.getKey() + " is invalid");
            }
        }
        long count = 0;
        long expectedSeq = 1;
        String prevHash = AuditChain.GENESIS;
        String prevPrevHash = null;
        try (PreparedStatement ps = c.prepareStatement("select * from xc_audit order by seq")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AuditChain.Stored r = AuditChain.read(rs);
                    count++;
                    if (!r.computeHash().equals(r.hash())) {
                        return bad(count, seals.size(), r.seq(), "altered", "第" + r.seq() + "号审计记录的内容被篡改",
                                "audit record " + r.seq() + " was altered");
                    }
                    if (r.seq() != expectedSeq) {
                        return bad(count, seals.size(), expectedSeq, "removed", "第" + expectedSeq + "号审计记录被删除",
                                "audit record " + expectedSeq + " was removed");
                    }
                    if (!r.prevHash().equals(prevHash)) {
                        boolean inserted = prevPrevHash != null && r.prevHash().equals(prevPrevHash);
                        long at = inserted ? r.seq() - 1 : r.seq();
                        return bad(count, seals.size(), at, inserted ? "inserted" : "relinked",
                                inserted ? "第" + at + "号审计记录是事后插入的" : "第" + at + "号审计记录与前一条的链接被破坏",
                                inserted ? "audit record " + at + " was inserted afterwards" : "the link of audit record " + at + " to its predecessor is broken");
                    }
                    String[] s = seals.get(r.seq());
                    if (s != null && !s[0].equals(r.hash())) {
                        return bad(count, seals.size(), r.seq(), "rewritten", "第" + r.seq() + "号审计记录与封签不符，链条被改写",
                                "audit record " + r.seq() + " does not match its seal: the chain was rewritten");
                    }
                    prevPrevHash = prevHash;
                    prevHash = r.hash();
                    expectedSeq = r.seq() + 1;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select last_seq, last_hash from xc_audit_head where id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next() && (rs.getLong(1) != expectedSeq - 1 || !rs.getString(2).equals(prevHash))) {
                long headSeq = rs.getLong(1);
                boolean truncated = headSeq > expectedSeq - 1;
                long at = truncated ? expectedSeq : headSeq + 1;
                return bad(count, seals.size(), at, truncated ? "removed" : "inserted",
                        truncated ? "第" + at + "号及以后的审计记录被删除" : "第" + at + "号审计记录是事后追加的",
                        truncated ? "audit records from " + at + " on were removed" : "audit record " + at + " was appended afterwards");
            }
        }
        for (Long sealed : seals.keySet()) {
            if (sealed >= expectedSeq) {
                return bad(count, seals.size(), expectedSeq, "removed", "封签之前的审计记录被删除（自第" + expectedSeq + "号起）",
                        "sealed audit records were removed (from " + expectedSeq + " on)");
            }
        }
        return new Report(true, count, seals.size(), null, null, "审计链完整，共" + count + "条记录，" + seals.size() + "个封签",
                "The audit chain is intact: " + count + " records, " + seals.size() + " seals");
    }

    static String sealMessage(long seq, String hash) {
        return "xuncha-audit-seal|" + seq + "|" + hash;
    }

    private static Report bad(long count, long seals, long seq, String problem, String zh, String en) {
        return new Report(false, count, seals, seq, problem, zh, en);
    }
}
