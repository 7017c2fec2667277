package org.xuncha.leadtransfer.internal.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xuncha.platform.api.rest.ApiException;

class ApprovalFlowTest {

    @Test
    void aProblemPassesGroupOfficeAndLeadingGroupInThatOrder() {
        ProblemStatus s = ProblemStatus.DRAFT;
        s = ApprovalFlow.submit(s).to();
        assertThat(s).isEqualTo(ProblemStatus.SUBMITTED);
        ApprovalFlow.Transition office = ApprovalFlow.decide(s, ApprovalStep.OFFICE, Decision.APPROVE);
        assertThat(office.step()).isEqualTo(ApprovalStep.OFFICE);
        assertThat(office.to()).isEqualTo(ProblemStatus.OFFICE_APPROVED);
        ApprovalFlow.Transition leadingGroup = ApprovalFlow.decide(office.to(), ApprovalStep.LEADING_GROUP, Decision.APPROVE);
        assertThat(leadingGroup.to()).isEqualTo(ProblemStatus.APPROVED);
    }

    @Test
    void theLeadingGroupCannotDecideBeforeTheOfficeReviewed() {
        assertThatThrownBy(() -> ApprovalFlow.decide(ProblemStatus.SUBMITTED, ApprovalStep.LEADING_GROUP, Decision.APPROVE))
                .isInstanceOf(ApiException.class).satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(409));
        assertThatThrownBy(() -> ApprovalFlow.decide(ProblemStatus.DRAFT, ApprovalStep.OFFICE, Decision.APPROVE))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void aReturnedProblemIsEditableAndCanBeSubmittedAgain() {
        ProblemStatus returned = ApprovalFlow.decide(ProblemStatus.OFFICE_APPROVED, ApprovalStep.LEADING_GROUP, Decision.RETURN).to();
        assertThat(returned).isEqualTo(ProblemStatus.RETURNED);
        assertThat(returned.editable()).isTrue();
        assertThat(ApprovalFlow.submit(returned).to()).isEqualTo(ProblemStatus.SUBMITTED);
        assertThat(ApprovalFlow.decide(ProblemStatus.SUBMITTED, ApprovalStep.OFFICE, Decision.RETURN).to()).isEqualTo(ProblemStatus.RETURNED);
    }

    @ParameterizedTest
    @EnumSource(value = ProblemStatus.class, names = {"SUBMITTED", "OFFICE_APPROVED", "APPROVED"})
    void aProblemUnderReviewOrApprovedCannotBeSubmittedOrChanged(ProblemStatus status) {
        assertThat(status.editable()).isFalse();
        assertThatThrownBy(() -> ApprovalFlow.submit(status)).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("not_editable"));
    }

    @Test
    void anApprovedProblemCannotBeReviewedAgain() {
        for (ApprovalStep step : new ApprovalStep[] {ApprovalStep.OFFICE, ApprovalStep.LEADING_GROUP}) {
            assertThatThrownBy(() -> ApprovalFlow.decide(ProblemStatus.APPROVED, step, Decision.RETURN)).isInstanceOf(ApiException.class);
        }
    }
}
