package org.xuncha.platform.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentKind;
import org.xuncha.platform.api.documents.DocumentService;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.testkit.TestCallers;
import org.xuncha.testkit.TestModuleStore;

/**
 * 文号 and issued documents on the document centre's own schema (H2): numbers per office, kind and
 * year without gaps or duplicates when issued at once, a failed issue gives its number back, the
 * number is in the document, the file is kept encrypted, and another office sees none of it.
 */
class IssuedDocumentsTest {

    final TestModuleStore db = TestModuleStore.open(DocumentsDescriptor.ID, Store.UNIT, Store.CHANGELOG);
    final Store store = new Store(db.emf(), db.stores());
    final Numbering numbering = new Numbering(store);
    final IssuedDocuments issued = new IssuedDocuments(store, numbering, null);
    final DocumentService documents = DocumentServiceImpl.standalone();
    final Caller city = TestCallers.city("office-leader", DocumentsDescriptor.ISSUE, DocumentsDescriptor.NUMBERING_MANAGE,
            DocumentsDescriptor.GENERATE);
    final Caller county = TestCallers.county("office-staff", DocumentsDescriptor.ISSUE, DocumentsDescriptor.GENERATE);

    final DocumentKind notice = kind("test.notice", "通报");
    final DocumentKind sheet = kind("test.sheet", "交办单");

    @AfterEach
    void close() {
        db.close();
    }

    static DocumentKind kind(String code, String name) {
        return new DocumentKind() {
            public String code() { return code; }
            public String nameZh() { return name; }
            public String nameEn() { return code; }
            public String permission() { return DocumentsDescriptor.GENERATE; }
            public String filename(Map<String, String> p) { return name + "-" + p.get("roundId"); }
            public DocumentContent build(Caller caller, Map<String, String> p) {
                return new DocumentContent("关于第" + p.get("roundId") + "轮的" + name, List.of(new DocumentContent.Paragraph("正文")));
            }
        };
    }

    IssuedDocuments.IssuedView issue(Caller caller, DocumentKind kind) {
        return issued.issue(caller, kind, "docx", Map.of("roundId", "2"), 0, c -> documents.docx(c));
    }

