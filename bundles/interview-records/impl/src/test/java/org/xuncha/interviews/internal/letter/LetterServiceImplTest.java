package org.xuncha.interviews.internal.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.interviews.internal.TestModule.GROUP;
import static org.xuncha.interviews.internal.TestModule.ROUND;
import static org.xuncha.interviews.internal.TestModule.UNIT;
import static org.xuncha.testkit.Refusals.refusal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xuncha.interviews.api.HandOverKind;
import org.xuncha.interviews.api.Letter;
import org.xuncha.interviews.api.LetterChannel;
import org.xuncha.interviews.api.LetterDisposition;
import org.xuncha.interviews.api.LetterDraft;
import org.xuncha.interviews.api.LetterHandling;
import org.xuncha.interviews.api.LetterSummary;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.RaiseDraft;
import org.xuncha.interviews.internal.Limits;
import org.xuncha.interviews.internal.TestModule;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterServiceImplTest {

    static final String CONTENT = "来信反映违规发放津贴补贴";

    final TestModule m = new TestModule();

    @AfterAll
    void close() throws Exception {
        m.close();
    }

    LetterDraft letter(String reporter) {
        return new LetterDraft(ROUND, GROUP, UNIT, LetterChannel.LETTER, LocalDate.of(2026, 11, 18), reporter, "电".repeat(Limits.CONTACT),
                CONTENT, null, true);
    }

    @Test
    void aLetterIsRegisteredEncryptedListedWithoutContentAndReadUnderAudit() throws Exception {
        Letter l = m.letters.register(m.member, letter("名".repeat(Limits.NAME)));
        assertThat(l.reporterName()).hasSize(Limits.NAME);
        assertThat(m.db.stored("xc_ivr_letter", "content_enc", l.id())).doesNotContain(CONTENT);
        List<LetterSummary> listed = m.letters.letters(m.member2, new PlanQuery(null, null, UNIT), PageRequest.first(10)).items();
        assertThat(listed).extracting(LetterSummary::id).contains(l.id());
        assertThat(listed.toString()).doesNotContain(CONTENT);
        assertThat(m.letters.letter(m.member2, l.id()).content()).isEqualTo(CONTENT);
        assertThat(m.db.audits()).anyMatch(a -> a.action() == AuditAction.READ && a.type().equals("letter") && a.actor().equals("ivr-member2"));
        assertThat(refusal(() -> m.letters.letter(m.otherGroup, l.id())).code()).isEqualTo("out_of_scope");
        assertThat(m.letters.letters(m.otherGroup, PlanQuery.all(), PageRequest.first(10)).total()).isZero();
    }

    @Test
    void raisingFromAPendingLetterIsHowItIsHandledAndAHandlingNeedsADisposition() {
        Letter anonymous = m.letters.register(m.member, letter(null));
        assertThat(refusal(() -> m.letters.handle(m.member, anonymous.id(), new LetterHandling(LetterDisposition.PENDING, null, null)))
                .fields()).extracting(FieldError::field).containsExactly("disposition");
        m.letters.raise(m.member, anonymous.id(), new RaiseDraft(HandOverKind.PROBLEM, null, "违规发放津贴补贴", null, true, null, null,
                null, null));
        Letter handled = m.letters.letter(m.member, anonymous.id());
        assertThat(handled.disposition()).isEqualTo(LetterDisposition.RAISED);
        assertThat(handled.raised()).hasSize(1);
        Letter referred = m.letters.handle(m.member2, anonymous.id(), new LetterHandling(LetterDisposition.TO_UNIT, "转被巡察单位办理",
                handled.version()));
        assertThat(referred.handlingNote()).isEqualTo("转被巡察单位办理");

        m.letters.attach(m.member, anonymous.id(), "来信.txt", "text/plain", "原件".getBytes(StandardCharsets.UTF_8));
        assertThat(m.letters.letter(m.member, anonymous.id()).attachments()).hasSize(1);
    }

    @Test
    void aLetterNamesARoundGroupAndUnitThatExistAndTextsThatFit() {
        LetterDraft bad = new LetterDraft(ROUND, GROUP, 999L, null, null, "名".repeat(Limits.NAME + 1), null, " ", null, null);
        assertThat(refusal(() -> m.letters.register(m.member, bad)).fields()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "unitId", "channel", "receivedOn", "content", "reporterName");
    }
}
