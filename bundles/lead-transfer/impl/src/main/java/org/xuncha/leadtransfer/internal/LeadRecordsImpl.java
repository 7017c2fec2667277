package org.xuncha.leadtransfer.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.LeadRecords;
import org.xuncha.leadtransfer.api.ProblemDraft;
import org.xuncha.leadtransfer.internal.lead.DisposalMethod;
import org.xuncha.leadtransfer.internal.lead.LeadFeedbackService;
import org.xuncha.leadtransfer.internal.lead.LeadLifecycle;
import org.xuncha.leadtransfer.internal.lead.LeadQuery;
import org.xuncha.leadtransfer.internal.lead.LeadService;
import org.xuncha.leadtransfer.internal.lead.OutcomeKind;
import org.xuncha.leadtransfer.internal.lead.ReceiverKind;
import org.xuncha.leadtransfer.internal.lead.SanctionGrade;
import org.xuncha.leadtransfer.internal.lead.SurrenderService;
import org.xuncha.leadtransfer.internal.problem.ApprovalService;
import org.xuncha.leadtransfer.internal.problem.ApprovalStep;
import org.xuncha.leadtransfer.internal.problem.Decision;
import org.xuncha.leadtransfer.internal.problem.ProblemService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/** Past work entered after the fact: each step through the same services, rules and audit as the screens. */
@Component(service = LeadRecords.class, immediate = true)
public class LeadRecordsImpl implements LeadRecords {

    private final ProblemService problems;
    private final ApprovalService approvals;
    private final LeadService leads;
    private final LeadFeedbackService feedback;
    private final SurrenderService surrenders;

    @Activate
    public LeadRecordsImpl(@Reference ProblemService problems, @Reference ApprovalService approvals, @Reference LeadService leads,
                           @Reference LeadFeedbackService feedback, @Reference SurrenderService surrenders) {
        this.problems = problems;
        this.approvals = approvals;
        this.leads = leads;
        this.feedback = feedback;
        this.surrenders = surrenders;
    }

    @Override
    public long count(Caller caller) {
        PageRequest one = PageRequest.first(1);
        return problems.list(caller, new ProblemService.ProblemQuery(null, null, null, null, null, null, null, null), one).total()
                + leads.list(caller, LeadQuery.all(), one).total();
    }

    @Override
    public long recordApprovedProblem(Caller caller, ProblemDraft d, LocalDate foundOn) {
        long id = problems.create(caller, new ProblemService.ProblemInput(d.roundId(), d.groupId(), d.unitId(), d.category(),
                d.description(), d.topLeader(), d.leadingGroup(), foundOn, d.source(), d.sourceRef(), null)).id();
        approvals.submit(caller, id, null);
        approvals.decide(caller, id, ApprovalStep.OFFICE, new ApprovalService.DecisionInput(Decision.APPROVE, null));
        approvals.decide(caller, id, ApprovalStep.LEADING_GROUP, new ApprovalService.DecisionInput(Decision.APPROVE, null));
        return id;
    }

    @Override
    public List<Long> recordApprovedProblems(Caller caller, List<ProblemDraft> drafts, LocalDate foundOn) {
        return approvals.createApproved(caller, drafts.stream().map(d -> new ProblemService.ProblemInput(d.roundId(), d.groupId(), d.unitId(),
                d.category(), d.description(), d.topLeader(), d.leadingGroup(), foundOn, d.source(), d.sourceRef(), null)).toList());
    }

    @Override
    public void transfer(Caller caller, long leadId, String receiverKind, String receiverName, String documentNumber,
                         LocalDate transferredOn) {
        feedback.transfer(caller, leadId, new LeadLifecycle.TransferInput(code(ReceiverKind.class, "receiverKind", receiverKind),
                receiverName, documentNumber, transferredOn));
    }

    @Override
    public void acknowledge(Caller caller, long leadId, LocalDate acknowledgedOn) {
        feedback.acknowledge(caller, leadId, new LeadLifecycle.AcknowledgeInput(acknowledgedOn));
    }

    @Override
    public void reportDisposal(Caller caller, long leadId, String method, LocalDate reportedOn, String note) {
        feedback.reportDisposal(caller, leadId, new LeadLifecycle.DisposalInput(code(DisposalMethod.class, "method", method), reportedOn, note));
    }

    @Override
    public void reportOutcome(Caller caller, long leadId, String kind, String grade, int people, LocalDate decidedOn, String note) {
        feedback.reportOutcome(caller, leadId, new LeadLifecycle.OutcomeInput(code(OutcomeKind.class, "kind", kind),
                code(SanctionGrade.class, "grade", grade), people, decidedOn, note));
    }

    @Override
    public void conclude(Caller caller, long leadId, LocalDate concludedOn, String note) {
        feedback.conclude(caller, leadId, new LeadLifecycle.ConcludeInput(concludedOn, note));
    }

    @Override
    public long recordSurrender(Caller caller, long roundId, Long unitId, String personName, String personPost, LocalDate surrenderedOn,
                                String receivedBy) {
        return surrenders.record(caller, new SurrenderService.SurrenderInput(roundId, unitId, personName, personPost, surrenderedOn,
                receivedBy)).id();
    }

    /** The kind named by {@code value}; null for null; 400 on {@code field} for an unknown name. */
    static <E extends Enum<E>> E code(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw ApiException.validation(List.of(new FieldError(field, "invalid", "取值无效，可选：" + allowed, "not one of: " + allowed)));
        }
    }
}
