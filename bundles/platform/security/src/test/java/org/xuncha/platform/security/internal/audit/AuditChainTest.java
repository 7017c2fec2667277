package org.xuncha.platform.security.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.security.internal.crypto.Sm2Seal;
import org.xuncha.testkit.TestDatabase;

/**
 * The audit chain on an H2 database made from the bundle's own changelog: ten records, sealed
 * after the 4th and the 8th; then each way of tampering with it, done the way someone with
 * write access to the database would, and what the verifier says about it.
 */
class AuditChainTest {

    private static final Caller OFFICER = new Caller(51, "zhangsan", "张三", "371502", null, Set.of("office-staff"), Set.of(),
            DataScope.everything());

    private TestDatabase db;
    private Connection c;
    private Sm2Seal seal;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabase.migrated("db/security/changelog.xml");
        c = db.connection();
        seal = Sm2Seal.generate("test-s1", new SecureRandom());
        for (int i = 1; i <= 10; i++) {
            Caller who = i % 3 == 0 ? Caller.system("test") : OFFICER;
            AuditChain.append(c, who, AuditEntry.of(AuditAction.UPDATE, "platform", "unit", 100 + i, "修改单位 U" + i),
                    i % 2 == 0 ? "10.0.0." + i : null, 1_700_000_000_000L + i * 1000);
            if (i == 4 || i == 8) {
                assertThat(AuditChain.seal(c, seal, 1_700_000_000_000L + i * 1000)).isEqualTo(i);
            }
        }
    }

    @AfterEach
    void tearDown() throws SQLException {
        c.close();
        db.close();
    }

    private AuditVerifier.Report verify() throws SQLException {
        return AuditVerifier.verify(c, seal);
    }

    private void sql(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private List<AuditChain.Stored> rows() throws SQLException {
        List<AuditChain.Stored> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from xc_audit order by seq")) {
            while (rs.next()) {
                rows.add(AuditChain.read(rs));
            }
        }
        return rows;
    }

    private AuditChain.Stored row(long seq) throws SQLException {
        return rows().stream().filter(r -> r.seq() == seq).findFirst().orElseThrow();
    }

    /** A record as a forger who knows the format would make it, linked to {@code prevHash}. */
    private void insertForged(long seq, String prevHash) throws SQLException {
        String hash = AuditChain.hash(seq, 1_700_000_005_500L, "zhangsan", 51L, "DELETE", "platform", "unit", "999", "删除单位 X",
                null, prevHash);
        sql("insert into xc_audit (seq, ts, actor, actor_id, action, module, entity_type, entity_id, summary, ip, prev_hash, hash) "
                + "values (?, 1700000005500, 'zhangsan', 51, 'DELETE', 'platform', 'unit', '999', '删除单位 X', null, ?, ?)", seq, prevHash, hash);
    }

    /** Makes room at {@code seq} by moving it and every later record one up. */
    private void shiftUpFrom(long seq) throws SQLException {
        sql("update xc_audit set seq = seq + 1000 where seq >= ?", seq);
        sql("update xc_audit set seq = seq - 999 where seq >= ?", seq + 1000);
    }

    private static void assertBad(AuditVerifier.Report r, long seq, String problem) {
        assertThat(r.intact()).as(r.messageEn()).isFalse();
        assertThat(r.firstBadSeq()).as(r.messageEn()).isEqualTo(seq);
        assertThat(r.problem()).as(r.messageEn()).isEqualTo(problem);
        assertThat(r.message()).contains(String.valueOf(seq));
        assertThat(r.messageEn()).contains(String.valueOf(seq));
    }

    @Test
    void anUntouchedChainIsIntact() throws SQLException {
        AuditVerifier.Report r = verify();
        assertThat(r.intact()).as(r.messageEn()).isTrue();
        assertThat(r.records()).isEqualTo(10);
        assertThat(r.seals()).isEqualTo(2);
        assertThat(r.firstBadSeq()).isNull();
        assertThat(r.message()).contains("完整");
        List<AuditChain.Stored> rows = rows();
        assertThat(rows.get(0).prevHash()).isEqualTo(AuditChain.GENESIS);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).prevHash()).isEqualTo(rows.get(i - 1).hash());
        }
        assertThat(rows.get(2).actor()).isEqualTo("system:test");
        assertThat(rows.get(2).actorId()).isNull();
        assertThat(rows.get(3).ip()).isEqualTo("10.0.0.4");
    }

    @Test
    void sealingOnlyWhenTheHeadMoved() throws SQLException {
        assertThat(AuditChain.seal(c, seal, 1)).isEqualTo(10);
        assertThat(AuditChain.seal(c, seal, 2)).as("nothing new").isEqualTo(-1);
        AuditChain.append(c, OFFICER, AuditEntry.of(AuditAction.READ, "platform", "person", 7, "读取干部 #7"), null, 3);
        assertThat(AuditChain.seal(c, seal, 4)).isEqualTo(11);
        assertThat(verify().seals()).isEqualTo(4);
    }

    @Test
    void alteredSummaryIsNamed() throws SQLException {
        sql("update xc_audit set summary = '修改单位 U0' where seq = 6");
        assertBad(verify(), 6, "altered");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ts = ts + 1", "actor = 'lisi'", "actor_id = 52", "action = 'READ'", "module = 'example'",
            "entity_type = 'person'", "entity_id = '1'", "ip = '10.9.9.9'", "summary = null"})
    void everyColumnIsCoveredByTheHash(String change) throws SQLException {
        sql("update xc_audit set " + change + " where seq = 4");
        assertBad(verify(), 4, "altered");
    }

    @Test
    void deletedMiddleRecordIsNamed() throws SQLException {
        sql("delete from xc_audit where seq = 6");
        assertBad(verify(), 6, "removed");
    }

    @Test
    void deletedRecordWithTheRestRenumberedIsNamed() throws SQLException {
        sql("delete from xc_audit where seq = 6");
        sql("update xc_audit set seq = seq - 1 where seq > 6");
        assertBad(verify(), 6, "relinked");
    }

    @Test
    void wellFormedRecordInsertedInTheMiddleIsNamed() throws SQLException {
        String prev = row(5).hash();
        shiftUpFrom(6);
        insertForged(6, prev);
        assertBad(verify(), 6, "inserted");
    }

    @Test
    void clumsilyInsertedRecordIsNamed() throws SQLException {
        shiftUpFrom(6);
        sql("insert into xc_audit (seq, ts, actor, action, prev_hash, hash) values (6, 1, 'x', 'LOGIN', ?, ?)", "1".repeat(64), "2".repeat(64));
        assertBad(verify(), 6, "inserted");
    }

    @Test
    void recordAppendedBehindTheHeadsBackIsNamed() throws SQLException {
        insertForged(11, row(10).hash());
        assertBad(verify(), 11, "inserted");
    }

    @Test
    void truncatedTailIsNamed() throws SQLException {
        sql("delete from xc_audit where seq >= 9");
        assertBad(verify(), 9, "removed");
    }

    @Test
    void truncatedTailWithTheHeadMovedBackIsNamedByTheSeal() throws SQLException {
        sql("delete from xc_audit where seq >= 8");
        sql("update xc_audit_head set last_seq = 7, last_hash = ? where id = 1", row(7).hash());
        assertBad(verify(), 8, "removed");
    }

    @Test
    void forgedSealIsNamed() throws SQLException {
        Sm2Seal forger = Sm2Seal.generate("test-s1", new SecureRandom());
        String hash = row(8).hash();
        sql("update xc_audit_seal set signature = ? where seq = 8", forger.sign(AuditChain.sealMessage(8, hash)));
        assertBad(verify(), 8, "seal_forged");
    }

    @Test
    void sealMovedToAnotherRecordIsNamed() throws SQLException {
        sql("update xc_audit_seal set hash = ? where seq = 8", row(7).hash());
        assertBad(verify(), 8, "seal_forged");
    }

    /**
     * Record 6 changed and 6..10 re-hashed and re-linked, head included: consistent in itself, but
     * no longer what was sealed at 8. The verifier names the sealed interval it can no longer trust.
     */
    @Test
    void chainRewrittenAfterAChangeIsCaughtByTheSeal() throws SQLException {
        sql("update xc_audit set summary = '修改单位 U0' where seq = 6");
        String prev = row(5).hash();
        for (long seq = 6; seq <= 10; seq++) {
            AuditChain.Stored r = row(seq);
            String hash = AuditChain.hash(r.seq(), r.ts(), r.actor(), r.actorId(), r.action(), r.module(), r.entityType(),
                    r.entityId(), r.summary(), r.ip(), prev);
            sql("update xc_audit set prev_hash = ?, hash = ? where seq = ?", prev, hash, seq);
            prev = hash;
        }
        sql("update xc_audit_head set last_hash = ? where id = 1", prev);
        AuditVerifier.Report r = verify();
        assertBad(r, 5, "rewritten");
        assertThat(r.message()).contains("第5至8号");
        assertThat(r.messageEn()).contains("5 to 8").contains("up to 4");
    }

    @Test
    void headOutOfStepWithTheLastRecordIsNamed() throws SQLException {
        sql("update xc_audit_head set last_hash = ? where id = 1", "f".repeat(64));
        assertBad(verify(), 10, "rewritten");
    }
}
