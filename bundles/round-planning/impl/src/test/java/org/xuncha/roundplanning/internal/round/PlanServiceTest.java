package org.xuncha.roundplanning.internal.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.refusal;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.roundplanning.api.Amendment;
import org.xuncha.roundplanning.api.Approval;
import org.xuncha.roundplanning.api.ApprovalBody;
import org.xuncha.roundplanning.api.PlanStatus;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundEvents;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.Testbed;
import org.xuncha.testkit.TestCallers;

class PlanServiceTest {

    private final Testbed t = new Testbed();
    private final PlanService plans = t.plans;

    @AfterEach
    void close() {
        t.close();
    }

    private Round plannedRound() {
        Term term = t.cityTerm();
        Round r = t.round(term.id(), t.today().plusDays(10));
        t.addTargets(r.id(), t.edu);
        return r;
    }

    @Test
    void theLeadingGroupThenTheCommitteeApproveAndEachDecisionIsAnnounced() {
        Round r = plannedRound();
        var staff = TestCallers.office("staff", Testbed.CITY, Set.of(Testbed.CITY), null, RoundPlanningPermissions.ROUND_READ);
        assertThat(refusal(() -> plans.decide(staff, r.id(), new Approval.Request(ApprovalBody.LEADING_GROUP, true, null))).status())
                .isEqualTo(403);
        assertThat(refusal(() -> plans.decide(t.office, r.id(), new Approval.Request(ApprovalBody.COMMITTEE, true, null))).code())
                .isEqualTo("leading_group_first");
        assertThat(fieldCodes(() -> plans.decide(t.office, r.id(), new Approval.Request(ApprovalBody.LEADING_GROUP, false, " "))))
                .containsExactly("opinion:required");
        assertThat(fieldCodes(() -> plans.decide(t.office, r.id(), new Approval.Request(null, null, "意".repeat(2001)))))
                .containsExactlyInAnyOrder("body:required", "approved:required", "opinion:too_long");
        t.approve(r.id());
        assertThat(t.rounds.round(t.office, r.id()).approvals()).extracting(Approval::body)
                .containsExactly(ApprovalBody.LEADING_GROUP, ApprovalBody.COMMITTEE);
        assertThat(t.db.events()).filteredOn(e -> e.topic().equals(RoundEvents.PLAN_DECIDED))
                .extracting(e -> e.properties().get(RoundEvents.TO)).containsExactly("LEADING_GROUP_APPROVED", "APPROVED");
    }

    /** Recording the past: a decision dated on a past day under the history permission only, never before the previous one nor in the future. */
    @Test
    void aDecisionTakesAPastDayUnderTheHistoryPermissionOnly() {
        Round r = plannedRound();
        var leader = TestCallers.office("leader", Testbed.CITY, Set.of(Testbed.CITY), null, RoundPlanningPermissions.ROUND_READ,
                RoundPlanningPermissions.APPROVE_LEADING_GROUP, RoundPlanningPermissions.APPROVE_COMMITTEE);
        java.time.LocalDate day = t.today().minusDays(30);
        assertThat(refusal(() -> plans.decide(leader, r.id(), new Approval.Request(ApprovalBody.LEADING_GROUP, true, null, day))).status())
                .isEqualTo(403);
        assertThat(fieldCodes(() -> plans.decide(t.office, r.id(), new Approval.Request(ApprovalBody.LEADING_GROUP, true, null,
                t.today().plusDays(1))))).containsExactly("date:out_of_range");
        plans.decide(t.office, r.id(), new Approval.Request(ApprovalBody.LEADING_GROUP, true, null, day));
        assertThat(fieldCodes(() -> plans.decide(t.office, r.id(), new Approval.Request(ApprovalBody.COMMITTEE, true, null,
                day.minusDays(1))))).containsExactly("date:out_of_range");
        plans.decide(t.office, r.id(), new Approval.Request(ApprovalBody.COMMITTEE, true, null, day.plusDays(7)));
        assertThat(t.rounds.round(t.office, r.id()).approvals()).extracting(a -> a.at().toLocalDate())
                .containsExactly(day, day.plusDays(7));
    }

    @Test
    void anIncompletePlanCannotBeApproved() {
        Round r = t.rounds.create(t.office, new Round.Draft(t.cityTerm().id(), null, null, RoundType.REGULAR, null, null, null, null, null, null));
        assertThat(refusal(() -> plans.decide(t.office, r.id(), new Approval.Request(ApprovalBody.LEADING_GROUP, true, null))).code())
                .isEqualTo("plan_incomplete");
    }

    @Test
    void anApprovedPlanChangesOnlyUnderAnAmendmentWhichListsEachChange() {
        Round r = plannedRound();
        assertThat(refusal(() -> plans.openAmendment(t.office, r.id(), new Amendment.Request("理由"))).code()).isEqualTo("plan_draft");
        t.approve(r.id());
        assertThat(refusal(() -> t.addTargets(r.id(), t.firm)).code()).isEqualTo("plan_locked");
        assertThat(fieldCodes(() -> plans.openAmendment(t.office, r.id(), new Amendment.Request("由".repeat(2001)))))
                .containsExactly("reason:too_long");
        Amendment a = plans.openAmendment(t.office, r.id(), new Amendment.Request("书记专题会要求增加国有企业"));
        assertThat(refusal(() -> plans.openAmendment(t.office, r.id(), new Amendment.Request("再开一个"))).code()).isEqualTo("amendment_open");
        assertThat(refusal(() -> plans.decide(t.office, r.id(), new Approval.Request(ApprovalBody.COMMITTEE, true, null))).code())
                .isEqualTo("amendment_open");
        t.addTargets(r.id(), t.firm);
        Amendment closed = plans.closeAmendment(t.office, r.id(), a.id());
        assertThat(closed.changes()).containsExactly("新增被巡察单位：聊城市交通发展集团党委");
        assertThat(closed.open()).isFalse();
        assertThat(refusal(() -> plans.closeAmendment(t.office, r.id(), a.id())).code()).isEqualTo("amendment_closed");
        assertThat(refusal(() -> plans.closeAmendment(t.office, r.id(), 4242)).status()).isEqualTo(404);
        assertThat(t.rounds.round(t.office, r.id()).round().planStatus()).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void aChangeListedUnderAnAmendmentIsCutToItsColumn() {
        Round r = plannedRound();
        t.approve(r.id());
        Amendment a = plans.openAmendment(t.office, r.id(), new Amendment.Request("增加单位"));
        for (int i = 0; i < 80; i++) {
            t.reference.addUnit("LONG-" + i, "名称很长的被巡察单位党委第" + i + "号", Testbed.CITY, "事业单位", "社会民生", "长名系统");
        }
        t.targets.add(t.office, r.id(), new org.xuncha.roundplanning.api.Target.Selection(null, null, null, "长名系统", null, null, null));
        String change = plans.closeAmendment(t.office, r.id(), a.id()).changes().get(0);
        assertThat(change).hasSize(PlanService.CHANGE).endsWith("…");
    }
}
