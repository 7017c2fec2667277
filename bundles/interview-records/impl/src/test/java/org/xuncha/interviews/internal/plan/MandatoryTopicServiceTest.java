package org.xuncha.interviews.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.xuncha.interviews.internal.TestModule.DEPUTY2;
import static org.xuncha.interviews.internal.TestModule.DEPUTY;
import static org.xuncha.interviews.internal.TestModule.LEADER;
import static org.xuncha.interviews.internal.TestModule.MEMBER2;
import static org.xuncha.interviews.internal.TestModule.MEMBER;
import static org.xuncha.interviews.internal.TestModule.OTHER_UNIT;
import static org.xuncha.interviews.internal.TestModule.ROUND;
import static org.xuncha.interviews.internal.TestModule.TOP;
import static org.xuncha.interviews.internal.TestModule.UNIT;
import static org.xuncha.interviews.internal.TestModule.interview;
import static org.xuncha.testkit.Refusals.refusal;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.interviews.api.InterviewPlan;
import org.xuncha.interviews.api.InterviewRecord;
import org.xuncha.interviews.api.MandatoryTopicCheck.MissingTopic;
import org.xuncha.interviews.api.MandatoryTopicCheck.Reason;
import org.xuncha.interviews.api.MandatoryTopicCheck;
import org.xuncha.interviews.api.PlannedInterview;
import org.xuncha.interviews.api.PlannedInterviewDraft;
import org.xuncha.interviews.api.PlannedStatus;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.internal.TestModule;

class MandatoryTopicServiceTest {

    final TestModule m = new TestModule();

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    @Test
    void theCheckCountsThePlansOfTheRoundAndUnitLeavesCancelledInterviewsOutAndFlagsRecordsWithoutTheTopic() {
        long deputyOutline = m.template("领导班子成员谈话提纲");
        InterviewPlan plan = m.plan(interview(null, TOP, m.template("一把手谈话提纲"), List.of(LEADER, MEMBER2), MEMBER),
                interview(null, DEPUTY, deputyOutline, List.of(LEADER, MEMBER), MEMBER2),
                interview(null, DEPUTY2, deputyOutline, List.of(LEADER, MEMBER), MEMBER2));
        assertThat(m.mandatory.check(m.member, ROUND, UNIT).complete()).isTrue();

        PlannedInterview deputy2 = plan.interviews().get(2);
        m.plans.updateInterview(m.member, plan.id(), deputy2.id(), new PlannedInterviewDraft(null, DEPUTY2, null, null, deputyOutline,
                null, deputy2.interviewerIds(), deputy2.recorderId(), deputy2.scheduledAt(), deputy2.place(), PlannedStatus.CANCELLED,
                deputy2.version()));
        InterviewRecord silent = m.record(plan.interviews().get(1), List.of(new Section("other-issues", "其他", "没有意见")), List.of());

        MandatoryTopicCheck check = m.mandatory.check(m.member, ROUND, UNIT);
        assertThat(check.leadersRequired()).isEqualTo(3);
        assertThat(check.leadersCovered()).isEqualTo(2);
        assertThat(check.missing()).extracting(MissingTopic::personId, MissingTopic::reason).containsExactly(tuple(DEPUTY2, Reason.NOT_PLANNED));
        assertThat(check.recordsMissingTopic()).containsExactly(silent.id());
        assertThat(m.mandatory.check(m.officeLeader, ROUND, OTHER_UNIT).leadersRequired()).isZero();
    }

    @Test
    void aPlannedInterviewIsHeldByOneRecordOnly() {
        InterviewPlan plan = m.plan(interview(null, TOP, m.template("一把手谈话提纲"), List.of(LEADER, MEMBER2), MEMBER));
        InterviewRecord r = m.record(plan.interviews().get(0), List.of(new Section(null, null, "谈话")), List.of());
        PlannedInterviews.PlannedRef ref = m.store.db().read(em -> m.planned.planned(em, plan.interviews().get(0).id()));
        assertThat(ref.interview().recordId()).isEqualTo(r.id());
        assertThat(ref.unitId()).isEqualTo(UNIT);
        assertThat(refusal(() -> m.store.db().write(em -> {
            m.planned.markHeld(em, ref.interview().id(), r.id() + 1);
            return null;
        })).code()).isEqualTo("already_recorded");
    }
}
