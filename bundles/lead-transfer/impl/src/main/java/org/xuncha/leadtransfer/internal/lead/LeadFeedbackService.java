package org.xuncha.leadtransfer.internal.lead;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_FEEDBACK;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_TRANSFER;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.LeadEvents;
import org.xuncha.leadtransfer.internal.Settings;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.leadtransfer.internal.Texts;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/**
 * A lead's way out: the office transfers it to a receiver (the feedback deadline is set then), the
 * receiver — or the office, entering paper feedback — acknowledges it, reports disposals and
 * outcomes, and concludes it. The rules are {@link LeadLifecycle}'s; each step is audited and
 * announced after the commit. Nothing here needs round planning.
 */
@Component(service = LeadFeedbackService.class)
public class LeadFeedbackService {

    private final ModuleStore store;
    private final Settings settings;

    @Activate
    public LeadFeedbackService(@Reference Store store, @Reference Settings settings) {
        this.store = store.db();
        this.settings = settings;
    }

    public LeadView transfer(Caller caller, long id, LeadLifecycle.TransferInput in) {
        caller.require(LEAD_TRANSFER);
        LocalDate today = store.today();
        FeedbackClock clock = new FeedbackClock(settings.feedbackMonths());
        LeadView v = change(caller, id, false, (em, l) -> {
            // the number of the 点人点事交办单 issued for the lead, unless the transfer names another
            LeadLifecycle.TransferInput at = Texts.blank(in.documentNumber()) == null && l.documentNumber != null
                    ? new LeadLifecycle.TransferInput(in.receiverKind(), in.receiverName(), l.documentNumber, in.transferredOn()) : in;
            LeadLifecycle.transfer(state(em, l), at, today);
            transferred(l, at, caller.username(), clock);
            return "移交问题线索至" + l.receiverKind.nameZh() + "（文号 " + l.documentNumber + "）";
        });
        store.post(LeadEvents.TRANSFERRED, caller, id, LeadEvents.ROUND_ID, v.roundId(), LeadEvents.GROUP_ID, v.groupId(),
                LeadEvents.UNIT_ID, v.unitId(), LeadEvents.RECEIVER_KIND, v.receiverKind().name(), LeadEvents.TOP_LEADER, v.topLeader(),
                LeadEvents.DUE, v.feedbackDue().toString());
        return v;
    }

    /**
     * The 文号 of the 点人点事交办单 just issued for the lead, kept on it while the lead waits to be
     * transferred (the transfer then carries it unless it names another). A lead already transferred
     * keeps the number recorded at its transfer: that is a fact of the past, which a sheet issued
     * again later does not change. Needs the permission to transfer; without it nothing changes.
     *
     * @return whether the number was recorded
     */
    public boolean numberFromSheet(Caller caller, long id, String number) {
        if (!caller.has(LEAD_TRANSFER) || Texts.blank(number) == null || number.length() > LeadLifecycle.DOCUMENT_MAX) {
            return false;
        }
        if (store.read(em -> LeadEntity.visible(em, caller, id).status) != LeadStatus.REGISTERED) {
            return false;
        }
        change(caller, id, false, (em, l) -> {
            // checked again in the writing transaction: a transfer may have come in between
            if (l.status == LeadStatus.REGISTERED) {
                l.documentNumber = number;
            }
            return "点人点事交办单印发，移交文号记为 " + l.documentNumber;
        });
        return true;
    }

    public LeadView acknowledge(Caller caller, long id, LeadLifecycle.AcknowledgeInput in) {
        return feedback(caller, id, "acknowledged", (em, l) -> {
            LeadLifecycle.acknowledge(state(em, l), in, store.today());
            l.acknowledgedOn = in.acknowledgedOn();
            l.acknowledgedBy = caller.username();
            l.status = LeadStatus.ACKNOWLEDGED;
            return "签收问题线索";
        });
    }

    public LeadView reportDisposal(Caller caller, long id, LeadLifecycle.DisposalInput in) {
        return feedback(caller, id, "disposal", (em, l) -> {
            LeadStatus next = LeadLifecycle.disposal(state(em, l), in, store.today());
            disposal(em, store, id, in, caller.username());
            if (l.firstFeedbackOn == null) {
                l.firstFeedbackOn = in.reportedOn();
            }
            l.status = next;
            if (next == LeadStatus.CONCLUDED) {
                l.concludedOn = in.reportedOn();
            }
            return "反馈处置方式：" + in.method().nameZh();
        });
    }

