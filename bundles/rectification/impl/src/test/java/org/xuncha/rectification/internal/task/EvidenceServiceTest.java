package org.xuncha.rectification.internal.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.rectification.internal.TestModule.CITY_ROUND;
import static org.xuncha.rectification.internal.TestModule.EDU_CONTACT;
import static org.xuncha.rectification.internal.TestModule.HEALTH_PERSON;
import static org.xuncha.rectification.internal.TestModule.UNIT_EDU;
import static org.xuncha.rectification.internal.TestModule.cityOffice;
import static org.xuncha.rectification.internal.TestModule.countyOffice;
import static org.xuncha.rectification.internal.TestModule.unitContact;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;
import static org.xuncha.testkit.Refusals.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.ClosureDecision;
import org.xuncha.rectification.api.LedgerDraft;
import org.xuncha.rectification.api.ProgressDraft;
import org.xuncha.rectification.api.Task;
import org.xuncha.rectification.api.TaskDraft;
import org.xuncha.rectification.api.TaskEntry;
import org.xuncha.rectification.internal.TestModule;

/** Evidence files of progress reports and closure requests, and the office's review queue. */
class EvidenceServiceTest {

    private final TestModule m = new TestModule();
    private final Caller office = cityOffice();
    private final Caller contact = unitContact(EDU_CONTACT);
    private final long ledger = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, "王原任")).id();
    private final Task task = m.tasks.add(office, ledger, new TaskDraft("问题", null, null, null, LocalDate.of(2025, 7, 31), null));

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void theUnitAttachesEvidenceToItsReportsTheOfficeSeesThemInTheQueueAndDownloadsThem() {
        TaskEntry progress = m.tasks.report(contact, task.id(), new ProgressDraft(null, "已起草细则", null));
        var draft = m.evidence.add(contact, task.id(), progress.id(), " 细则草案.pdf ", "application/pdf", body("草案"));
        assertThat(draft.filename()).isEqualTo("细则草案.pdf");
        assertThat(draft.kind()).isEqualTo(TaskEntry.Kind.PROGRESS);
        assertThat(m.attachments.list("rectification", "task-entry", String.valueOf(progress.id()))).hasSize(1);

        m.tasks.requestClosure(contact, task.id(), new ProgressDraft(null, "细则已印发", "见附件"));
        long request = m.tasks.history(contact, task.id()).get(1).id();
        m.evidence.add(contact, task.id(), request, "印发通知.pdf", null, body("通知"));
        m.evidence.add(contact, task.id(), request, "会议纪要.docx", "application/octet-stream", body("纪要"));

        assertThat(m.evidence.files(office, task.id())).extracting(EvidenceService.EvidenceFile::filename)
                .containsExactly("细则草案.pdf", "印发通知.pdf", "会议纪要.docx");
        var queue = m.reviews.queue(office, null, null, PageRequest.first(20));
        assertThat(queue.total()).isEqualTo(1);
        assertThat(queue.items().get(0).task().id()).isEqualTo(task.id());
        assertThat(queue.items().get(0).request().text()).isEqualTo("细则已印发");
        assertThat(queue.items().get(0).files()).isEqualTo(2);
        var download = m.evidence.download(office, task.id(), draft.id());
        assertThat(new String(download.content(), StandardCharsets.UTF_8)).isEqualTo("草案");
        assertThat(download.mediaType()).isEqualTo("application/pdf");

        m.tasks.decideClosure(office, task.id(), new ClosureDecision(true, null));
        assertThat(m.reviews.queue(office, null, null, PageRequest.first(20)).total()).isZero();
        assertThat(refusal(() -> m.evidence.add(contact, task.id(), request, "补充.pdf", null, body("迟")))).satisfies(e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.code()).isEqualTo("evidence_closed");
        });
        assertThat(refusal(() -> m.evidence.add(contact, task.id(), progress.id(), "补充.pdf", null, body("迟"))).code())
                .isEqualTo("evidence_closed");
    }

    @Test
    void evidenceIsRefusedOutOfScopeOnAnotherTasksEntryAndWithBadNames() {
        TaskEntry progress = m.tasks.report(contact, task.id(), new ProgressDraft(null, "进展", null));
        Task other = m.tasks.add(office, ledger, new TaskDraft("另一问题", null, null, null, LocalDate.of(2025, 7, 31), null));
        var file = m.evidence.add(contact, task.id(), progress.id(), "a.pdf", null, body("x"));

        assertThat(fields(() -> m.evidence.add(contact, other.id(), progress.id(), "a.pdf", null, body("x")))).containsExactly("entryId");
        assertThat(fields(() -> m.evidence.add(contact, task.id(), null, "../a.pdf", "not a type", body("x"))))
                .containsExactly("entryId", "filename", "Content-Type");
        assertThat(fields(() -> m.evidence.add(contact, task.id(), progress.id(), "a.pdf", null, body("")))).containsExactly("file");
        assertThat(status(() -> m.evidence.add(unitContact(HEALTH_PERSON), task.id(), progress.id(), "a.pdf", null, body("x")))).isEqualTo(403);
        assertThat(status(() -> m.evidence.files(unitContact(HEALTH_PERSON), task.id()))).isEqualTo(403);
        assertThat(status(() -> m.evidence.download(countyOffice(), task.id(), file.id()))).isEqualTo(403);
        assertThat(status(() -> m.evidence.download(office, other.id(), file.id()))).as("a file of another task").isEqualTo(404);
        assertThat(status(() -> m.reviews.queue(contact, null, null, PageRequest.first(20)))).isEqualTo(403);
        assertThat(m.attachments.list("rectification", "task-entry", String.valueOf(progress.id()))).hasSize(1);
    }

    @Test
    void theQueueShowsOnlyTheCallersScope() {
        m.tasks.requestClosure(contact, task.id(), new ProgressDraft(null, "已整改", "材料"));
        assertThat(m.reviews.queue(office, CITY_ROUND, UNIT_EDU, PageRequest.first(20)).total()).isEqualTo(1);
        assertThat(m.reviews.queue(office, CITY_ROUND, TestModule.UNIT_HEALTH, PageRequest.first(20)).total()).isZero();
        assertThat(m.reviews.queue(countyOffice(), null, null, PageRequest.first(20)).total()).isZero();
    }

    @Test
    void theUnitTakesBackAProgressFileBeforeAskingForClosureNeverAfter() {
        TaskEntry progress = m.tasks.report(contact, task.id(), new ProgressDraft(null, "已起草细则", null));
        var wrong = m.evidence.add(contact, task.id(), progress.id(), "错传.pdf", "application/pdf", body("错"));
        var kept = m.evidence.add(contact, task.id(), progress.id(), "细则.pdf", "application/pdf", body("细则"));
        assertThat(status(() -> m.evidence.delete(unitContact(HEALTH_PERSON), task.id(), wrong.id()))).isEqualTo(403);
        assertThat(status(() -> m.evidence.delete(countyOffice(), task.id(), wrong.id()))).isEqualTo(403);
        assertThat(status(() -> m.evidence.delete(contact, task.id(), 999_999L))).isEqualTo(404);

        m.evidence.delete(contact, task.id(), wrong.id());
        assertThat(m.evidence.files(office, task.id())).extracting(EvidenceService.EvidenceFile::filename).containsExactly("细则.pdf");
        assertThat(m.db.audits()).anyMatch(a -> a.type().equals("task") && a.summary().startsWith("删除佐证材料 #" + wrong.id()));

        m.tasks.requestClosure(contact, task.id(), new ProgressDraft(null, "已印发", "文件"));
        assertThat(refusal(() -> m.evidence.delete(contact, task.id(), kept.id())).code()).isEqualTo("evidence_submitted");
        m.tasks.decideClosure(office, task.id(), new ClosureDecision(true, null));
        assertThat(refusal(() -> m.evidence.delete(contact, task.id(), kept.id())).code()).isEqualTo("evidence_approved");
        assertThat(refusal(() -> m.evidence.delete(office, task.id(), kept.id())).status()).isEqualTo(409);
        assertThat(m.evidence.files(office, task.id())).hasSize(1);
    }

    private static ByteArrayInputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
