package org.xuncha.interviews.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.xuncha.interviews.internal.TestModule.DEPUTY2;
import static org.xuncha.interviews.internal.TestModule.DEPUTY;
import static org.xuncha.interviews.internal.TestModule.GROUP;
import static org.xuncha.interviews.internal.TestModule.LEADER;
import static org.xuncha.interviews.internal.TestModule.MEMBER2;
import static org.xuncha.interviews.internal.TestModule.MEMBER;
import static org.xuncha.interviews.internal.TestModule.OTHER_GROUP;
import static org.xuncha.interviews.internal.TestModule.ROUND;
import static org.xuncha.interviews.internal.TestModule.TOP;
import static org.xuncha.interviews.internal.TestModule.UNIT;
import static org.xuncha.interviews.internal.TestModule.interview;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xuncha.interviews.api.InterviewPlan;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.MandatoryTopicCheck;
import org.xuncha.interviews.api.PlanDraft;
import org.xuncha.interviews.api.PlanEdit;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.PlannedInterview;
import org.xuncha.interviews.api.PlannedInterviewDraft;
import org.xuncha.interviews.api.PlannedStatus;
import org.xuncha.interviews.api.Topic;
import org.xuncha.interviews.internal.Limits;
import org.xuncha.interviews.internal.TestModule;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.rest.PageRequest;

