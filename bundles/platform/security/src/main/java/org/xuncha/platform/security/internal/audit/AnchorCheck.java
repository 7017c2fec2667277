package org.xuncha.platform.security.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.xuncha.platform.security.internal.audit.AnchorLog.Anchor;
import org.xuncha.platform.security.internal.audit.AuditVerifier.Report;
import org.xuncha.platform.security.internal.crypto.Sm2Seal;

/**
 * The audit chain held against its anchors outside the database: first the anchor log itself
 * (every line readable, signed by the seal key in use, linked to the one before), then the
 * database against the newest anchor, which names what a rewrite of the database alone cannot
 * hide: a tail cut off, a head set back and the chain continued from there, a seal key replaced,
 * anchors the database recorded that the log no longer has.
 */
final class AnchorCheck {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private AnchorCheck() {
    }

    /** Problems of the log itself, found before the database is walked (so the counts are 0); null if there are none. */
    static Report log(List<Anchor> anchors, Sm2Seal key) {
        return log(anchors, Map.of(key.keyId(), key), key);
    }

    /**
     * The same after seal-key rotations: each anchor is signed by one of {@code keys} (by the id and
     * fingerprint it names), and never by a key older than one an earlier anchor used — the order of
     * {@code keys} is the order the keys were made in, {@code key} the one in use.
     */
    static Report log(List<Anchor> anchors, Map<String, Sm2Seal> keys, Sm2Seal current) {
        String prev = AuditChain.GENESIS;
        long expected = 1;
        List<String> order = List.copyOf(keys.keySet());
        int newestUsed = -1;
        for (Anchor a : anchors) {
            if (a.problem() != null) {
                return bad(0, 0, anchors, null, null, "anchor_forged", "锚点日志第" + a.lineNo() + "行无法读取（被改动）",
                        "line " + a.lineNo() + " of the anchor log cannot be read (it was altered)");
            }
            Sm2Seal key = keys.getOrDefault(a.keyId(), current);
            int rank = order.indexOf(a.keyId());
            if (!a.fingerprint().equals(key.fingerprint()) || rank < newestUsed) {
                return bad(0, 0, anchors, a.seq(), null, "key_replaced", "封签密钥被替换：第" + a.n() + "号锚点（" + time(a) + "）由密钥 "
                        + a.keyId() + " 签署，与当前封签密钥 " + current.keyId() + " 不同，数据库中的封签已不可信",
                        "the seal key was replaced: anchor " + a.n() + " (" + time(a) + ") was signed by key " + a.keyId()
                                + ", not by the seal key in use (" + current.keyId() + "); the seals in the database cannot be trusted");
            }
            newestUsed = rank;
            if (!key.verify(a.signed(), a.signature())) {
                return bad(0, 0, anchors, a.seq(), null, "anchor_forged", "第" + a.n() + "号锚点的SM2签名无效",
                        "the SM2 signature of anchor " + a.n() + " is invalid");
            }
            if (a.n() != expected || !a.prev().equals(prev)) {
                return bad(0, 0, anchors, a.seq(), null, "anchor_removed", "锚点日志在第" + a.n() + "号锚点之前缺了锚点（被删除或换序）",
                        "anchors before anchor " + a.n() + " are missing from the anchor log (removed or reordered)");
            }
            prev = AnchorLog.lineHash(a.line());
            expected = a.n() + 1;
        }
        return null;
    }

    /**
     * The database against the anchors; null if it agrees. The walk found {@code mismatch}, the first
     * anchor whose record the database holds with another hash (null if none), {@code trusted} the last
     * anchored record that still holds, and ended at record {@code lastSeq}.
     */
    static Report database(Connection c, List<Anchor> anchors, Anchor mismatch, long trusted, long lastSeq, long records, long seals)
            throws SQLException {
        long recordedAnchors = maxAnchorNo(c);
        long newestNo = anchors.isEmpty() ? 0 : anchors.get(anchors.size() - 1).n();
        if (recordedAnchors > newestNo) {
            return bad(records, seals, anchors, null, null, "anchor_missing", "外部锚点日志缺少第" + (newestNo + 1) + "至" + recordedAnchors
                    + "号锚点（日志被截断、删除或换成了旧副本）", "anchors " + (newestNo + 1) + " to " + recordedAnchors
                    + " are missing from the anchor log (it was cut, deleted or replaced by an older copy)");
        }
        if (mismatch != null) {
            // the head was set back and the chain went on from there: name every anchored record that is gone or replaced
            long to = mismatch.seq();
            for (Anchor a : anchors) {
                if (a.n() > mismatch.n() && a.seq() > to && (a.seq() > lastSeq || !a.head().equals(AuditChain.hashAt(c, a.seq())))) {
                    to = a.seq();
                }
            }
            long from = trusted + 1;
            return bad(records, seals, anchors, from, to, "head_rewound", "审计链头被回退：外部第" + mismatch.n() + "号锚点（" + time(mismatch)
                    + "）记录的第" + mismatch.seq() + "号记录与数据库中的不符，原有的第" + from + "至" + to + "号记录被删除或替换（可信至第" + trusted + "号）",
                    "the audit chain head was set back: anchor " + mismatch.n() + " (" + time(mismatch) + ") recorded another record "
                            + mismatch.seq() + " than the database holds; the original records " + from + " to " + to
                            + " were removed or replaced (trustworthy up to " + trusted + ")");
        }
        Anchor beyond = null;
        for (Anchor a : anchors) {
            if (a.seq() > lastSeq && (beyond == null || a.seq() > beyond.seq())) {
                beyond = a;
            }
        }
        if (beyond != null) {
            // the records after the last anchor that still holds cannot be told from originals; those past the database's end are gone
            long from = trusted + 1;
            return bad(records, seals, anchors, from, beyond.seq(), "tail_removed", "审计链尾被截断：外部第" + beyond.n() + "号锚点（" + time(beyond)
                    + "）记录链头为第" + beyond.seq() + "号，数据库只到第" + lastSeq + "号；第" + from + "至" + beyond.seq()
                    + "号审计记录被删除或不可信（可信至第" + trusted + "号）", "the audit tail was cut: anchor " + beyond.n() + " ("
                    + time(beyond) + ") recorded the head at record " + beyond.seq() + ", the database ends at record " + lastSeq
                    + "; audit records " + from + " to " + beyond.seq() + " were removed or cannot be trusted (trustworthy up to " + trusted + ")");
        }
        return null;
    }

    private static long maxAnchorNo(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select max(anchor_no) from xc_audit_seal"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String time(Anchor a) {
        return TIME.format(Instant.ofEpochMilli(a.time()));
    }

    private static Report bad(long records, long seals, List<Anchor> anchors, Long first, Long last, String problem, String zh, String en) {
        return new Report(false, records, seals, anchors.size(), newestSeq(anchors), first, last, problem, zh, en);
    }

    static Long newestSeq(List<Anchor> anchors) {
        for (int i = anchors.size() - 1; i >= 0; i--) {
            if (anchors.get(i).problem() == null) {
                return anchors.get(i).seq();
            }
        }
        return null;
    }
}
