package org.xuncha.rectification.internal.handover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
import org.xuncha.rectification.api.RectificationEvents;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.internal.Access;
import org.xuncha.rectification.internal.Store;
import org.xuncha.rectification.internal.ledger.LedgerEntity;
import org.xuncha.rectification.internal.task.TaskEntity;

/**
 * Handovers the module opens itself when the reference data name a unit's new top leader
 * ({@code Events.TOP_LEADER_CHANGED}): the ledgers' principal leader hands over to the new one, every
 * open task listed; the office records each leader's signature, and with the second the tasks pass as
 * in a handover the office records (same transaction, same rule: no open task left without a leader).
 */
@Component(service = PendingHandovers.class)
public class PendingHandovers {

    static final Map<String, String> SORT = Map.of("id", "p.id", "openedOn", "p.openedOn");
    private static final Caller SYSTEM = Caller.system("rectification-handover");

    private final ModuleStore store;
    private final Access access;
    private final ReferenceDataService reference;

    @Activate
    public PendingHandovers(@Reference Store store, @Reference Access access, @Reference ReferenceDataService reference) {
        this.store = store.db();
        this.access = access;
        this.reference = reference;
    }

    public Page<PendingHandover> list(Caller caller, Long unitId, PageRequest page) {
        caller.require(RectificationPermissions.READ);
        return store.read(em -> access.scopedByUnit(caller, "p").eq("p.unitId", "unitId", unitId)
                .page(em, PendingHandoverEntity.class, "p", Where.orderBy(page, SORT, "p.id"), page).map(PendingHandoverEntity::toValue));
    }

    public PendingHandover get(Caller caller, long id) {
        caller.require(RectificationPermissions.READ);
        return store.read(em -> found(em, caller, id).toValue());
    }

    /**
     * The unit's new top leader, as the reference data announced it: one pending handover per
     * principal leader of the unit's ledgers who is not the new one. None when the unit has no ledger
     * here, or one is already waiting for this leader (the announcement came twice).
     */
    public List<PendingHandover> open(long unitId, long personId) {
        Person incoming = reference.person(SYSTEM, personId).orElse(null);
        Unit unit = reference.unit(SYSTEM, unitId).orElse(null);
        if (incoming == null || unit == null || !Objects.equals(incoming.unitId(), unitId)) {
            return List.of();
        }
        try {
            return insert(unitId, personId, incoming, unit);
        } catch (RuntimeException e) {
            // the same announcement at the same moment: the other one's insert won on the unique key and opened it
            if (store.read(em -> waitingFor(em, unitId, personId))) {
                return List.of();
            }
            throw e;
        }
    }

    private List<PendingHandover> insert(long unitId, long personId, Person incoming, Unit unit) {
        List<PendingHandover> opened = store.write(em -> {
            List<PendingHandover> result = new ArrayList<>();
            for (Map.Entry<String, List<Long>> e : byOutgoing(em, unitId, incoming.name()).entrySet()) {
                if (waiting(em, unitId, personId, e.getKey())) {
                    continue;
                }
                PendingHandoverEntity p = new PendingHandoverEntity();
                p.unitId = unitId;
                p.unitName = unit.name().length() <= 200 ? unit.name() : unit.name().substring(0, 200);
                p.divisionCode = unit.divisionCode();
                p.outgoingLeader = e.getKey();
                p.incomingLeader = incoming.name();
                p.incomingPersonId = personId;
                p.openedOn = store.today();
                p.openedAt = store.now();
                p.taskIds = new ArrayList<>(e.getValue());
                p.openKey = PendingHandoverEntity.key(unitId, personId, e.getKey());
                em.persist(p);
                em.flush();
                store.audit(em, SYSTEM, AuditAction.CREATE, "pending-handover", p.id,
                        "一把手变动，待签字整改交接（单位 " + unitId + "，待交接任务 " + p.taskIds.size() + " 项）");
                result.add(p.toValue());
            }
            return result;
        });
        return opened;
    }

