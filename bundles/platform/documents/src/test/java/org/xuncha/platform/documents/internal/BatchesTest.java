package org.xuncha.platform.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.refusal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentKind;
import org.xuncha.platform.api.documents.DocumentService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.testkit.TestCallers;

/** Batches: made in the background with progress; one failing document fails the batch, with the reason and no zip. */
class BatchesTest {

    final DocumentService documents = DocumentServiceImpl.standalone();
    /** The batches' own single thread, so a test knows when the batch before has ended. */
    final ExecutorService worker = Executors.newSingleThreadExecutor();
    final Batches batches = new Batches(worker);
    final Caller city = TestCallers.city("office-staff", DocumentsDescriptor.GENERATE);
    final Caller other = TestCallers.county("office-staff", DocumentsDescriptor.GENERATE);
    int audited;

    /** A kind as a module offers it: unit 0 does not exist. */
    final DocumentKind notice = new DocumentKind() {
        public String code() { return "test.notice"; }
        public String nameZh() { return "通报"; }
        public String nameEn() { return "Notice"; }
        public String permission() { return DocumentsDescriptor.GENERATE; }
        public String filename(Map<String, String> p) { return "通报-" + p.get("unit"); }
        public DocumentContent build(Caller caller, Map<String, String> p) {
            if (p.get("unit").equals("0")) {
                throw ApiException.notFound("单位", "unit", 0);
            }
            return new DocumentContent("关于第" + p.get("unit") + "单位的通报", List.of(new DocumentContent.Paragraph("正文")));
        }
    };

    @AfterEach
    void stop() {
        batches.stop();
    }

    @Test
    void aBatchEndsWithAZipOfEveryDocumentAndOnlyItsOwnerSeesIt() throws Exception {
        Batches.Status s = batches.start(city, notice, "docx", List.of(Map.of("unit", "1"), Map.of("unit", "2"), Map.of("unit", "1")),
                (c, content) -> documents.docx(content), () -> audited++);
        assertThat(s.total()).isEqualTo(3);
        Batches.Status end = await(s.id());
        assertThat(end.state()).isEqualTo(Batches.State.DONE);
        assertThat(end.done()).isEqualTo(3);
        assertThat(audited).isEqualTo(1);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(batches.zip(city, s.id())))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactly("通报-1.docx", "通报-2.docx", "通报-1（2）.docx");
        assertThat(refusal(() -> batches.status(other, s.id())).status()).isEqualTo(404);
    }

    @Test
    void aFailingDocumentFailsTheBatchWithTheReasonAndNoZip() throws Exception {
        Batches.Status s = batches.start(city, notice, "pdf", List.of(Map.of("unit", "1"), Map.of("unit", "0")),
                (c, content) -> documents.docx(content), () -> audited++);
        Batches.Status end = await(s.id());
        assertThat(end.state()).isEqualTo(Batches.State.FAILED);
        assertThat(end.messageZh()).startsWith("第2份").contains("单位");
        assertThat(refusal(() -> batches.zip(city, s.id())).code()).isEqualTo("batch_failed");
        assertThat(audited).isZero();
        assertThat(refusal(() -> batches.start(city, notice, "docx", List.of(), (c, content) -> new byte[0], () -> { })).status())
                .isEqualTo(400);
    }

    /** The batch's state once its worker has made it: a task queued behind it on the same single thread has run (at most a minute). */
    private Batches.Status await(String id) throws Exception {
        worker.submit(() -> { }).get(60, TimeUnit.SECONDS);
        return batches.status(city, id);
    }
}
