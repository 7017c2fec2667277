package org.xuncha.leadtransfer.internal.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.leadtransfer.internal.TestModule.groupLeader;
import static org.xuncha.leadtransfer.internal.TestModule.member;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.leadtransfer.internal.TestModule;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.files.AttachmentStore;

/** Evidence files: a name and a media type that fit the store's columns and the download header, within the size limit. */
class EvidenceServiceTest {

    final TestModule m = new TestModule();

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    static ByteArrayInputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileIsAttachedToADraftAndReadBack() {
        long id = m.aProblem();
        Attachment a = m.evidence.add(member(), id, " 会议纪要.txt ", "text/plain; charset=UTF-8", text("党组会议纪要"));
        assertThat(a.filename()).isEqualTo("会议纪要.txt");
        EvidenceService.Download d = m.evidence.get(member(), id, a.id());
        assertThat(new String(d.content(), StandardCharsets.UTF_8)).isEqualTo("党组会议纪要");
        assertThat(d.mediaType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(m.evidence.add(member(), id, "scan.pdf", null, text("%PDF")).contentType()).isEqualTo("application/octet-stream");
        assertThat(refusal(() -> m.evidence.get(member(), id + 1, a.id())).status()).isIn(403, 404);
    }

    @Test
    void aMediaTypeLongerThanItsColumnOrNotAMediaTypeIsRefusedOnTheHeader() {
        long id = m.aProblem();
        String tooLong = "application/" + "x".repeat(89);
        assertThat(tooLong).hasSize(101);
        assertThat(fields(() -> m.evidence.add(member(), id, "a.bin", tooLong, text("x")))).containsExactly("Content-Type");
        for (String bad : new String[] {"text", "text/", "/plain", "*/*", "text/plain; charset", "text/plain;;", "文本/纯文本", "text/plain x"}) {
            assertThat(fields(() -> m.evidence.add(member(), id, "a.txt", bad, text("x")))).as(bad).containsExactly("Content-Type");
        }
        assertThat(m.evidence.add(member(), id, "a.bin", "application/" + "x".repeat(88), text("x")).contentType()).hasSize(100);
    }

    @Test
    void aFileNameWithAPathOrControlCharactersOrTooLongIsRefused() {
        long id = m.aProblem();
        for (String bad : new String[] {"../etc/passwd", "a\\b.txt", "..", ".", "a\u0000b", "a\nb", " ", "名".repeat(201)}) {
            assertThat(fields(() -> m.evidence.add(member(), id, bad, "text/plain", text("x")))).as(bad).containsExactly("filename");
        }
        assertThat(fields(() -> m.evidence.add(member(), id, null, "text/plain", text("x")))).containsExactly("filename");
        assertThat(m.evidence.add(member(), id, "名".repeat(200), "text/plain", text("x")).filename()).hasSize(200);
    }

    @Test
    void aFileOverTheLimitIs413AndSubmittedDraftsTakeNoMoreEvidence() {
        long id = m.aProblem();
        byte[] big = new byte[AttachmentStore.MAX_SIZE + 1];
        assertThat(refusal(() -> m.evidence.add(member(), id, "big.bin", "application/octet-stream", new ByteArrayInputStream(big))).status())
                .isEqualTo(413);
        m.approvals.submit(groupLeader(), id, null);
        assertThat(refusal(() -> m.evidence.add(member(), id, "a.txt", "text/plain", text("x"))).status()).isEqualTo(409);
    }

    @Test
    void aTypeStoredBeforeItWasCheckedIsServedAsBytes() {
        long id = m.aProblem();
        Attachment old = m.attachments.storeUnchecked(Store.MODULE, "problem", String.valueOf(id), "旧.txt", "not a type", new byte[] {1});
        assertThat(m.evidence.get(member(), id, old.id()).mediaType()).isEqualTo("application/octet-stream");
    }
}