    /** The office records one leader's signature; with the second, the handover is recorded and the tasks pass. */
    public PendingHandover sign(Caller caller, long id, PendingHandover.Signature body) {
        caller.require(RectificationPermissions.MANAGE);
        LocalDate today = store.today();
        new Checks().check(body == null, "body", "required", "请求内容不能为空", "The request body is required").throwIfInvalid();
        new Checks().required("party", body.party(), "签字方", "party")
                .required("signedOn", body.signedOn(), "签字日期", "signing day")
                .check(body.signedOn() != null && body.signedOn().isAfter(today), "signedOn", "future", "签字日期不能晚于今天",
                        "the signing day cannot be in the future")
                .throwIfInvalid();
        Signed signed = store.write(em -> {
            PendingHandoverEntity p = found(em, caller, id);
            if (p.handoverId != null) {
                throw ApiException.conflict("handed_over", "该交接已完成", "This handover is already done");
            }
            boolean outgoing = body.party() == PendingHandover.Party.OUTGOING;
            if ((outgoing ? p.outgoingSignedOn : p.incomingSignedOn) != null) {
                throw ApiException.conflict("already_signed", "该方已签字", "This party has already signed");
            }
            if (outgoing) {
                p.outgoingSignedOn = body.signedOn();
            } else {
                p.incomingSignedOn = body.signedOn();
            }
            store.audit(em, caller, AuditAction.UPDATE, "pending-handover", p.id, (outgoing ? "原任" : "新任") + "主要负责人签字");
            if (p.outgoingSignedOn != null && p.incomingSignedOn != null) {
                LocalDate on = p.outgoingSignedOn.isAfter(p.incomingSignedOn) ? p.outgoingSignedOn : p.incomingSignedOn;
                HandoverEntity h = HandoverServiceImpl.hand(store, em, caller, new HandoverServiceImpl.Parties(p.unitId, p.unitName,
                        p.divisionCode, null, p.outgoingLeader, p.incomingLeader, p.incomingPersonId), on);
                p.handoverId = h.id;
                p.openKey = null;
                return new Signed(p.toValue(), h.taskIds.size());
            }
            return new Signed(p.toValue(), 0);
        });
        PendingHandover p = signed.pending();
        if (p.handoverId() != null) {
            store.post(RectificationEvents.HANDOVER_RECORDED, caller, p.handoverId(), RectificationEvents.UNIT_ID, p.unitId(),
                    RectificationEvents.TASKS, signed.tasks());
        }
        return p;
    }

    private record Signed(PendingHandover pending, int tasks) {
    }

    private PendingHandoverEntity found(EntityManager em, Caller caller, long id) {
        PendingHandoverEntity p = em.find(PendingHandoverEntity.class, id);
        if (p == null) {
            throw ApiException.notFound("待签字整改交接", "pending handover", id);
        }
        access.requireUnit(caller, p.divisionCode, p.unitId);
        return p;
    }

    /** Per outgoing leader (the ledgers' principal leader, other than the incoming one): the open tasks that would pass. */
    private static Map<String, List<Long>> byOutgoing(EntityManager em, long unitId, String incoming) {
        Map<String, List<Long>> result = new LinkedHashMap<>();
        List<LedgerEntity> ledgers = Where.of().eq("l.unitId", "unitId", unitId).list(em, LedgerEntity.class, "l", " order by l.id");
        for (LedgerEntity l : ledgers) {
            String outgoing = HandoverRules.trim(l.principalLeader);
            if (outgoing == null || outgoing.equals(incoming)) {
                continue;
            }
            List<Long> tasks = result.computeIfAbsent(outgoing, k -> new ArrayList<>());
            for (TaskEntity t : HandoverServiceImpl.tasksOf(em, l.id)) {
                if (HandoverRules.handedOver(t.status, t.responsibleLeader, outgoing)) {
                    tasks.add(t.id);
                }
            }
        }
        return result;
    }

    private static boolean waitingFor(EntityManager em, long unitId, long personId) {
        return !em.createQuery("select p.id from PendingHandoverEntity p where p.unitId = :u and p.incomingPersonId = :p"
                        + " and p.handoverId is null", Long.class)
                .setParameter("u", unitId).setParameter("p", personId).setMaxResults(1).getResultList().isEmpty();
    }

    private static boolean waiting(EntityManager em, long unitId, long personId, String outgoing) {
        return !em.createQuery("select p.id from PendingHandoverEntity p where p.unitId = :u and p.incomingPersonId = :p"
                        + " and p.outgoingLeader = :o and p.handoverId is null", Long.class)
                .setParameter("u", unitId).setParameter("p", personId).setParameter("o", outgoing).getResultList().isEmpty();
    }
}