    @Test
    void numbersFollowTheOfficesPatternAndCountPerKindAndYear() throws Exception {
        numbering.set(city, notice, "聊巡办〔{年}〕{序号}号");
        int year = db.today().getYear();
        assertThat(issue(city, notice).number()).isEqualTo("聊巡办〔" + year + "〕1号");
        IssuedDocuments.IssuedView second = issue(city, notice);
        assertThat(second.number()).isEqualTo("聊巡办〔" + year + "〕2号");
        assertThat(second.filename()).isEqualTo("通报-2（聊巡办〔" + year + "〕2号）.docx");
        // another kind has its own sequence and, unset, the default pattern; so has another office
        assertThat(issue(city, sheet).number()).isEqualTo("〔" + year + "〕1号");
        assertThat(issue(county, notice).number()).isEqualTo("〔" + year + "〕1号");
        // a new year starts again at 1
        db.testClock().set(db.now().plusYears(1));
        assertThat(issue(city, notice).number()).isEqualTo("聊巡办〔" + (year + 1) + "〕1号");

        // the number is printed in the document, which is kept encrypted and read back whole
        IssuedDocuments.File file = issued.file(city, second.id());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.bytes()))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("聊巡办〔" + year + "〕2号").contains("关于第2轮的通报");
        }
        assertThat(db.database().query("select content from xc_documents_file where issued_id = " + second.id()).toString())
                .contains(TestModuleStore.BOUND_PREFIX).doesNotContain("聊巡办");
        assertThat(db.audits()).filteredOn(a -> a.action() == AuditAction.CREATE && a.inTransaction())
                .extracting(TestModuleStore.Audited::summary).contains("印发公文（通报，聊巡办〔" + year + "〕2号，docx，模板默认）");
    }

    @Test
    void concurrentIssuesTakeEveryNumberOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                // without a document to render, so the threads meet at the sequence and not in POI
                work.add(() -> issued.issue(city, notice, "docx", Map.of("roundId", "1"), 0, c -> new byte[] {1}).seq());
            }
            List<Integer> seqs = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(work)) {
                seqs.add(f.get());
            }
            Collections.sort(seqs);
            assertThat(seqs).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theKindIsToldTheNumberAfterTheIssueAndItsFailureUndoesNothing() {
        List<String> told = new ArrayList<>();
        DocumentKind recording = new DocumentKind() {
            public String code() { return sheet.code(); }
            public String nameZh() { return sheet.nameZh(); }
            public String nameEn() { return sheet.nameEn(); }
            public String permission() { return sheet.permission(); }
            public String filename(Map<String, String> p) { return sheet.filename(p); }
            public DocumentContent build(Caller caller, Map<String, String> p) { return sheet.build(caller, p); }
            @Override
            public void issued(Caller caller, Map<String, String> p, String number) {
                told.add(caller.username() + " " + p.get("roundId") + " " + number);
                throw new IllegalStateException("the kind's own record failed");
            }
        };
        int year = db.today().getYear();
        IssuedDocuments.IssuedView first = issue(city, recording);
        assertThat(told).containsExactly(city.username() + " 2 〔" + year + "〕1号");
        assertThat(issued.file(city, first.id()).bytes()).isNotEmpty();
        assertThat(issue(city, recording).seq()).isEqualTo(2);
    }

    @Test
    void aFailedIssueLeavesNoDocumentAndGivesItsNumberBack() {
        assertThat(issue(city, notice).seq()).isEqualTo(1);
        RuntimeException failed = new IllegalStateException("render failed");
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> issued.issue(city, notice, "docx", Map.of("roundId", "1"), 0, c -> { throw failed; }))).isSameAs(failed);
        assertThat(issued.list(city, new IssuedDocuments.Query(null, null, null), PageRequest.of(1, 20, null, IssuedDocuments.SORT.keySet(), "-id"))
                .total()).isEqualTo(1);
        assertThat(issue(city, notice).seq()).isEqualTo(2);
    }

    @Test
    void theListIsTheOfficesAndFilters() {
        issue(city, notice);
        issue(city, sheet);
        issue(county, notice);
        PageRequest page = PageRequest.of(1, 20, null, IssuedDocuments.SORT.keySet(), "-id");
        // the city sees its own and its county's; the county only its own
        assertThat(issued.list(city, new IssuedDocuments.Query(null, null, null), page).total()).isEqualTo(3);
        assertThat(issued.list(city, new IssuedDocuments.Query("test.sheet", null, null), page).items())
                .extracting(IssuedDocuments.IssuedView::kind).containsExactly("test.sheet");
        assertThat(issued.list(city, new IssuedDocuments.Query(null, null, "交办单"), page).total()).isEqualTo(1);
        List<IssuedDocuments.IssuedView> county = issued.list(this.county, new IssuedDocuments.Query(null, null, null), page).items();
        assertThat(county).hasSize(1);
        long citySheet = issued.list(city, new IssuedDocuments.Query("test.sheet", null, null), page).items().get(0).id();
        assertThat(refusal(() -> issued.file(this.county, citySheet)).status()).isEqualTo(403);
        assertThat(refusal(() -> issued.file(city, 999_999)).status()).isEqualTo(404);
        // drafting roles without the issue permission neither issue nor read the register
        Caller member = TestCallers.city("group-member", DocumentsDescriptor.GENERATE);
        assertThat(refusal(() -> issue(member, notice)).status()).isEqualTo(403);
        assertThat(refusal(() -> issued.list(member, new IssuedDocuments.Query(null, null, null), page)).status()).isEqualTo(403);
    }

    @Test
    void patternsAreCheckedAndOnlyTheLeaderSetsThem() {
        assertThat(fields(() -> numbering.set(city, notice, "聊巡办〔{年}〕号"))).containsExactly("pattern");
        assertThat(fields(() -> numbering.set(city, notice, "{序号}{序号}"))).containsExactly("pattern");
        assertThat(fields(() -> numbering.set(city, notice, "〔{年}〕{序号}号{机关代字}"))).containsExactly("pattern");
        assertThat(fields(() -> numbering.set(city, notice, " "))).containsExactly("pattern");
        assertThat(refusal(() -> numbering.set(county, notice, "莘巡办〔{年}〕{序号}号")).status()).isEqualTo(403);
        issue(city, notice);
        Numbering.Rule rule = numbering.set(city, notice, "聊巡办〔{年}〕{序号}号");
        assertThat(rule.next()).isEqualTo("聊巡办〔" + db.today().getYear() + "〕2号");
        assertThat(numbering.rules(city, List.of(notice, sheet))).extracting(Numbering.Rule::custom).containsExactly(true, false);
        assertThat(Numbering.format(Numbering.DEFAULT_PATTERN, 2026, 3)).isEqualTo("〔2026〕3号");
    }
}
