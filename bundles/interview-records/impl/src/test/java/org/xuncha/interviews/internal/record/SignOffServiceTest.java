package org.xuncha.interviews.internal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.interviews.internal.TestModule.DEPUTY2;
import static org.xuncha.interviews.internal.TestModule.DEPUTY;
import static org.xuncha.interviews.internal.TestModule.LEADER;
import static org.xuncha.interviews.internal.TestModule.MEMBER2;
import static org.xuncha.interviews.internal.TestModule.MEMBER;
import static org.xuncha.interviews.internal.TestModule.TOP;
import static org.xuncha.interviews.internal.TestModule.interview;
import static org.xuncha.testkit.Refusals.refusal;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xuncha.interviews.api.CorrectionDraft;
import org.xuncha.interviews.api.InterviewPlan;
import org.xuncha.interviews.api.InterviewRecord;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.interviews.api.LeaderNote;
import org.xuncha.interviews.api.RecordStatus;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.api.Signature;
import org.xuncha.interviews.api.SignatureStatus;
import org.xuncha.interviews.api.Signatures;
import org.xuncha.interviews.internal.Limits;
import org.xuncha.interviews.internal.TestModule;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignOffServiceTest {

    final TestModule m = new TestModule();
    final InterviewPlan plan = m.plan(interview(null, TOP, m.template("一把手谈话提纲"), List.of(LEADER, MEMBER2), MEMBER),
            interview(null, DEPUTY, m.template("领导班子成员谈话提纲"), List.of(LEADER, MEMBER), MEMBER2),
            interview(null, DEPUTY2, m.template("领导班子成员谈话提纲"), List.of(LEADER, MEMBER), MEMBER2));

    @AfterAll
    void close() throws Exception {
        m.close();
    }

    @Test
    void theRecorderSignsOffOnceEveryoneHasSignedAndThenOnlyACorrectionChangesIt() {
        InterviewRecord r = m.record(plan.interviews().get(0), List.of(new Section("party-leadership", "贯彻落实情况", "原话")), List.of());
        assertThat(refusal(() -> m.records.signOff(m.member2, r.id(), r.version())).code()).isEqualTo("not_recorder");
        assertThat(refusal(() -> m.records.signOff(m.member, r.id(), r.version())).code()).isEqualTo("not_ready");

        InterviewRecord signed = m.signedOff(r);
        assertThat(signed.status()).isEqualTo(RecordStatus.SIGNED);
        assertThat(signed.signedOffBy()).isEqualTo("ivr-member");
        assertThat(m.db.events()).anyMatch(e -> e.topic().equals(InterviewRecordsEvents.RECORD_SIGNED));
        assertThat(refusal(() -> m.records.updateSignatures(m.member, r.id(), new Signatures(List.of(), SignatureStatus.SIGNED, null,
                signed.version()))).code()).isEqualTo("signed");

        InterviewRecord corrected = m.records.correct(m.member, r.id(), new CorrectionDraft("被谈话人补充说明",
                List.of(new Section("party-leadership", "贯彻落实情况", "原话（补充）")), List.of(new LeaderNote(DEPUTY, "分管工作推进有力")),
                signed.version()));
        assertThat(corrected.sections().get(0).text()).isEqualTo("原话（补充）");
        assertThat(corrected.corrections()).hasSize(1);
        assertThat(corrected.corrections().get(0).previousContent()).isEqualTo("【贯彻落实情况】\n原话");
        assertThat(refusal(() -> m.records.correct(m.member, r.id(), new CorrectionDraft(" ", List.of(), List.of(), null))).fields())
                .hasSize(2);
    }

    @Test
    void theGroupLeaderMaySignOffInTheRecordersPlaceButNotWhileRoundPlanningIsAway() {
        InterviewRecord r = m.record(plan.interviews().get(1), List.of(), List.of(new LeaderNote(TOP, "一把手作风民主")));
        InterviewRecord ready = m.records.updateSignatures(m.member2, r.id(), new Signatures(r.interviewers().stream()
                .map(i -> new Signature(i.personId(), SignatureStatus.SIGNED)).toList(), SignatureStatus.SIGNED, null, r.version()));
        m.roundPlanning(false);
        try {
            assertThat(refusal(() -> m.records.signOff(m.leader, r.id(), ready.version())).code()).isEqualTo("not_recorder");
        } finally {
            m.roundPlanning(true);
        }
        assertThat(m.records.signOff(m.leader, r.id(), ready.version()).signedOffBy()).isEqualTo("ivr-leader");
    }

    @Test
    void aDeclinedSignatureIsExplainedAndTheLongestChineseNoteFitsItsEncryptedColumn() throws Exception {
        InterviewRecord r = m.record(plan.interviews().get(2), List.of(new Section(null, null, "总体平稳")), List.of());
        List<Signature> signed = r.interviewers().stream().map(i -> new Signature(i.personId(), SignatureStatus.SIGNED)).toList();
        String note = "拒".repeat(Limits.INTERVIEWEE_NOTE);
        InterviewRecord declined = m.records.updateSignatures(m.member2, r.id(), new Signatures(signed, SignatureStatus.DECLINED, note,
                r.version()));
        assertThat(m.records.record(m.member2, r.id()).intervieweeNote()).isEqualTo(note);
        assertThat(m.db.stored("xc_ivr_record", "interviewee_note_enc", r.id()).length()).isLessThanOrEqualTo(4000);
        assertThat(refusal(() -> m.records.updateSignatures(m.member2, r.id(), new Signatures(signed, SignatureStatus.DECLINED, note + "拒",
                declined.version()))).code()).isEqualTo("validation");
        assertThat(m.records.signOff(m.member2, r.id(), declined.version()).status()).isEqualTo(RecordStatus.SIGNED);
    }
}
