package org.xuncha.leadtransfer.internal.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.leadtransfer.internal.TestModule.CITY_ROUND;
import static org.xuncha.leadtransfer.internal.TestModule.GROUP_1;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_EDU;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_SCHOOL;
import static org.xuncha.leadtransfer.internal.TestModule.groupLeader;
import static org.xuncha.leadtransfer.internal.TestModule.office;
import static org.xuncha.leadtransfer.internal.TestModule.officeLeader;
import static org.xuncha.leadtransfer.internal.TestModule.problem;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.api.LeadEvents;
import org.xuncha.leadtransfer.internal.TestModule;
import org.xuncha.platform.api.security.Caller;

/** The approval sheet: the group's sign-off, the office's review, the leading group's decision; and approved problems in bulk. */
class ApprovalServiceTest {

    final TestModule m = new TestModule();

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    @Test
    void aDraftIsSignedOffReviewedAndDecidedWithoutRoundPlanning() {
        long id = m.aProblem();
        m.stopRoundPlanning();
        assertThat(m.approvals.submit(groupLeader(), id, "情况属实").status()).isEqualTo(ProblemStatus.SUBMITTED);
        assertThat(fields(() -> m.approvals.decide(office(), id, ApprovalStep.OFFICE, new ApprovalService.DecisionInput(Decision.RETURN, " "))))
                .containsExactly("opinion");
        assertThat(fields(() -> m.approvals.decide(office(), id, ApprovalStep.OFFICE, new ApprovalService.DecisionInput(Decision.APPROVE,
                "意".repeat(1001))))).containsExactly("opinion");
        m.approvals.decide(office(), id, ApprovalStep.OFFICE, new ApprovalService.DecisionInput(Decision.APPROVE, null));
        assertThat(m.approvals.decide(officeLeader(), id, ApprovalStep.LEADING_GROUP, new ApprovalService.DecisionInput(Decision.APPROVE,
                "同意")).status()).isEqualTo(ProblemStatus.APPROVED);
        assertThat(m.problems.get(office(), id).approvals()).extracting(ApprovalService.ApprovalView::opinion)
                .containsExactly("情况属实", null, "同意");
        assertThat(m.db.events(LeadEvents.PROBLEM_APPROVED)).hasSize(1);
        assertThat(refusal(() -> m.approvals.submit(groupLeader(), id, null)).status()).isEqualTo(409);
    }

    @Test
    void theSheetNamesTheSignerAsShownNotTheirLoginName() {
        long id = m.aProblem();
        Caller g = groupLeader();
        Caller named = new Caller(g.userId(), g.username(), "张组长", g.divisionCode(), g.personId(), g.roles(), g.permissions(), g.scope());
        m.approvals.submit(named, id, "情况属实");
        assertThat(m.problems.get(office(), id).approvals()).singleElement().satisfies(a -> {
            assertThat(a.actorName()).isEqualTo("张组长");
            assertThat(a.actor()).isEqualTo(g.username());
        });
    }

    @Test
    void anUnclassifiedDraftIsNotSubmitted() {
        long id = m.problems.create(office(), new ProblemService.ProblemInput(CITY_ROUND, GROUP_1, UNIT_EDU, null, "x", null, null, null, null,
                null, null)).id();
        assertThat(fields(() -> m.approvals.submit(groupLeader(), id, null))).containsExactly("category");
    }

    @Test
    void approvedProblemsAreEnteredInBulkAndOneRefusalRefusesAll() {
        Caller system = Caller.system("test");
        List<Long> ids = m.approvals.createApproved(system, List.of(problem(CITY_ROUND, GROUP_1, UNIT_EDU, "一"),
                problem(CITY_ROUND, GROUP_1, UNIT_SCHOOL, "二")));
        assertThat(ids).hasSize(2);
        assertThat(m.problems.get(system, ids.get(1)).approvals()).hasSize(3);
        assertThat(m.db.events(LeadEvents.PROBLEM_APPROVED)).hasSize(2);
        assertThat(fields(() -> m.approvals.createApproved(system, List.of(problem(CITY_ROUND, GROUP_1, UNIT_EDU, "三"),
                new ProblemService.ProblemInput(CITY_ROUND, GROUP_1, UNIT_EDU, null, "四", null, null, null, null, null, null)))))
                .containsExactly("category");
        assertThat(m.db.events(LeadEvents.PROBLEM_APPROVED)).as("nothing of the refused batch").hasSize(2);
    }
}
