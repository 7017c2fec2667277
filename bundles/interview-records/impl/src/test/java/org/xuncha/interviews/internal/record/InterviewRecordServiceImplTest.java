package org.xuncha.interviews.internal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.xuncha.interviews.internal.TestModule.DEPUTY;
import static org.xuncha.interviews.internal.TestModule.GROUP;
import static org.xuncha.interviews.internal.TestModule.LEADER;
import static org.xuncha.interviews.internal.TestModule.MEMBER2;
import static org.xuncha.interviews.internal.TestModule.MEMBER;
import static org.xuncha.interviews.internal.TestModule.MIDDLE;
import static org.xuncha.interviews.internal.TestModule.ROUND;
import static org.xuncha.interviews.internal.TestModule.TOP;
import static org.xuncha.interviews.internal.TestModule.UNIT;
import static org.xuncha.interviews.internal.TestModule.interview;
import static org.xuncha.testkit.Refusals.refusal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xuncha.interviews.api.InterviewPlan;
import org.xuncha.interviews.api.InterviewRecord;
import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.LeaderNote;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.PlannedStatus;
import org.xuncha.interviews.api.RecordDraft;
import org.xuncha.interviews.api.RecordSummary;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.internal.TestModule;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterviewRecordServiceImplTest {

    static final String SAID = "一把手在工程项目招标中打招呼";

    final TestModule m = new TestModule();
    final InterviewPlan plan = m.plan(interview(null, TOP, m.template("一把手谈话提纲"), List.of(LEADER, MEMBER2), MEMBER),
            interview(null, MIDDLE, m.template("中层干部和一般干部职工谈话提纲"), List.of(MEMBER, MEMBER2), MEMBER),
            interview(null, DEPUTY, m.template("领导班子成员谈话提纲"), List.of(LEADER, MEMBER), MEMBER2));

    @AfterAll
    void close() throws Exception {
        m.close();
    }

    @Test
    void aRecordOfAPlannedInterviewTakesThePlansPeopleAndKeepsWhatWasSaidEncrypted() throws Exception {
        InterviewRecord r = m.record(plan.interviews().get(0), List.of(new Section("party-leadership", "贯彻落实情况", SAID)),
                List.of(new LeaderNote(DEPUTY, "分管工作推进有力")));
        assertThat(r.intervieweeName()).isEqualTo("张明");
        assertThat(r.recorderId()).isEqualTo(MEMBER);
        assertThat(r.coversMandatoryTopic()).isTrue();
        assertThat(m.plans.plan(m.member, plan.id()).interviews().get(0).status()).isEqualTo(PlannedStatus.HELD);

        try (Connection c = m.db.database().connection(); ResultSet rs = c.createStatement().executeQuery(
                "select text_enc from xc_ivr_record_section where record_id = " + r.id())) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("sm4b:").doesNotContain(SAID);
        }
        assertThat(m.records.record(m.member2, r.id()).sections().get(0).text()).isEqualTo(SAID);
        assertThat(m.db.audits()).anyMatch(a -> a.action() == AuditAction.READ && a.actor().equals("ivr-member2") && a.id().equals(String.valueOf(r.id())));
        assertThat(m.db.audits()).noneMatch(a -> a.summary().contains(SAID) || a.summary().contains("张明"));

        // a planned interview is recorded once
        assertThat(refusal(() -> m.record(plan.interviews().get(0), List.of(new Section(null, null, "再记一次")), List.of())).code())
                .isEqualTo("already_recorded");
    }

    @Test
    void theListIsAuditedByItsFilterAndShowsNoContentAndAnotherGroupSeesNothing() {
        m.record(plan.interviews().get(1), List.of(new Section("work-style", "作风", "会议较多")), List.of(new LeaderNote(TOP, "反映一把手")));
        List<RecordSummary> mine = m.records.records(m.member, new PlanQuery(ROUND, GROUP, UNIT), PageRequest.first(100)).items();
        assertThat(mine).isNotEmpty();
        assertThat(m.db.audits()).anyMatch(a -> a.action() == AuditAction.READ && a.summary().startsWith("查看谈话记录列表（轮次 1，巡察组 2，单位 7"));
        assertThat(m.records.records(m.otherGroup, PlanQuery.all(), PageRequest.first(100)).total()).isZero();
        assertThat(refusal(() -> m.records.record(m.otherGroup, mine.get(0).id())).code()).isEqualTo("out_of_scope");
    }

    @Test
    void aDraftIsChangedInPlaceButNeverMovedAndWhatItNamesMustExist() {
        RecordDraft unplanned = new RecordDraft(null, ROUND, GROUP, UNIT, IntervieweeCategory.SERVED, null, "群众甲", null,
                LocalDateTime.of(2026, 11, 15, 15, 0), "街道办", List.of(LEADER, MEMBER), MEMBER, List.of(new Section(null, null, "办事难")),
                List.of(), null);
        InterviewRecord r = m.records.create(m.member, unplanned);
        RecordDraft moved = new RecordDraft(null, ROUND + 1, GROUP, UNIT, IntervieweeCategory.SERVED, null, "群众甲", null,
                r.heldAt(), "街道办", List.of(LEADER, MEMBER), MEMBER, List.of(new Section(null, null, "办事难")), List.of(), r.version());
        assertThat(refusal(() -> m.records.update(m.member, r.id(), moved)).fields()).extracting(FieldError::field).containsExactly("roundId");
        RecordDraft changed = new RecordDraft(null, null, null, null, IntervieweeCategory.SERVED, null, "群众乙", null,
                r.heldAt(), "社区", List.of(LEADER, MEMBER), MEMBER, List.of(new Section(null, null, "办事更难")), List.of(), r.version());
        assertThat(m.records.update(m.member, r.id(), changed).intervieweeName()).isEqualTo("群众乙");

        RecordDraft ghost = new RecordDraft(987654L, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(refusal(() -> m.records.create(m.member, ghost)).fields()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("plannedInterviewId", "not_found"));
        RecordDraft wrongPeople = new RecordDraft(null, ROUND, GROUP, UNIT, null, 555L, null, null, LocalDateTime.of(1800, 1, 1, 0, 0), " ",
                List.of(LEADER), 201L, List.of(), List.of(new LeaderNote(MIDDLE, "不是班子成员")), null);
        assertThat(refusal(() -> m.records.create(m.member, wrongPeople)).fields()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "personId", "category", "interviewerIds", "recorderId", "heldAt", "place", "leaderNotes[0].personId");
        assertThat(refusal(() -> m.records.create(m.member, null)).status()).isEqualTo(400);
    }

    @Test
    void attachmentsAreReachedOnlyThroughTheirOwnRecordAndTheirMediaTypeFitsTheStore() {
        InterviewRecord r = m.records.create(m.member, new RecordDraft(null, ROUND, GROUP, UNIT, IntervieweeCategory.SERVED, null, "群众丙",
                null, LocalDateTime.of(2026, 11, 16, 9, 0), "街道办", List.of(LEADER, MEMBER), MEMBER, List.of(), List.of(), null));
        Attachment a = m.records.attach(m.member, r.id(), "签字页.txt", "text/plain", "扫描件".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(m.records.attachment(m.member2, r.id(), a.id()).content(), StandardCharsets.UTF_8)).isEqualTo("扫描件");
        assertThat(m.records.record(m.member, r.id()).attachments()).extracting(Attachment::id).containsExactly(a.id());
        assertThat(refusal(() -> m.records.attachment(m.member, r.id() + 1, a.id())).status()).isEqualTo(404);
        ApiException longType = refusal(() -> m.records.attach(m.member, r.id(), "a.txt", "text/plain; x=" + "y".repeat(100), new byte[] {1}));
        assertThat(longType.fields()).extracting(FieldError::field).containsExactly("Content-Type");
    }
}
