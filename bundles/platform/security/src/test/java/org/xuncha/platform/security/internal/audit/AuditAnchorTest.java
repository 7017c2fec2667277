package org.xuncha.platform.security.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.security.internal.crypto.Sm2Seal;
import org.xuncha.testkit.TestDatabase;

/**
 * The anchors outside the database: ten records sealed (and anchored) after the 4th, the 8th and
 * the 10th, as at a shutdown. Then what someone with write access to the database, or to the anchor
 * file, would do, and what the verifier names: the chain in the database alone looks intact each time.
 */
class AuditAnchorTest {

    private static final Caller OFFICER = new Caller(51, "zhangsan", "张三", "371502", null, Set.of("office-staff"), Set.of(),
            DataScope.everything());

    @TempDir
    Path dir;

    private TestDatabase db;
    private Connection c;
    private Sm2Seal seal;
    private AnchorLog log;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabase.migrated("db/security/changelog.xml");
        c = db.connection();
        seal = Sm2Seal.generate("test-s1", new SecureRandom());
        log = new AnchorLog(dir.resolve("xuncha").resolve("audit-anchors.log"));
        for (int i = 1; i <= 10; i++) {
            append(i);
            if (i == 4 || i == 8 || i == 10) {
                assertThat(sealAnchored(1_700_000_000_000L + i * 1000)).isEqualTo(i);
            }
        }
    }

    @AfterEach
    void tearDown() throws SQLException {
        c.close();
        db.close();
    }

    private void append(int i) throws SQLException {
        AuditChain.append(c, OFFICER, AuditEntry.of(AuditAction.UPDATE, "platform", "unit", 100 + i, "修改单位 U" + i), null,
                1_700_000_000_000L + i * 1000);
    }

    private long sealAnchored(long now) throws SQLException {
        return AuditChain.seal(c, seal, now, (s, hash, count, t) -> log.append(seal, s, hash, count, t).n());
    }

    private AuditVerifier.Report verify() throws SQLException {
        return AuditVerifier.verify(c, seal, log.read());
    }

    private void sql(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private String hash(long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select hash from xc_audit where seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** What a database administrator would do to hide records 5..10: delete them and the seals over them, set the head back. */
    private void cutBackTo(long seq) throws SQLException {
        String h = hash(seq);
        sql("delete from xc_audit where seq > ?", seq);
        sql("delete from xc_audit_seal where seq > ?", seq);
        sql("update xc_audit_head set last_seq = ?, last_hash = ? where id = 1", seq, h);
    }

    private List<String> lines() throws Exception {
        return new ArrayList<>(Files.readAllLines(log.file(), StandardCharsets.UTF_8));
    }

    private void rewrite(List<String> lines) throws Exception {
        Files.write(log.file(), lines, StandardCharsets.UTF_8);
    }

    private static void assertBad(AuditVerifier.Report r, Long first, Long last, String problem) {
        assertThat(r.intact()).as(r.messageEn()).isFalse();
        assertThat(r.problem()).as(r.messageEn()).isEqualTo(problem);
        assertThat(r.firstBadSeq()).as(r.messageEn()).isEqualTo(first);
        assertThat(r.lastBadSeq()).as(r.messageEn()).isEqualTo(last);
    }

    @Test
    void anAnchoredChainIsIntactAndTheFileIsPrivate() throws Exception {
        AuditVerifier.Report r = verify();
        assertThat(r.intact()).as(r.messageEn()).isTrue();
        assertThat(r.anchors()).isEqualTo(3);
        assertThat(r.anchoredSeq()).isEqualTo(10);
        assertThat(r.message()).contains("3个外部锚点");
        assertThat(lines()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("v=1 n=").contains(" key=test-s1 ").contains(" sig="));
        assertThat(lines().get(2)).contains(" seq=10 ").contains(" count=10 ").contains(" head=" + hash(10) + " ");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.file()))).isEqualTo("rw-------");
        assertThat(AuditChain.seal(c, seal, 1, (s, h, n, t) -> log.append(seal, s, h, n, t).n())).as("nothing new").isEqualTo(-1);
        assertThat(lines()).hasSize(3);
    }

    @Test
    void aTailCutBackToASealIsNamed() throws Exception {
        cutBackTo(4);
        assertThat(AuditVerifier.verify(c, seal).intact()).as("the database alone cannot tell").isTrue();
        AuditVerifier.Report r = verify();
        assertBad(r, 5L, 10L, "tail_removed");
        assertThat(r.message()).contains("审计链尾被截断").contains("第5至10号审计记录被删除或不可信（可信至第4号）").contains("第3号锚点");
        assertThat(r.messageEn()).contains("audit records 5 to 10 were removed or cannot be trusted (trustworthy up to 4)");
    }

    /** Cut back and a few records appended since, fewer than were cut: still named from the last anchor that holds. */
    @Test
    void aTailCutAndPartlyRefilledIsNamedFromTheLastAnchorThatHolds() throws Exception {
        cutBackTo(4);
        append(201);
        append(202);
        assertBad(verify(), 5L, 10L, "tail_removed");
        assertThat(verify().message()).contains("数据库只到第6号");
    }

    /** Cut back, then the platform went on appending and sealing: the old anchors no longer match the records under those numbers. */
    @Test
    void aHeadSetBackAndContinuedIsNamedEvenAfterTheNextSeal() throws Exception {
        cutBackTo(4);
        for (int i = 5; i <= 12; i++) {
            append(i + 100);
        }
        assertThat(AuditVerifier.verify(c, seal).intact()).as("the database alone cannot tell").isTrue();
        assertBad(verify(), 5L, 10L, "head_rewound");
        assertThat(sealAnchored(1_800_000_000_000L)).isEqualTo(12);
        AuditVerifier.Report r = verify();
        assertBad(r, 5L, 10L, "head_rewound");
        assertThat(r.message()).contains("原有的第5至10号记录被删除或替换（可信至第4号）");
        assertThat(r.anchors()).isEqualTo(4);
    }

    @Test
    void anAnchorLogCutShortIsNamedByTheDatabase() throws Exception {
        List<String> lines = lines();
        rewrite(lines.subList(0, 2));
        assertBad(verify(), null, null, "anchor_missing");
        assertThat(verify().message()).contains("缺少第3至3号锚点");
        Files.delete(log.file());
        assertBad(verify(), null, null, "anchor_missing");
    }

    @Test
    void anAlteredAnchorIsNamed() throws Exception {
        List<String> lines = lines();
        lines.set(1, lines.get(1).replace(" count=8 ", " count=7 "));
        rewrite(lines);
        assertBad(verify(), 8L, null, "anchor_forged");
    }

    @Test
    void anAnchorRemovedFromTheMiddleIsNamed() throws Exception {
        List<String> lines = lines();
        lines.remove(1);
        rewrite(lines);
        assertBad(verify(), 10L, null, "anchor_removed");
    }

    /**
     * A rotated seal key (records 1–10 sealed with the first key, 11–12 with the second): with both
     * keys, as the key file keeps them, the chain verifies whole; without the old one its anchors do
     * not; an anchor signed with the old key after the new one is a replaced key.
     */
    @Test
    void sealsAndAnchorsOfARotatedKeyStayVerifiable() throws Exception {
        Sm2Seal second = Sm2Seal.generate("test-s2", new SecureRandom());
        java.util.Map<String, Sm2Seal> both = new java.util.LinkedHashMap<>();
        both.put(seal.keyId(), seal);
        both.put(second.keyId(), second);
        append(11);
        append(12);
        assertThat(AuditChain.seal(c, second, 1_700_000_012_500L, (s, hash, count, t) -> log.append(second, s, hash, count, t).n()))
                .isEqualTo(12);
        AuditVerifier.Report whole = AuditVerifier.verify(c, both, second, log.read());
        assertThat(whole.intact()).as(whole.message()).isTrue();
        assertThat(whole.seals()).isEqualTo(4);
        assertThat(whole.anchoredSeq()).isEqualTo(12);

        AuditVerifier.Report withoutOld = AuditVerifier.verify(c, java.util.Map.of(second.keyId(), second), second, log.read());
        assertThat(withoutOld.problem()).isEqualTo("key_replaced");
        assertThat(withoutOld.message()).contains("test-s1");

        append(13);
        assertThat(sealAnchored(1_700_000_013_500L)).as("the old key again, after the new one").isEqualTo(13);
        assertBad(AuditVerifier.verify(c, both, second, log.read()), 13L, null, "key_replaced");
    }

    /** A new key pair put in place, every seal in the database signed again with it: only the anchors still name the old key. */
    @Test
    void aReplacedSealKeyIsNamed() throws Exception {
        Sm2Seal other = Sm2Seal.generate("test-s1", new SecureRandom());
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select seq, hash from xc_audit_seal")) {
            while (rs.next()) {
                sql("update xc_audit_seal set signature = ? where seq = ?", other.sign(AuditChain.sealMessage(rs.getLong(1), rs.getString(2))),
                        rs.getLong(1));
            }
        }
        assertThat(AuditVerifier.verify(c, other).intact()).as("the database alone cannot tell").isTrue();
        AuditVerifier.Report r = AuditVerifier.verify(c, other, log.read());
        assertBad(r, 4L, null, "key_replaced");
        assertThat(r.message()).contains("封签密钥被替换");
    }

    @Test
    void aLineTornByACrashIsDroppedBeforeTheNextAnchor() throws Exception {
        Files.writeString(log.file(), "v=1 n=4 seq=1", StandardOpenOption.APPEND);
        assertThat(verify().intact()).as("an incomplete last line is not read").isTrue();
        append(11);
        assertThat(sealAnchored(1_800_000_000_000L)).isEqualTo(11);
        assertThat(lines()).hasSize(4);
        AuditVerifier.Report r = verify();
        assertThat(r.intact()).as(r.messageEn()).isTrue();
        assertThat(r.anchoredSeq()).isEqualTo(11);
    }
}
