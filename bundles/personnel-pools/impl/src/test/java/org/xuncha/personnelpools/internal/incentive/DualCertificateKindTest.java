package org.xuncha.personnelpools.internal.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.refusal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.personnelpools.api.Incentives;
import org.xuncha.personnelpools.internal.TestModule;
import org.xuncha.platform.api.documents.DocumentService;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.documents.testing.TestDocuments;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRole;

/** 双历认定证明: what it says comes from the record, laid out by the platform's real document service and read back with POI. */
class DualCertificateKindTest {

    private static final DocumentService DOCUMENTS = TestDocuments.service();
    static final LocalDate START = LocalDate.of(2025, 3, 3);

    final TestModule m = new TestModule();
    final DualCertificateKind kind = new DualCertificateKind(m.store, DOCUMENTS);
    final Unit office = m.reference.addUnit("371500-001", "聊城市委巡察办", TestModule.CITY, null, null, null);
    final Person leader = m.reference.add(new Person(m.reference.addPerson("组长甲", office.id(), "干部").id(), "组长甲", office.id(), "干部", "正科级",
            Person.Leadership.STAFF, TestModule.CITY, true, 0L));

    DualCertificateKindTest() {
        m.directory.term(1, TestModule.CITY).round(10, 1, 1, START, START.plusDays(40))
                .group(11, 10, "第一巡察组", List.of(new GroupMember(leader.id(), GroupRole.LEADER)), Set.of());
    }

    @AfterEach
    void close() {
        m.close();
    }

    private long issued() {
        List<Incentives.DualRecord> r = m.incentives.issueDual(TestModule.cityStaff(), new Incentives.DualIssue(10L, List.of(leader.id())));
        m.db.clearRecords();
        return r.get(0).id();
    }

    @Test
    void theCertificateNamesThePersonTheRoundAndGroupAndBothExperiencesAndIsAuditedAsAnExport() throws Exception {
        long id = issued();
        DualCertificateKind.Download docx = kind.file(TestModule.cityStaff(), id, null);
        assertThat(docx.filename()).isEqualTo("双历认定证明-记录" + id + ".docx");
        assertThat(docx.mediaType()).isEqualTo(DocumentService.DOCX);
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        }
        assertThat(text).containsSubsequence("巡察干部双历认定证明", "组长甲同志经组织抽调，参加第1轮巡察第一巡察组工作。",
                "同时作为基层工作经历和监督工作经历", "特此证明。", "巡察工作领导小组办公室", m.db.testClock().today().getYear() + "年");
        assertThat(m.db.audits()).extracting(a -> a.action(), a -> a.type(), a -> a.id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.EXPORT, "dual_record", String.valueOf(id)));
        DualCertificateKind.Download pdf = kind.file(TestModule.cityStaff(), id, "PDF");
        assertThat(new String(Arrays.copyOf(pdf.bytes(), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.filename()).endsWith(".pdf");
    }

    @Test
    void aBadIdOrFormatIsA400OnTheFieldAnUnknownRecordA404AndAnotherDivisionsRecordA403() {
        long id = issued();
        for (String bad : List.of("", "十二", "-3")) {
            ApiException e = refusal(() -> kind.build(TestModule.cityStaff(), Map.of("recordId", bad)));
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.fields()).extracting(FieldError::field).containsExactly("recordId");
        }
        assertThat(refusal(() -> kind.file(TestModule.cityStaff(), id, "xls")).fields()).extracting(FieldError::field).containsExactly("format");
        assertThat(refusal(() -> kind.file(TestModule.cityStaff(), id + 100, "docx")).status()).isEqualTo(404);
        assertThat(refusal(() -> kind.file(TestModule.countyLeader(), id, "docx")).status()).isEqualTo(403);
        assertThat(m.db.audits()).as("nothing generated, nothing audited").isEmpty();
    }
}
