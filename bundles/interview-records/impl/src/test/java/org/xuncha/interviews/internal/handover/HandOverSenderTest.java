package org.xuncha.interviews.internal.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.interviews.internal.TestModule.LEADER;
import static org.xuncha.interviews.internal.TestModule.MEMBER2;
import static org.xuncha.interviews.internal.TestModule.MEMBER;
import static org.xuncha.interviews.internal.TestModule.TOP;
import static org.xuncha.interviews.internal.TestModule.interview;
import static org.xuncha.testkit.Refusals.refusal;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.interviews.api.HandOver;
import org.xuncha.interviews.api.HandOverKind;
import org.xuncha.interviews.api.HandOverStatus;
import org.xuncha.interviews.api.InterviewRecord;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.RaiseDraft;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.internal.TestModule;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.PageRequest;

/** Items raised while lead transfer was away reach it when it comes, as whoever raised them, or wait with the reason. */
class HandOverSenderTest {

    final TestModule m = new TestModule();
    final InterviewRecord record = m.record(m.plan(interview(null, TOP, m.template("一把手谈话提纲"), List.of(LEADER, MEMBER2), MEMBER))
            .interviews().get(0), List.of(new Section(null, null, "谈话内容")), List.of());
    final TestModule.Intake intake = new TestModule.Intake();

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    HandOver raise(String description) {
        return m.records.raise(m.member, record.id(), new RaiseDraft(HandOverKind.PROBLEM, null, description, null, null, null, null,
                null, null));
    }

    @Test
    void pendingItemsGoThroughWhenLeadTransferComesOnBehalfOfWhoeverRaisedThem() throws Exception {
        HandOver first = raise("问题一");
        HandOver second = m.records.raise(m.leader, record.id(), new RaiseDraft(HandOverKind.LEAD, null, "线索二", null, null, null, "某人",
                null, null));
        assertThat(m.handOvers.state(m.member).pending()).isEqualTo(2);
        assertThat(refusal(() -> m.handOvers.submit(m.member, first.id())).code()).isEqualTo("lead_transfer_unavailable");

        m.leadTransfer(intake);
        m.awaitHandOvers();
        assertThat(m.handOvers.state(m.member)).satisfies(s -> {
            assertThat(s.available()).isTrue();
            assertThat(s.pending()).isZero();
        });
        assertThat(intake.received).containsExactlyInAnyOrder(
                "ivr-member: problem interview-records:record:" + record.id() + " 问题一",
                "ivr-leader: lead interview-records:record:" + record.id() + " 某人 线索二");
        assertThat(m.raised.get(second.id()).handedOverBy()).isEqualTo("ivr-leader");
        assertThat(refusal(() -> m.handOvers.submit(m.member, first.id())).code()).isEqualTo("handed_over");
    }

    @Test
    void aRefusalOrAnAccountGoneKeepsTheItemPendingWithTheReasonUntilAMemberHandsItOver() {
        // the automatic runs are made here one by one, not in the background, so their attempts can be counted
        m.sender.stop();
        HandOver refusedItem = raise("问题三");
        m.accounts.remove("ivr-member");
        m.leadTransfer(intake);
        m.sender.handOverPending(0);
        assertThat(m.raised.get(refusedItem.id()).lastError()).contains("提出人账号已停用");

        m.accounts.add(m.member);
        intake.refusing = ApiException.forbidden("lead-transfer.problem.write");
        m.sender.handOverPending(0);
        HandOver waiting = m.raised.get(refusedItem.id());
        assertThat(waiting.status()).isEqualTo(HandOverStatus.PENDING);
        assertThat(waiting.lastError()).startsWith("403 forbidden");
        assertThat(waiting.attempts()).isEqualTo(2);
        assertThat(refusal(() -> m.handOvers.submit(m.member2, refusedItem.id())).code()).isEqualTo("forbidden");

        intake.refusing = null;
        assertThat(m.handOvers.submit(m.member2, refusedItem.id()).handedOverBy()).isEqualTo("ivr-member2");
        assertThat(m.handOvers.list(m.member, HandOverStatus.PENDING, PlanQuery.all(), PageRequest.first(10)).total()).isZero();
        assertThat(m.handOvers.list(m.otherGroup, null, PlanQuery.all(), PageRequest.first(10)).total()).isZero();
    }
}
