package org.xuncha.leadtransfer.internal.lead;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_READ;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/**
 * Reading leads (问题线索): lists, one lead in full, the ledger's rows. Who sees a lead is decided
 * by {@link LeadVisibility}; every read of leads is audited (ids, never the person concerned, who
 * is stored encrypted and never written to logs or to the audit trail). Registering is
 * {@link LeadRegistrationService}, the transfer and the receiver's feedback {@link LeadFeedbackService},
 * overdue leads {@link OverdueService}. Nothing here needs round planning.
 */
@Component(service = LeadService.class)
public class LeadService {

    static final String TYPE = "lead";
    public static final Map<String, String> SORT = Map.of("id", "l.id", "status", "l.status", "transferredOn", "l.transferredOn",
            "feedbackDue", "l.feedbackDue", "roundId", "l.roundId", "unitId", "l.unitId", "category", "l.category");

    private final ModuleStore store;

    @Activate
    public LeadService(@Reference Store store) {
        this.store = store.db();
    }

    public Page<LeadView> list(Caller caller, LeadQuery q, PageRequest page) {
        caller.require(LEAD_READ);
        LocalDate today = store.today();
        Where w = where(caller, q, today);
        Page<LeadView> result = store.read(em -> w.page(em, LeadEntity.class, "l", LeadView.LIST_SELECT, Object[].class,
                        Where.orderBy(page, SORT, "l.id"), page))
                .map(r -> LeadView.listed(store, r, today));
        auditListRead(caller, result.items(), "查看线索列表");
        return result;
    }

    /** One lead in full, with its disposals and outcomes; audited as a read. */
    public LeadView get(Caller caller, long id) {
        caller.require(LEAD_READ);
        LocalDate today = store.today();
        LeadView v = store.read(em -> {
            LeadEntity l = LeadEntity.visible(em, caller, id);
            return LeadView.of(store, l, today, true,
                    disposals(em, id).stream().map(d -> new LeadView.Disposal(d.id, d.method, d.reportedOn, store.decrypt(d.note, d.place("note")),
                            d.reportedBy)).toList(),
                    outcomes(em, id).stream().map(o -> new LeadView.Outcome(o.id, o.kind, o.grade, o.people, o.decidedOn,
                            store.decrypt(o.note, o.place("note")), o.reportedBy)).toList());
        });
        store.audit(caller, AuditAction.READ, TYPE, id, "查看问题线索");
        return v;
    }

    /** The visible leads the query selects, as a JPQL condition on alias {@code l}. */
    Where where(Caller caller, LeadQuery q, LocalDate today) {
        Where w = LeadVisibility.of(caller).where("l")
                .eq("l.termId", "term", q.termId()).eq("l.roundId", "round", q.roundId()).eq("l.groupId", "group", q.groupId())
                .eq("l.unitId", "unit", q.unitId()).eq("l.status", "status", q.status())
                .eq("l.receiverKind", "receiverKind", q.receiverKind()).eq("l.topLeader", "topLeader", q.topLeader())
                .eq("l.category", "category", q.category());
        if (Boolean.TRUE.equals(q.overdue())) {
            w.and("l.status in :awaiting and l.feedbackDue < :today", "awaiting", awaiting()).param("today", today);
        } else if (Boolean.FALSE.equals(q.overdue())) {
            w.and("(l.status not in :awaiting or l.feedbackDue >= :today)", "awaiting", awaiting()).param("today", today);
        }
        return w;
    }

    /** How many visible leads the query selects, for the to-do list: a count reveals no lead, so it is not audited. */
    public long count(Caller caller, LeadQuery q) {
        caller.require(LEAD_READ);
        Where w = where(caller, q, store.today());
        return store.read(em -> w.count(em, LeadEntity.class, "l"));
    }

    /** Every visible lead the query selects, oldest transfer first, for the ledger; not audited here. */
    List<LeadEntity> all(Caller caller, LeadQuery q, LocalDate today) {
        Where w = where(caller, q, today);
        return store.read(em -> w.list(em, LeadEntity.class, "l", " order by l.transferredOn, l.id"));
    }

    /** Disposal and outcome records of many leads at once, for the ledger. */
    record Handling(Map<Long, List<DisposalEntity>> disposals, Map<Long, List<OutcomeEntity>> outcomes) {
    }

    Handling handling(Set<Long> leadIds) {
        if (leadIds.isEmpty()) {
            return new Handling(Map.of(), Map.of());
        }
        return store.read(em -> new Handling(
                em.createQuery("select d from DisposalEntity d where d.leadId in :ids order by d.reportedOn, d.id", DisposalEntity.class)
                        .setParameter("ids", leadIds).getResultList().stream().collect(Collectors.groupingBy(d -> d.leadId)),
                em.createQuery("select o from OutcomeEntity o where o.leadId in :ids order by o.decidedOn, o.id", OutcomeEntity.class)
                        .setParameter("ids", leadIds).getResultList().stream().collect(Collectors.groupingBy(o -> o.leadId))));
    }

    static List<DisposalEntity> disposals(EntityManager em, long leadId) {
        return em.createQuery("select d from DisposalEntity d where d.leadId = :l order by d.reportedOn, d.id", DisposalEntity.class)
                .setParameter("l", leadId).getResultList();
    }

    static List<OutcomeEntity> outcomes(EntityManager em, long leadId) {
        return em.createQuery("select o from OutcomeEntity o where o.leadId = :l order by o.decidedOn, o.id", OutcomeEntity.class)
                .setParameter("l", leadId).getResultList();
    }

    /** One READ record for a list: how many leads and which ids (never their content). */
    void auditListRead(Caller caller, List<LeadView> leads, String what) {
        if (!leads.isEmpty()) {
            store.audit(caller, AuditAction.READ, TYPE, null, what + "（" + leads.size() + "条）："
                    + summarise(leads.stream().map(LeadView::id).toList()));
        }
    }

    /** Ids for an audit summary, cut short (with …) past 400 characters. */
    static String summarise(List<Long> ids) {
        String all = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return all.length() <= 400 ? all : all.substring(0, all.lastIndexOf(',', 400)) + "…";
    }

    /** Statuses in which the feedback clock runs. */
    static Set<LeadStatus> awaiting() {
        return EnumSet.of(LeadStatus.TRANSFERRED, LeadStatus.ACKNOWLEDGED);
    }

    static Set<Long> ids(List<LeadEntity> leads) {
        return leads.stream().map(l -> l.id).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
