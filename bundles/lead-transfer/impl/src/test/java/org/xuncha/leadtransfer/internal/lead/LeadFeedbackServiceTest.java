package org.xuncha.leadtransfer.internal.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.leadtransfer.internal.TestModule.discipline;
import static org.xuncha.leadtransfer.internal.TestModule.office;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.api.LeadEvents;
import org.xuncha.leadtransfer.api.LeadTransferPermissions;
import org.xuncha.leadtransfer.internal.TestModule;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.testkit.TestCallers;

/** The transfer and the receiver's feedback, recorded with their dates, audited and announced; no round planning needed. */
class LeadFeedbackServiceTest {

    final TestModule m = new TestModule();

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    LeadLifecycle.TransferInput toDiscipline(LocalDate on) {
        return new LeadLifecycle.TransferInput(ReceiverKind.DISCIPLINE_COMMISSION, null, "聊巡办移〔2025〕3号", on);
    }

    @Test
    void aLeadGoesFromTransferToConclusionAndTheNoteIsKept() {
        long id = m.aLead();
        LocalDate today = m.today();
        m.stopRoundPlanning();
        LeadView t = m.feedback.transfer(office(), id, toDiscipline(today));
        assertThat(t.feedbackDue()).isEqualTo(today.plusMonths(3));
        assertThat(t.receiverName()).isEqualTo("纪委监委");
        assertThat(m.db.events(LeadEvents.TRANSFERRED)).singleElement().satisfies(e -> assertThat(e.properties().toString()).doesNotContain("周某"));
        assertThat(refusal(() -> m.feedback.transfer(office(), id, toDiscipline(today))).status()).isEqualTo(409);

        m.feedback.acknowledge(discipline(), id, new LeadLifecycle.AcknowledgeInput(today));
        m.feedback.reportDisposal(discipline(), id, new LeadLifecycle.DisposalInput(DisposalMethod.CASE_INVESTIGATION, today, "立案"));
        m.feedback.reportOutcome(discipline(), id, new LeadLifecycle.OutcomeInput(OutcomeKind.PARTY_SANCTION, SanctionGrade.SERIOUS_WARNING,
                1, today, null));
        LeadView done = m.feedback.conclude(discipline(), id, new LeadLifecycle.ConcludeInput(today, "已办结，处分决定已送达"));
        assertThat(done.status()).isEqualTo(LeadStatus.CONCLUDED);
        LeadView full = m.leads.get(office(), id);
        assertThat(full.conclusionNote()).isEqualTo("已办结，处分决定已送达");
        assertThat(m.db.stored("xc_lt_lead", "conclusion_note", id)).doesNotContain("处分决定");
        assertThat(full.disposals()).extracting(LeadView.Disposal::note).containsExactly("立案");
        assertThat(full.outcomes()).hasSize(1);
        assertThat(m.db.events(LeadEvents.FEEDBACK)).hasSize(4);
    }

    @Test
    void onlyTheReceiverOfThatKindOrTheOfficeRecordsFeedback() {
        long id = m.aLead();
        m.feedback.transfer(office(), id, toDiscipline(m.today()));
        var organisation = TestCallers.city(Roles.ORGANISATION_DEPT, LeadTransferPermissions.LEAD_READ, LeadTransferPermissions.LEAD_FEEDBACK);
        assertThat(refusal(() -> m.feedback.acknowledge(organisation, id, new LeadLifecycle.AcknowledgeInput(m.today()))).status()).isEqualTo(403);
    }

    @Test
    void datesLieBetweenTheTransferAndTodayAndNeverBeforeTheRepublic() {
        long id = m.aLead();
        LocalDate today = m.today();
        assertThat(fields(() -> m.feedback.transfer(office(), id, toDiscipline(LocalDate.of(1900, 1, 1))))).containsExactly("transferredOn");
        assertThat(fields(() -> m.feedback.transfer(office(), id, toDiscipline(LocalDate.of(-5000, 1, 1))))).containsExactly("transferredOn");
        assertThat(fields(() -> m.feedback.transfer(office(), id, toDiscipline(today.plusDays(1))))).containsExactly("transferredOn");
        assertThat(fields(() -> m.feedback.transfer(office(), id, new LeadLifecycle.TransferInput(ReceiverKind.OTHER, "部".repeat(101),
                "号".repeat(101), today)))).containsExactlyInAnyOrder("receiverName", "documentNumber");
        m.feedback.transfer(office(), id, toDiscipline(today.minusDays(10)));
        assertThat(fields(() -> m.feedback.acknowledge(discipline(), id, new LeadLifecycle.AcknowledgeInput(today.minusDays(11)))))
                .containsExactly("acknowledgedOn");
    }
}
