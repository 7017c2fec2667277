package org.xuncha.personnelpools.internal.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.refusal;

import org.junit.jupiter.api.Test;
import org.xuncha.personnelpools.api.Incentives;
import org.xuncha.personnelpools.api.Incentives.NominationStatus;

class IncentiveRulesTest {

    @Test
    void aNominationNamesRoundPersonAndAReasonOfFittingLength() {
        assertThat(fieldCodes(() -> IncentiveRules.check(new Incentives.NominationDraft(null, null, " "))))
                .containsExactlyInAnyOrder("roundId:required", "personId:required", "reason:required");
        assertThat(fieldCodes(() -> IncentiveRules.check(new Incentives.NominationDraft(1L, 2L, "理".repeat(501))))).containsExactly("reason:too_long");
        assertThat(fieldCodes(() -> IncentiveRules.check((Incentives.NominationDraft) null))).containsExactly("body:required");
        assertThat(fieldCodes(() -> IncentiveRules.check(new Incentives.Decision(null, "注".repeat(501)))))
                .containsExactlyInAnyOrder("approve:required", "note:too_long");
    }

    @Test
    void onlyAPendingNominationIsDecidedAndApprovalsStayWithinTheQuota() {
        IncentiveRules.checkDecision(NominationStatus.PENDING, true, 2, 3);
        IncentiveRules.checkDecision(NominationStatus.PENDING, false, 3, 3);
        assertThat(refusal(() -> IncentiveRules.checkDecision(NominationStatus.PENDING, true, 3, 3)).code()).isEqualTo("quota_full");
        assertThat(refusal(() -> IncentiveRules.checkDecision(NominationStatus.APPROVED, false, 0, 3)).code()).isEqualTo("already_decided");
        assertThat(refusal(() -> IncentiveRules.checkDecision(NominationStatus.REJECTED, true, 0, 3)).code()).isEqualTo("already_decided");
    }
}
