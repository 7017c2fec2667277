package org.xuncha.leadtransfer.internal.lead;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.xuncha.leadtransfer.api.Source;
import org.xuncha.leadtransfer.internal.Placement;
import org.xuncha.leadtransfer.internal.Texts;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.security.Caller;

/**
 * Leads of the past with what became of them (the history import): checked step by step by the same
 * {@link LeadLifecycle} rules as the screens apply, then written in the caller's transaction with the
 * days the file gives. No audit record and no event here: the import audits itself as one record, and
 * the past announces nothing.
 */
public final class PastLeads {

    /**
     * A past lead: registered (where {@code at} says), then, as far as it went, transferred, acknowledged,
     * disposed of, its outcomes and its conclusion. Each later step needs the one before.
     */
    public record PastLead(LeadInput input, Source source, Placement at, LeadLifecycle.TransferInput transfer, LocalDate acknowledgedOn,
                           LeadLifecycle.DisposalInput disposal, List<LeadLifecycle.OutcomeInput> outcomes,
                           LeadLifecycle.ConcludeInput conclusion) {
    }

    /** Which step of a past lead a rule refused, for naming its row and column. */
    public enum Step { TRANSFER, ACKNOWLEDGE, DISPOSAL, OUTCOME, CONCLUDE }

    /** Told of each refusal: the step, the outcome's index for {@link Step#OUTCOME}, and the refusal. */
    public interface Refusals {
        void refused(Step step, int outcome, org.xuncha.platform.api.rest.ApiException e);
    }

    private PastLeads() {
    }

    /**
     * Runs the steps the lead gives through the lifecycle rules in order, a step missing before a later
     * one included (the rules refuse the later one then); stops at the first refusal, told to {@code refusals}.
     */
    public static void check(PastLead lead, LocalDate today, Refusals refusals) {
        Set<DisposalMethod> methods = EnumSet.noneOf(DisposalMethod.class);
        LeadLifecycle.State s = new LeadLifecycle.State(LeadStatus.REGISTERED, null, null, methods);
        Step step = Step.TRANSFER;
        int outcome = -1;
        try {
            if (lead.transfer() != null) {
                LeadLifecycle.transfer(s, lead.transfer(), today);
                s = new LeadLifecycle.State(LeadStatus.TRANSFERRED, lead.transfer().transferredOn(), null, methods);
            }
            step = Step.ACKNOWLEDGE;
            if (lead.acknowledgedOn() != null) {
                LeadLifecycle.acknowledge(s, new LeadLifecycle.AcknowledgeInput(lead.acknowledgedOn()), today);
                s = new LeadLifecycle.State(LeadStatus.ACKNOWLEDGED, s.transferredOn(), lead.acknowledgedOn(), methods);
            }
            step = Step.DISPOSAL;
            if (lead.disposal() != null) {
                LeadStatus next = LeadLifecycle.disposal(s, lead.disposal(), today);
                methods.add(lead.disposal().method());
                s = new LeadLifecycle.State(next, s.transferredOn(), s.acknowledgedOn(), methods);
            }
            step = Step.OUTCOME;
            for (outcome = 0; outcome < lead.outcomes().size(); outcome++) {
                LeadLifecycle.outcome(s, lead.outcomes().get(outcome), today);
            }
            outcome = -1;
            step = Step.CONCLUDE;
            // a lead closed at its disposal (予以了结) is concluded then
            if (lead.conclusion() != null && s.status() != LeadStatus.CONCLUDED) {
                LeadLifecycle.conclude(s, lead.conclusion(), today);
            }
        } catch (org.xuncha.platform.api.rest.ApiException e) {
            refusals.refused(step, outcome, e);
        }
    }

    /** Writes a checked lead with its steps; returns its id. */
    public static long write(EntityManager em, ModuleStore store, Caller caller, PastLead p, int feedbackMonths) {
        LeadInput in = p.input();
        LeadEntity l = new LeadEntity();
        l.place(p.at(), caller.username(), store.now());
        l.source = p.source();
        l.sourceRef = Texts.blank(in.sourceRef());
        l.status = LeadStatus.REGISTERED;
        em.persist(l);
        // after persist(): the ciphertexts are bound to the row's id
        LeadRegistrationService.apply(store, l, in, Texts.blank(in.category()), Boolean.TRUE.equals(in.topLeader()));
        if (p.transfer() != null) {
            LeadFeedbackService.transferred(l, p.transfer(), caller.username(), new FeedbackClock(feedbackMonths));
        }
        if (p.acknowledgedOn() != null) {
            l.acknowledgedOn = p.acknowledgedOn();
            l.acknowledgedBy = caller.username();
            l.status = LeadStatus.ACKNOWLEDGED;
        }
        em.flush();   // the lead's row before its disposal's and outcomes' (the foreign keys; EclipseLink orders by class)
        if (p.disposal() != null) {
            DisposalEntity d = LeadFeedbackService.disposal(em, store, l.id, p.disposal(), caller.username());
            l.firstFeedbackOn = d.reportedOn;
            l.status = d.method == DisposalMethod.CLOSED ? LeadStatus.CONCLUDED : LeadStatus.DISPOSING;
            l.concludedOn = d.method == DisposalMethod.CLOSED ? d.reportedOn : null;
        }
        for (LeadLifecycle.OutcomeInput o : p.outcomes()) {
            LeadFeedbackService.outcome(em, store, l.id, o, caller.username());
        }
        if (p.conclusion() != null && l.status == LeadStatus.DISPOSING) {
            l.concludedOn = p.conclusion().concludedOn();
            l.conclusionNote = store.encrypt(Texts.blank(p.conclusion().note()), l.place("conclusion_note"));
            l.status = LeadStatus.CONCLUDED;
        }
        return l.id;
    }
}
