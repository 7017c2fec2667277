package org.xuncha.leadtransfer.internal.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.ApiException;

class LeadLifecycleTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final LocalDate TRANSFERRED = LocalDate.of(2025, 3, 10);

    private static LeadLifecycle.State state(LeadStatus status, DisposalMethod... disposals) {
        Set<DisposalMethod> methods = EnumSet.noneOf(DisposalMethod.class);
        methods.addAll(List.of(disposals));
        return new LeadLifecycle.State(status, status == LeadStatus.REGISTERED ? null : TRANSFERRED,
                status == LeadStatus.REGISTERED || status == LeadStatus.TRANSFERRED ? null : TRANSFERRED.plusDays(3), methods);
    }

    @Test
    void aTransferNeedsReceiverDocumentNumberAndADateNotInTheFuture() {
        LeadLifecycle.transfer(state(LeadStatus.REGISTERED),
                new LeadLifecycle.TransferInput(ReceiverKind.DISCIPLINE_COMMISSION, null, "聊巡办移〔2025〕3号", TRANSFERRED), TODAY);
        assertThat(fields(() -> LeadLifecycle.transfer(state(LeadStatus.REGISTERED),
                new LeadLifecycle.TransferInput(null, null, " ", TODAY.plusDays(1)), TODAY)))
                .containsExactlyInAnyOrder("receiverKind", "documentNumber", "transferredOn");
        assertThat(fields(() -> LeadLifecycle.transfer(state(LeadStatus.REGISTERED),
                new LeadLifecycle.TransferInput(ReceiverKind.OTHER, null, "文号", TODAY), TODAY))).containsExactly("receiverName");
    }

    @Test
    void aLeadIsTransferredOnce() {
        ApiException e = refusal(() -> LeadLifecycle.transfer(state(LeadStatus.TRANSFERRED),
                new LeadLifecycle.TransferInput(ReceiverKind.ORGANISATION_DEPT, null, "文号", TODAY), TODAY));
        assertThat(e.status()).isEqualTo(409);
    }

    @Test
    void theReceiverAcknowledgesThenReportsItsDisposal() {
        LeadLifecycle.acknowledge(state(LeadStatus.TRANSFERRED), new LeadLifecycle.AcknowledgeInput(TRANSFERRED.plusDays(2)), TODAY);
        assertThat(refusal(() -> LeadLifecycle.disposal(state(LeadStatus.TRANSFERRED),
                new LeadLifecycle.DisposalInput(DisposalMethod.PRELIMINARY_VERIFICATION, TODAY, null), TODAY)).code())
                .isEqualTo("not_acknowledged");
        assertThat(LeadLifecycle.disposal(state(LeadStatus.ACKNOWLEDGED),
                new LeadLifecycle.DisposalInput(DisposalMethod.PRELIMINARY_VERIFICATION, TODAY, null), TODAY)).isEqualTo(LeadStatus.DISPOSING);
        assertThat(LeadLifecycle.disposal(state(LeadStatus.DISPOSING, DisposalMethod.PRELIMINARY_VERIFICATION),
                new LeadLifecycle.DisposalInput(DisposalMethod.CASE_INVESTIGATION, TODAY, "立案"), TODAY)).isEqualTo(LeadStatus.DISPOSING);
    }

    @Test
    void closingALeadConcludesIt() {
        assertThat(LeadLifecycle.disposal(state(LeadStatus.ACKNOWLEDGED), new LeadLifecycle.DisposalInput(DisposalMethod.CLOSED, TODAY,
                null), TODAY)).isEqualTo(LeadStatus.CONCLUDED);
        assertThat(refusal(() -> LeadLifecycle.disposal(state(LeadStatus.CONCLUDED, DisposalMethod.CLOSED),
                new LeadLifecycle.DisposalInput(DisposalMethod.TALK_INQUIRY, TODAY, null), TODAY)).status()).isEqualTo(409);
    }

    @Test
    void feedbackDatesLieBetweenTheTransferAndToday() {
        assertThat(fields(() -> LeadLifecycle.acknowledge(state(LeadStatus.TRANSFERRED),
                new LeadLifecycle.AcknowledgeInput(TRANSFERRED.minusDays(1)), TODAY))).containsExactly("acknowledgedOn");
        assertThat(fields(() -> LeadLifecycle.disposal(state(LeadStatus.ACKNOWLEDGED),
                new LeadLifecycle.DisposalInput(DisposalMethod.TALK_INQUIRY, TODAY.plusDays(1), null), TODAY))).containsExactly("reportedOn");
        assertThat(fields(() -> LeadLifecycle.outcome(state(LeadStatus.DISPOSING, DisposalMethod.TALK_INQUIRY),
                new LeadLifecycle.OutcomeInput(OutcomeKind.ORGANISATIONAL_HANDLING, null, 1, null, null), TODAY))).containsExactly("decidedOn");
    }

    @Test
    void sanctionsDetentionAndProsecutionFollowOnlyACaseOpened() {
        for (OutcomeKind kind : List.of(OutcomeKind.GOVERNMENT_SANCTION, OutcomeKind.DETENTION, OutcomeKind.PROSECUTION)) {
            ApiException e = refusal(() -> LeadLifecycle.outcome(state(LeadStatus.DISPOSING, DisposalMethod.PRELIMINARY_VERIFICATION),
                    new LeadLifecycle.OutcomeInput(kind, null, 1, TODAY, null), TODAY));
            assertThat(e.code()).isEqualTo("no_case");
            LeadLifecycle.outcome(state(LeadStatus.DISPOSING, DisposalMethod.PRELIMINARY_VERIFICATION, DisposalMethod.CASE_INVESTIGATION),
                    new LeadLifecycle.OutcomeInput(kind, null, 2, TODAY, null), TODAY);
        }
        // organisational handling may follow a talk or written inquiry
        LeadLifecycle.outcome(state(LeadStatus.DISPOSING, DisposalMethod.TALK_INQUIRY),
                new LeadLifecycle.OutcomeInput(OutcomeKind.ORGANISATIONAL_HANDLING, null, 1, TODAY, "诫勉"), TODAY);
    }

    @Test
    void aPartySanctionNamesItsGradeAndGradesBelongToTheirKind() {
        LeadLifecycle.State caseOpened = state(LeadStatus.DISPOSING, DisposalMethod.CASE_INVESTIGATION);
        assertThat(fields(() -> LeadLifecycle.outcome(caseOpened, new LeadLifecycle.OutcomeInput(OutcomeKind.PARTY_SANCTION, null, 1,
                TODAY, null), TODAY))).containsExactly("grade");
        assertThat(fields(() -> LeadLifecycle.outcome(caseOpened, new LeadLifecycle.OutcomeInput(OutcomeKind.PARTY_SANCTION,
                SanctionGrade.DEMERIT, 1, TODAY, null), TODAY))).containsExactly("grade");
        assertThat(fields(() -> LeadLifecycle.outcome(caseOpened, new LeadLifecycle.OutcomeInput(OutcomeKind.DETENTION,
                SanctionGrade.WARNING, 1, TODAY, null), TODAY))).containsExactly("grade");
        assertThat(fields(() -> LeadLifecycle.outcome(caseOpened, new LeadLifecycle.OutcomeInput(OutcomeKind.PARTY_SANCTION,
                SanctionGrade.EXPULSION, 0, TODAY, null), TODAY))).containsExactly("people");
        for (SanctionGrade g : SanctionGrade.values()) {
            LeadLifecycle.outcome(caseOpened, new LeadLifecycle.OutcomeInput(g.kind(), g, 1, TODAY, null), TODAY);
        }
    }

    @Test
    void outcomesComeAfterADisposalAndBeforeTheConclusion() {
        assertThat(refusal(() -> LeadLifecycle.outcome(state(LeadStatus.ACKNOWLEDGED), new LeadLifecycle.OutcomeInput(
                OutcomeKind.ORGANISATIONAL_HANDLING, null, 1, TODAY, null), TODAY)).code()).isEqualTo("no_disposal");
        assertThat(refusal(() -> LeadLifecycle.outcome(state(LeadStatus.CONCLUDED, DisposalMethod.CASE_INVESTIGATION),
                new LeadLifecycle.OutcomeInput(OutcomeKind.PROSECUTION, null, 1, TODAY, null), TODAY)).status()).isEqualTo(409);
    }

    @Test
    void aLeadIsConcludedOnlyWhileBeingHandled() {
        LeadLifecycle.conclude(state(LeadStatus.DISPOSING, DisposalMethod.TALK_INQUIRY), new LeadLifecycle.ConcludeInput(TODAY, null), TODAY);
        for (LeadStatus s : List.of(LeadStatus.REGISTERED, LeadStatus.TRANSFERRED, LeadStatus.ACKNOWLEDGED, LeadStatus.CONCLUDED)) {
            assertThatThrownBy(() -> LeadLifecycle.conclude(state(s), new LeadLifecycle.ConcludeInput(TODAY, null), TODAY))
                    .isInstanceOf(ApiException.class).satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("cannot_conclude"));
        }
    }
}