    public LeadView reportOutcome(Caller caller, long id, LeadLifecycle.OutcomeInput in) {
        return feedback(caller, id, "outcome", (em, l) -> {
            LeadLifecycle.outcome(state(em, l), in, store.today());
            outcome(em, store, id, in, caller.username());
            return "反馈处理结果：" + in.kind().nameZh() + (in.grade() == null ? "" : "（" + in.grade().nameZh() + "）") + " " + in.people() + "人";
        });
    }

    public LeadView conclude(Caller caller, long id, LeadLifecycle.ConcludeInput in) {
        return feedback(caller, id, "concluded", (em, l) -> {
            LeadLifecycle.conclude(state(em, l), in, store.today());
            l.concludedOn = in.concludedOn();
            l.conclusionNote = store.encrypt(Texts.blank(in.note()), l.place("conclusion_note"));
            l.status = LeadStatus.CONCLUDED;
            return "线索办结";
        });
    }

    /** The transfer written on the lead: receiver, document, day, and the receiver's deadline from it. */
    static void transferred(LeadEntity l, LeadLifecycle.TransferInput in, String by, FeedbackClock clock) {
        l.receiverKind = in.receiverKind();
        l.receiverName = Texts.blank(in.receiverName()) == null ? in.receiverKind().nameZh() : in.receiverName().trim();
        l.documentNumber = in.documentNumber().trim();
        l.transferredOn = in.transferredOn();
        l.transferredBy = by;
        l.feedbackDue = clock.due(in.transferredOn());
        l.status = LeadStatus.TRANSFERRED;
    }

    /** A disposal stored (its note encrypted, bound to its row): the receiver's report, or a past one imported. */
    static DisposalEntity disposal(EntityManager em, ModuleStore store, long leadId, LeadLifecycle.DisposalInput in, String by) {
        DisposalEntity d = new DisposalEntity();
        d.leadId = leadId;
        d.method = in.method();
        d.reportedOn = in.reportedOn();
        d.reportedBy = by;
        d.reportedAt = store.now();
        em.persist(d);
        d.note = store.encrypt(Texts.blank(in.note()), d.place("note"));
        return d;
    }

    /** An outcome stored (its note encrypted, bound to its row): the receiver's report, or a past one imported. */
    static void outcome(EntityManager em, ModuleStore store, long leadId, LeadLifecycle.OutcomeInput in, String by) {
        OutcomeEntity o = new OutcomeEntity();
        o.leadId = leadId;
        o.kind = in.kind();
        o.grade = in.grade();
        o.people = in.people();
        o.decidedOn = in.decidedOn();
        o.reportedBy = by;
        o.reportedAt = store.now();
        em.persist(o);
        o.note = store.encrypt(Texts.blank(in.note()), o.place("note"));
    }

    private interface Change {
        /** Applies the change and returns the audit summary. */
        String apply(EntityManager em, LeadEntity lead);
    }

    private LeadView feedback(Caller caller, long id, String kind, Change change) {
        caller.require(LEAD_FEEDBACK);
        LeadView v = change(caller, id, true, change);
        store.post(LeadEvents.FEEDBACK, caller, id, LeadEvents.FEEDBACK_KIND, kind, LeadEvents.ROUND_ID, v.roundId(),
                LeadEvents.GROUP_ID, v.groupId(), LeadEvents.UNIT_ID, v.unitId(), LeadEvents.RECEIVER_KIND, v.receiverKind().name(),
                LeadEvents.TOP_LEADER, v.topLeader());
        return v;
    }

    private LeadView change(Caller caller, long id, boolean asReceiver, Change change) {
        LocalDate today = store.today();
        return store.write(em -> {
            LeadEntity l = LeadEntity.visible(em, caller, id);
            if (asReceiver && !LeadVisibility.of(caller).canRecordFeedback(l.facts())) {
                throw ApiException.outOfScope();
            }
            String summary = change.apply(em, l);
            l.updatedAt = store.now();
            em.flush();
            store.audit(em, caller, AuditAction.TRANSITION, LeadService.TYPE, id, summary);
            return LeadView.of(store, l, today, false);
        });
    }

    private static LeadLifecycle.State state(EntityManager em, LeadEntity l) {
        Set<DisposalMethod> methods = EnumSet.noneOf(DisposalMethod.class);
        LeadService.disposals(em, l.id).forEach(d -> methods.add(d.method));
        return new LeadLifecycle.State(l.status, l.transferredOn, l.acknowledgedOn, methods);
    }
}
