package org.xuncha.interviews.internal.handover;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.xuncha.interviews.api.HandOver;
import org.xuncha.interviews.api.HandOverKind;
import org.xuncha.interviews.api.HandOverStatus;
import org.xuncha.interviews.api.InterviewRecord;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.interviews.api.RaiseDraft;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.api.SourceType;
import org.xuncha.interviews.internal.TestModule;
import org.xuncha.platform.api.rest.FieldError;

/** Raising problems and leads while lead transfer is absent and while it runs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RaiseServiceTest {

    final TestModule m = new TestModule();
    final InterviewRecord record = m.record(m.plan(interview(null, TOP, m.template("一把手谈话提纲"), List.of(LEADER, MEMBER2), MEMBER))
            .interviews().get(0), List.of(new Section(null, null, "谈话内容")), List.of());

    @AfterAll
    void close() throws Exception {
        m.close();
    }

    @Test
    void withoutLeadTransferARaisedLeadIsKeptPendingEncryptedAndNamedFromReferenceData() throws Exception {
        HandOver lead = m.records.raise(m.member, record.id(), new RaiseDraft(HandOverKind.LEAD, null, "插手工程招投标", null, null, TOP,
                null, null, null));
        assertThat(lead.status()).isEqualTo(HandOverStatus.PENDING);
        assertThat(lead.personName()).isEqualTo("张明");
        assertThat(lead.concernsTopLeader()).isTrue();
        assertThat(m.db.stored("xc_ivr_handover", "description_enc", lead.id())).doesNotContain("插手工程招投标");
        assertThat(m.db.events()).anyMatch(e -> e.topic().equals(InterviewRecordsEvents.RAISED)
                && Boolean.FALSE.equals(e.properties().get(InterviewRecordsEvents.HANDED_OVER)));
        assertThat(m.raised.forSources(SourceType.RECORD, List.of(record.id()))).extracting(HandOver::id).contains(lead.id());
        assertThat(m.raised.pendingCounts(SourceType.RECORD, List.of(record.id())).get(record.id())).isPositive();
    }

    @Test
    void whileLeadTransferRunsARaisedProblemGoesThroughAtOnceAsTheCaller() {
        TestModule.Intake intake = new TestModule.Intake();
        m.leadTransfer(intake);
        try {
            HandOver problem = m.records.raise(m.member2, record.id(), new RaiseDraft(HandOverKind.PROBLEM, "c1", "会议过多", false, true,
                    null, null, null, null));
            assertThat(problem.status()).isEqualTo(HandOverStatus.HANDED_OVER);
            assertThat(problem.handedOverBy()).isEqualTo("ivr-member2");
            assertThat(intake.received).anyMatch(r -> r.equals("ivr-member2: problem interview-records:record:" + record.id() + " 会议过多"));
        } finally {
            m.leadTransfer(null);
        }
    }

    @Test
    void whatARaiseNamesIsLookedUpAndEveryProblemReportedAtOnce() {
        assertThat(refusal(() -> m.records.raise(m.member, record.id(), new RaiseDraft(HandOverKind.LEAD, null, " ", null, null, 4040L,
                null, null, null))).fields()).extracting(FieldError::field).containsExactlyInAnyOrder("description", "personId");
        assertThat(refusal(() -> m.records.raise(m.otherGroup, record.id(), new RaiseDraft(HandOverKind.PROBLEM, null, "越权", null, null,
                null, null, null, null))).code()).isEqualTo("out_of_scope");
    }
}
