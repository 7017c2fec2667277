package org.xuncha.interviews.internal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.LeaderNote;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.PlannedInterview;
import org.xuncha.interviews.api.PlannedStatus;
import org.xuncha.interviews.api.RecordDraft;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.api.Signature;
import org.xuncha.interviews.api.SignatureStatus;
import org.xuncha.interviews.api.Signatures;
import org.xuncha.interviews.internal.Limits;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;

class RecordRulesTest {

    static final LocalDateTime AT = LocalDateTime.of(2026, 11, 10, 9, 0);

    static PlannedInterview planned(PlannedStatus status, Long recordId) {
        return new PlannedInterview(5, 1, IntervieweeCategory.TOP_LEADER, 11L, "张明", "党组书记", 3L, List.of(), List.of(101L, 102L),
                103L, AT, "谈话室", status, recordId, 0);
    }

    static RecordDraft empty() {
        return new RecordDraft(5L, null, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), null);
    }

    @Test
    void thePlanFillsInWhatTheRecordLeavesEmpty() {
        RecordDraft d = RecordRules.withPlanDefaults(empty(), planned(PlannedStatus.PLANNED, null));
        assertThat(d.personId()).isEqualTo(11L);
        assertThat(d.category()).isEqualTo(IntervieweeCategory.TOP_LEADER);
        assertThat(d.heldAt()).isEqualTo(AT);
        assertThat(d.interviewerIds()).containsExactly(101L, 102L);
        assertThat(d.recorderId()).isEqualTo(103L);

        RecordDraft someoneElse = new RecordDraft(5L, null, null, null, IntervieweeCategory.SERVED, null, "群众甲", null,
                AT.plusHours(1), "街道办", List.of(102L, 103L), 102L, List.of(), List.of(), 2L);
        RecordDraft kept = RecordRules.withPlanDefaults(someoneElse, planned(PlannedStatus.PLANNED, null));
        assertThat(kept.personId()).isNull();
        assertThat(kept.intervieweeName()).isEqualTo("群众甲");
        assertThat(kept.place()).isEqualTo("街道办");
        assertThat(kept.version()).isEqualTo(2L);
    }

    @Test
    void aPlannedInterviewIsRecordedOnceUnlessCancelledAndOnlyForItsOwnRoundGroupAndUnit() {
        RecordRules.checkPlanned(empty(), planned(PlannedStatus.PLANNED, null), 1, 2, 3);
        RecordDraft otherUnit = new RecordDraft(5L, 1L, 2L, 4L, null, null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> RecordRules.checkPlanned(otherUnit, planned(PlannedStatus.PLANNED, null), 1, 2, 3))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.fields()).extracting(FieldError::field)
                        .containsExactly("plannedInterviewId"));
        assertThatThrownBy(() -> RecordRules.checkPlanned(empty(), planned(PlannedStatus.CANCELLED, null), 1, 2, 3))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("cancelled"));
        assertThatThrownBy(() -> RecordRules.checkPlanned(empty(), planned(PlannedStatus.HELD, 77L), 1, 2, 3))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void aRecordKeepsItsRoundGroupUnitAndPlannedInterview() {
        RecordRules.unchanged(empty(), 1, 2, 3, 5L);
        RecordDraft moved = new RecordDraft(6L, 1L, 9L, 3L, null, null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> RecordRules.unchanged(moved, 1, 2, 3, 5L)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.fields()).extracting(FieldError::field).containsExactlyInAnyOrder("roundId", "plannedInterviewId"));
    }

    @Test
    void signaturesListEveryInterviewerOnceAndADeclineIsExplained() {
        Map<Long, SignatureStatus> ok = RecordRules.signatures(new Signatures(List.of(new Signature(101, SignatureStatus.SIGNED),
                new Signature(102, SignatureStatus.PENDING)), SignatureStatus.DECLINED, "本人拒绝签字", 0L), Set.of(101L, 102L));
        assertThat(ok).containsEntry(101L, SignatureStatus.SIGNED).containsEntry(102L, SignatureStatus.PENDING);

        Signatures bad = new Signatures(Arrays.asList(new Signature(101, SignatureStatus.DECLINED), null), SignatureStatus.DECLINED,
                "拒".repeat(Limits.INTERVIEWEE_NOTE + 1), 0L);
        assertThatThrownBy(() -> RecordRules.signatures(bad, Set.of(101L, 102L))).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.fields()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                        tuple("interviewers", "invalid"), tuple("interviewers", "invalid"), tuple("intervieweeNote", "too_long")));
        Signatures unexplained = new Signatures(List.of(new Signature(101, SignatureStatus.SIGNED)), SignatureStatus.DECLINED, " ", 0L);
        assertThatThrownBy(() -> RecordRules.signatures(unexplained, Set.of(101L))).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.fields()).extracting(FieldError::field, FieldError::code).containsExactly(tuple("intervieweeNote", "required")));
    }

    @Test
    void signingOffNeedsContentEveryInterviewersSignatureAndTheIntervieweesAnswer() {
        assertThat(RecordRules.notReady(true, List.of(SignatureStatus.SIGNED, SignatureStatus.SIGNED), SignatureStatus.DECLINED)).isEmpty();
        assertThat(RecordRules.notReady(false, List.of(SignatureStatus.SIGNED, SignatureStatus.PENDING), SignatureStatus.PENDING))
                .containsExactly("谈话内容为空", "谈话人未全部签字", "被谈话人未签字（拒绝签字的应注明）");
    }

    @Test
    void aCorrectionKeepsThePreviousContentAsTextAndAListIsAuditedByItsFilterOnly() {
        String text = RecordRules.render(List.of(new Section("a", "工作情况", "推进有力"), new Section(null, null, "补充")),
                List.of(new LeaderNote(7L, "廉洁"), new LeaderNote(null, "团结")));
        assertThat(text).isEqualTo("【工作情况】\n推进有力\n\n【其他】\n补充\n\n【必谈内容：人员 7】\n廉洁\n\n【必谈内容：领导班子整体】\n团结");
        assertThat(RecordRules.describe(new PlanQuery(1L, null, 3L))).isEqualTo("轮次 1，单位 3");
        assertThat(RecordRules.describe(PlanQuery.all())).isEqualTo("全部");
    }
}