/** Plans on one module and database for the class; each test makes its own plans. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterviewPlanServiceImplTest {

    final TestModule m = new TestModule();
    final long topOutline = m.template("一把手谈话提纲");

    @AfterAll
    void close() throws Exception {
        m.close();
    }

    @Test
    void aPlanTellsWhomOfTheLeadershipTheMandatoryTopicMissesAndKeepsNamesEncrypted() throws Exception {
        PlannedInterviewDraft deputyWithoutTopic = new PlannedInterviewDraft(IntervieweeCategory.LEADING_GROUP, DEPUTY, null, null, null,
                List.of(new Topic(null, "分管领域工作情况", null)), List.of(LEADER, MEMBER), MEMBER2, LocalDateTime.of(2026, 11, 11, 9, 0),
                "谈话室二", null, null);
        InterviewPlan plan = m.plan(interview(null, TOP, topOutline, List.of(LEADER, MEMBER2), MEMBER), deputyWithoutTopic);

        assertThat(plan.interviews()).extracting(PlannedInterview::intervieweeName, PlannedInterview::category)
                .containsExactly(tuple("张明", IntervieweeCategory.TOP_LEADER), tuple("李华", IntervieweeCategory.LEADING_GROUP));
        MandatoryTopicCheck check = plan.check();
        assertThat(check.leadersRequired()).isEqualTo(3);
        assertThat(check.missing()).extracting(MandatoryTopicCheck.MissingTopic::personId, MandatoryTopicCheck.MissingTopic::reason)
                .contains(tuple(DEPUTY, MandatoryTopicCheck.Reason.NOT_IN_OUTLINE), tuple(DEPUTY2, MandatoryTopicCheck.Reason.NOT_PLANNED));
        assertThat(m.plans.missingTopics(m.member, ROUND, UNIT).missing()).isEqualTo(check.missing());

        String stored = m.db.stored("xc_ivr_planned", "name_enc", plan.interviews().get(0).id());
        assertThat(stored).startsWith("sm4b:").doesNotContain("张明");
        assertThat(m.db.events()).anyMatch(e -> e.topic().equals(InterviewRecordsEvents.PLAN_SAVED) && e.entityId().equals(String.valueOf(plan.id()))
                && e.properties().get(InterviewRecordsEvents.UNIT_ID).equals(UNIT));
        assertThat(m.plans.plans(m.member, new PlanQuery(ROUND, null, UNIT), PageRequest.first(100)).items())
                .extracting(InterviewPlan::id).contains(plan.id());
    }

    @Test
    void everyIdTheDraftNamesIsLookedUpAndAnotherGroupsPlanIsOutOfScope() {
        ApiException unknown = refusal(() -> m.plans.createPlan(m.member, new PlanDraft(999L, GROUP, UNIT, "计划", null, List.of())));
        assertThat(unknown.fields()).extracting(FieldError::field, FieldError::code).containsExactly(tuple("roundId", "not_found"));

        ApiException notATarget = refusal(() -> m.plans.createPlan(m.officeLeader, new PlanDraft(ROUND, OTHER_GROUP, UNIT, "计划", null, List.of())));
        assertThat(notATarget.fields()).extracting(FieldError::field, FieldError::code).containsExactly(tuple("unitId", "invalid"));

        assertThat(refusal(() -> m.plans.createPlan(m.otherGroup, new PlanDraft(ROUND, GROUP, UNIT, "越权", null, List.of()))).code())
                .isEqualTo("out_of_scope");

        PlannedInterviewDraft ownOutline = new PlannedInterviewDraft(IntervieweeCategory.STAFF, null, "某干部", null, 999L,
                List.of(new Topic(null, "其他", null)), List.of(LEADER, MEMBER), MEMBER, LocalDateTime.of(2026, 11, 12, 9, 0), "谈话室", null, null);
        ApiException template = refusal(() -> m.plan(ownOutline));
        assertThat(template.fields()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("interviews[0].templateId", "not_found"));

        m.roundPlanning(false);
        try {
            ApiException away = refusal(() -> m.plan());
            assertThat(away.status()).isEqualTo(503);
            assertThat(away.code()).isEqualTo("round_planning_unavailable");
        } finally {
            m.roundPlanning(true);
        }
    }

    @Test
    void textsFillTheirColumnsToTheLastCharacterAndNotOneMore() {
        String title = "计".repeat(Limits.TITLE);
        PlannedInterviewDraft served = new PlannedInterviewDraft(IntervieweeCategory.SERVED, null, "群".repeat(Limits.NAME),
                "职".repeat(Limits.POST), topOutline, null, List.of(LEADER, MEMBER), MEMBER, LocalDateTime.of(2026, 11, 13, 9, 0),
                "地".repeat(Limits.PLACE), null, null);
        InterviewPlan plan = m.plans.createPlan(m.member, new PlanDraft(ROUND, GROUP, UNIT, title, "注".repeat(Limits.PLAN_NOTE),
                List.of(served)));
        InterviewPlan read = m.plans.plan(m.member2, plan.id());
        assertThat(read.title()).isEqualTo(title);
        assertThat(read.interviews().get(0).intervieweeName()).hasSize(Limits.NAME);
        assertThat(read.interviews().get(0).place()).hasSize(Limits.PLACE);

        ApiException tooLong = refusal(() -> m.plans.updatePlan(m.member, plan.id(), new PlanEdit(title + "计", "注".repeat(Limits.PLAN_NOTE + 1),
                read.version())));
        assertThat(tooLong.fields()).extracting(FieldError::field).containsExactlyInAnyOrder("title", "note");
    }

    @Test
    void aPlannedInterviewIsChangedAtItsVersionCancelledOrRemoved() {
        InterviewPlan plan = m.plan(interview(null, DEPUTY2, m.template("领导班子成员谈话提纲"), List.of(LEADER, MEMBER), MEMBER2));
        PlannedInterview i = plan.interviews().get(0);
        PlannedInterviewDraft cancel = new PlannedInterviewDraft(null, DEPUTY2, null, null, i.templateId(), null, i.interviewerIds(),
                i.recorderId(), i.scheduledAt(), i.place(), PlannedStatus.CANCELLED, i.version());
        assertThat(m.plans.updateInterview(m.member, plan.id(), i.id(), cancel).status()).isEqualTo(PlannedStatus.CANCELLED);
        assertThat(refusal(() -> m.plans.updateInterview(m.member, plan.id(), i.id(), cancel)).code()).isEqualTo("stale");
        assertThat(refusal(() -> m.plans.updateInterview(m.member, plan.id() + 1000, i.id(), cancel)).status()).isEqualTo(404);

        PlannedInterview added = m.plans.addInterview(m.member2, plan.id(), interview(IntervieweeCategory.TOP_LEADER, TOP, topOutline,
                List.of(LEADER, MEMBER2), MEMBER));
        m.plans.removeInterview(m.member, plan.id(), added.id());
        assertThat(m.plans.plan(m.member, plan.id()).interviews()).extracting(PlannedInterview::id).containsExactly(i.id());
    }
}
