package org.xuncha.leadtransfer.internal.lead;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_READ;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.LeadEvents;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/**
 * Leads past their feedback deadline without a disposal report ({@link FeedbackClock}): the list a
 * caller may see, and the check that announces each such lead once ({@link OverdueWatcher} runs it).
 */
@Component(service = OverdueService.class)
public class OverdueService {

    private final ModuleStore store;
    private final LeadService leads;

    @Activate
    public OverdueService(@Reference Store store, @Reference LeadService leads) {
        this.store = store.db();
        this.leads = leads;
    }

    /** The caller's overdue leads, most overdue first; audited as a read. */
    public List<LeadView> overdue(Caller caller) {
        caller.require(LEAD_READ);
        LocalDate today = store.today();
        Where w = leads.where(caller, new LeadQuery(null, null, null, null, null, null, null, null, true), today);
        List<LeadView> list = store.read(em -> w.list(em, LeadEntity.class, "l", " order by l.feedbackDue, l.id").stream()
                .map(l -> LeadView.of(store, l, today, false)).toList());
        leads.auditListRead(caller, list, "查看逾期未反馈线索");
        return list;
    }

    /**
     * Posts one overdue event for each lead that passed its deadline since the last check and marks it
     * notified, so each lead is announced once. Runs as the system.
     *
     * @return how many leads became overdue
     */
    public int notifyOverdue() {
        Caller system = Caller.system("lead-overdue");
        LocalDate today = store.today();
        List<LeadEntity> due = store.read(em -> em.createQuery("select l from LeadEntity l where l.status in :awaiting"
                + " and l.feedbackDue < :today and l.overdueNotifiedOn is null order by l.id", LeadEntity.class)
                .setParameter("awaiting", LeadService.awaiting()).setParameter("today", today).getResultList());
        if (due.isEmpty()) {
            return 0;
        }
        List<Long> ids = due.stream().map(l -> l.id).toList();
        store.write(em -> {
            em.createQuery("update LeadEntity l set l.overdueNotifiedOn = :today where l.id in :ids")
                    .setParameter("today", today).setParameter("ids", ids).executeUpdate();
            store.audit(em, system, AuditAction.UPDATE, LeadService.TYPE, null, "线索逾期未反馈：" + LeadService.summarise(ids));
            return null;
        });
        for (LeadEntity l : due) {
            store.post(LeadEvents.OVERDUE, system, l.id, LeadEvents.ROUND_ID, l.roundId, LeadEvents.GROUP_ID, l.groupId,
                    LeadEvents.UNIT_ID, l.unitId, LeadEvents.RECEIVER_KIND, l.receiverKind.name(), LeadEvents.TOP_LEADER, l.topLeader,
                    LeadEvents.DUE, l.feedbackDue.toString());
        }
        return due.size();
    }
}
