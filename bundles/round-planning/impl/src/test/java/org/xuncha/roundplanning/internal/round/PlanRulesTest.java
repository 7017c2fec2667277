package org.xuncha.roundplanning.internal.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.roundplanning.api.ApprovalBody;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.PlanStatus;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.internal.round.PlanRules.GroupFacts;

class PlanRulesTest {

    @Test
    void leadingGroupThenCommitteeApprove() {
        PlanStatus s = PlanRules.decide(PlanStatus.DRAFT, ApprovalBody.LEADING_GROUP, true);
        assertThat(s).isEqualTo(PlanStatus.LEADING_GROUP_APPROVED);
        assertThat(PlanRules.decide(s, ApprovalBody.COMMITTEE, true)).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void theCommitteeCannotApproveBeforeTheLeadingGroup() {
        assertThatThrownBy(() -> PlanRules.decide(PlanStatus.DRAFT, ApprovalBody.COMMITTEE, true))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("leading_group_first");
                });
    }

    @Test
    void aReturnSendsThePlanBackToDraft() {
        assertThat(PlanRules.decide(PlanStatus.DRAFT, ApprovalBody.LEADING_GROUP, false)).isEqualTo(PlanStatus.DRAFT);
        assertThat(PlanRules.decide(PlanStatus.LEADING_GROUP_APPROVED, ApprovalBody.COMMITTEE, false)).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void decisionsOnADecidedPlanAreRefused() {
        assertThatThrownBy(() -> PlanRules.decide(PlanStatus.LEADING_GROUP_APPROVED, ApprovalBody.LEADING_GROUP, true))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("already_decided"));
        for (ApprovalBody body : ApprovalBody.values()) {
            assertThatThrownBy(() -> PlanRules.decide(PlanStatus.APPROVED, body, true))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("already_approved"));
        }
    }

    @Test
    void anApprovedPlanChangesOnlyUnderAnOpenAmendment() {
        assertThatCode(() -> PlanRules.requireEditable(Stage.PREPARATION, PlanStatus.DRAFT, false)).doesNotThrowAnyException();
        for (PlanStatus s : List.of(PlanStatus.LEADING_GROUP_APPROVED, PlanStatus.APPROVED)) {
            assertThatThrownBy(() -> PlanRules.requireEditable(Stage.PREPARATION, s, false))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.code()).isEqualTo("plan_locked");
                        assertThat(e.messageZh()).contains("方案调整");
                        assertThat(e.messageEn()).contains("amendment");
                    });
            assertThatCode(() -> PlanRules.requireEditable(Stage.FIELDWORK, s, true)).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> PlanRules.requireEditable(Stage.ARCHIVE, PlanStatus.APPROVED, true))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("archived"));
    }

    @Test
    void aPlanGoesToApprovalWithDatesAndTargets() {
        assertThatCode(() -> PlanRules.requireComplete(true, 3)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PlanRules.requireComplete(false, 0))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.messageZh()).isEqualTo("方案不完整，缺少：计划进驻和结束日期、被巡察单位"));
    }

    @Test
    void entryNeedsAnApprovedPlanTargetsInGroupsAndAuthorisedLeaders() {
        GroupFacts ready = new GroupFacts("第一巡察组", List.of(GroupRole.LEADER, GroupRole.DEPUTY, GroupRole.MEMBER), true);
        assertThat(PlanRules.entryProblems(PlanStatus.APPROVED, false, 3, 0, List.of(ready))).isEmpty();

        GroupFacts noLeader = new GroupFacts("第二巡察组", List.of(GroupRole.MEMBER), false);
        List<String[]> problems = PlanRules.entryProblems(PlanStatus.LEADING_GROUP_APPROVED, true, 3, 1, List.of(ready, noLeader));
        assertThat(problems).extracting(p -> p[0]).containsExactly("方案尚未经书记专题会（常委会）批准", "方案调整尚未完成",
                "1个被巡察单位未分配巡察组", "第二巡察组须有一名组长", "第二巡察组尚未取得授权（一次一授权）");
        assertThatThrownBy(() -> PlanRules.requireReadyForEntry(problems))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("not_ready");
                    assertThat(e.messageEn()).startsWith("The round cannot enter yet: the plan is not approved");
                });
        assertThat(PlanRules.entryProblems(PlanStatus.APPROVED, false, 0, 0, List.of())).extracting(p -> p[1])
                .containsExactly("the round has no targets", "the round has no groups");
    }
}
