package org.xuncha.rectification.internal.handover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.Handover;
import org.xuncha.rectification.api.HandoverDraft;
import org.xuncha.rectification.api.HandoverService;
import org.xuncha.rectification.api.RectificationEvents;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.api.TaskEntry;
import org.xuncha.rectification.internal.Access;
import org.xuncha.rectification.internal.Rounds;
import org.xuncha.rectification.internal.Store;
import org.xuncha.rectification.internal.ledger.LedgerEntity;
import org.xuncha.rectification.internal.task.TaskEntity;
import org.xuncha.rectification.internal.task.TaskEntryEntity;

/**
 * 整改交接: when a unit's top leader changes post, the open tasks pass to the new one in the same
 * transaction as the handover record, so "新官不理旧账" has no gap to live in.
 */
@Component(service = HandoverService.class)
public class HandoverServiceImpl implements HandoverService {

    private final ModuleStore store;
    private final Access access;
    private final ReferenceDataService reference;
    private final Rounds rounds;

    @Activate
    public HandoverServiceImpl(@Reference Store store, @Reference Access access, @Reference ReferenceDataService reference,
                               @Reference Rounds rounds) {
        this.store = store.db();
        this.access = access;
        this.reference = reference;
        this.rounds = rounds;
    }

    @Override
    public Page<Handover> handovers(Caller caller, Long unitId, PageRequest page) {
        caller.require(RectificationPermissions.READ);
        return store.read(em -> access.scopedByUnit(caller, "h").eq("h.unitId", "unitId", unitId)
                .page(em, HandoverEntity.class, "h", Where.orderBy(page, HandoverRules.SORT, "h.id"), page).map(HandoverEntity::toValue));
    }

    @Override
    public Handover handover(Caller caller, long id) {
        caller.require(RectificationPermissions.READ);
        return store.read(em -> {
            HandoverEntity h = em.find(HandoverEntity.class, id);
            if (h == null) {
                throw ApiException.notFound("整改交接", "handover", id);
            }
            access.requireUnit(caller, h.divisionCode, h.unitId);
            return h.toValue();
        });
    }

    @Override
    public Handover record(Caller caller, HandoverDraft draft) {
        caller.require(RectificationPermissions.MANAGE);
        HandoverRules.check(draft, store.today());
        // the platform's shared check of referenced ids: 400 unknown, 403 outside the caller's divisions, naming the field
        Unit unit = reference.referencedUnits(caller, Map.of("unitId", draft.unitId())).get("unitId");
        access.requireUnit(caller, unit.divisionCode(), unit.id());
        if (draft.roundId() != null) {
            // the round is looked up in round planning (400 unknown, 403 outside the scope, 503 while it is away)
            rounds.round(caller, draft.roundId());
        }
        String incoming = incoming(caller, draft, unit);
        String outgoing = HandoverRules.trim(draft.outgoingLeader());
        Handover saved = store.write(em -> hand(store, em, caller, new Parties(unit.id(), unit.name(), unit.divisionCode(), draft.roundId(),
                outgoing, incoming, draft.incomingPersonId()), draft.handedOverOn()).toValue());
        store.post(RectificationEvents.HANDOVER_RECORDED, caller, saved.id(), RectificationEvents.ROUND_ID, saved.roundId(),
                RectificationEvents.UNIT_ID, saved.unitId(), RectificationEvents.TASKS, saved.taskIds().size());
        return saved;
    }

    /** The incoming leader's name: the person's, when one is named (who must work in the unit), else as typed. */
    private String incoming(Caller caller, HandoverDraft draft, Unit unit) {
        if (draft.incomingPersonId() == null) {
            return HandoverRules.trim(draft.incomingLeader());
        }
        Person person = reference.referencedPersons(caller, Map.of("incomingPersonId", draft.incomingPersonId())).get("incomingPersonId");
        new Checks().check(!unit.id().equals(person.unitId()), "incomingPersonId", "invalid", "该人员不在此单位任职",
                        "the person does not work in this unit")
                .throwIfInvalid();
        return HandoverRules.trim(draft.incomingLeader()) != null ? HandoverRules.trim(draft.incomingLeader()) : person.name();
    }

    /** Who hands over to whom, in which unit (and round: null for every ledger of the unit). */
    record Parties(long unitId, String unitName, String divisionCode, Long roundId, String outgoing, String incoming, Long incomingPersonId) {
    }

    /**
     * In the caller's unit of work: the handover record and the open tasks of the outgoing (or of no)
     * leader passed to the incoming one, the ledgers' principal leader too; audited. Shared by the
     * office's record and the pending handover both leaders signed.
     */
    static HandoverEntity hand(ModuleStore store, EntityManager em, Caller caller, Parties p, LocalDate on) {
        List<LedgerEntity> ledgers = Where.of().eq("l.unitId", "unitId", p.unitId()).eq("l.roundId", "roundId", p.roundId())
                .list(em, LedgerEntity.class, "l", " order by l.id");
        HandoverEntity h = new HandoverEntity();
        h.unitId = p.unitId();
        h.unitName = p.unitName().length() <= 200 ? p.unitName() : p.unitName().substring(0, 200);
        h.divisionCode = p.divisionCode();
        h.roundId = p.roundId();
        h.outgoingLeader = p.outgoing();
        h.incomingLeader = p.incoming();
        h.incomingPersonId = p.incomingPersonId();
        h.handedOverOn = on;
        h.recordedBy = caller.username();
        h.recordedAt = store.now();
        h.taskIds = new ArrayList<>(handOver(store, em, caller, ledgers, p.outgoing(), p.incoming(), on));
        em.persist(h);
        em.flush();
        store.audit(em, caller, AuditAction.CREATE, "handover", h.id, "整改交接（单位 " + h.unitId + "，交接任务 " + h.taskIds.size() + " 项）");
        return h;
    }

    /** Moves the open tasks of the outgoing (or of no) leader to the incoming one; the ledgers' principal leader too. */
    private static List<Long> handOver(ModuleStore store, EntityManager em, Caller caller, List<LedgerEntity> ledgers, String outgoing,
                                       String incoming, LocalDate on) {
        List<Long> moved = new ArrayList<>();
        for (LedgerEntity l : ledgers) {
            if (l.principalLeader == null || l.principalLeader.equals(outgoing)) {
                l.principalLeader = incoming;
            }
            for (TaskEntity t : tasksOf(em, l.id)) {
                if (HandoverRules.handedOver(t.status, t.responsibleLeader, outgoing)) {
                    t.responsibleLeader = incoming;
                    moved.add(t.id);
                    TaskEntryEntity e = new TaskEntryEntity();
                    e.taskId = t.id;
                    e.kind = TaskEntry.Kind.HANDED_OVER;
                    e.on = on;
                    e.text = outgoing + " → " + incoming;
                    e.actor = caller.username();
                    e.at = store.now();
                    em.persist(e);
                }
            }
        }
        return moved;
    }

    /** The tasks of a ledger, by id (closed ones included: {@link HandoverRules#handedOver} leaves them). */
    static List<TaskEntity> tasksOf(EntityManager em, long ledgerId) {
        return em.createQuery("select t from TaskEntity t where t.ledgerId = :l order by t.id", TaskEntity.class)
                .setParameter("l", ledgerId).getResultList();
    }
}
