package org.xuncha.rectification.internal.review;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.api.TaskStatus;
import org.xuncha.rectification.internal.Access;
import org.xuncha.rectification.internal.Store;
import org.xuncha.rectification.internal.ledger.LedgerEntity;
import org.xuncha.rectification.internal.review.ReconciliationRules.Count;
import org.xuncha.rectification.internal.review.ReconciliationRules.Figures;
import org.xuncha.rectification.internal.review.ReconciliationRules.Line;

/**
 * 定期对账: the office takes a snapshot of a round's ledgers (tasks and closed tasks per unit, as of
 * now) and compares it with the figures another party keeps (the discipline commission's, the
 * organisation department's); every unit that differs is listed and stays open until the office
 * records how it was resolved. A reconciliation belongs to the round's division; a unit's contact
 * sees none.
 */
@Component(service = ReconciliationService.class)
public class ReconciliationService {

    /** The other party's figures, for a round. */
    public record Draft(Long roundId, JointReviewRules.Party party, List<Count> counts) {
    }

    /** How a difference was resolved. */
    public record Resolution(String resolution) {
    }

    /** A line as read. */
    public record LineView(long id, long unitId, String unitName, Long ledgerId, Integer ledgerTasks, Integer ledgerClosed, Integer reportedTasks,
                           Integer reportedClosed, boolean differs, String resolution, String resolvedBy, LocalDateTime resolvedAt) {
    }

    /** A reconciliation: reconciled when no difference is left open. */
    public record Reconciliation(long id, String divisionCode, long roundId, JointReviewRules.Party party, LocalDate takenOn, int differences,
                                 int openDifferences, boolean reconciled, String recordedBy, LocalDateTime recordedAt, List<LineView> lines) {
    }

    private final ModuleStore store;
    private final Access access;
    private final ReferenceDataService reference;

    @Activate
    public ReconciliationService(@Reference Store store, @Reference Access access, @Reference ReferenceDataService reference) {
        this.store = store.db();
        this.access = access;
        this.reference = reference;
    }

    public Reconciliation take(Caller caller, Draft draft) {
        caller.require(RectificationPermissions.MANAGE);
        // every error at once: the figures' and the units'
        Checks units = ReconciliationRules.check(draft == null ? null : draft.roundId(), draft == null ? null : draft.party(),
                draft == null ? null : draft.counts());
        Map<Long, Figures> reported = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        List<Count> counts = draft == null || draft.counts() == null ? List.of() : draft.counts();
        for (int i = 0; i < counts.size() && i < ReconciliationRules.COUNTS_MAX; i++) {
            Count n = counts.get(i);
            if (n == null || n.unitId() == null) {
                continue;
            }
            Unit u = reference.unit(Caller.system("rectification-reconciliation"), n.unitId()).orElse(null);
            boolean visible = u != null && caller.scope().coversDivision(u.divisionCode()) && caller.scope().coversUnit(u.id());
            units.check(u == null, "counts[" + i + "].unitId", "not_found", "单位不存在：" + n.unitId(), "No such unit: " + n.unitId());
            if (u != null && !visible) {
                throw Access.outOfScope("counts[" + i + "].unitId", "单位 " + u.id(), "unit " + u.id());
            }
            reported.put(n.unitId(), new Figures(n.tasks() == null ? 0 : n.tasks(), n.closed() == null ? 0 : n.closed()));
            if (u != null) {
                names.put(u.id(), u.name());
            }
        }
        units.throwIfInvalid();
        return store.write(em -> {
            List<LedgerEntity> ledgers = access.scoped(caller, "l").eq("l.roundId", "roundId", draft.roundId())
                    .list(em, LedgerEntity.class, "l", " order by l.unitId");
            if (ledgers.isEmpty()) {
                throw ApiException.conflict("no_ledgers", "该轮次在您的范围内没有整改台账，无从对账", "The round has no ledgers in your scope to reconcile");
            }
            Map<Long, LedgerEntity> byUnit = new HashMap<>();
            ledgers.forEach(l -> byUnit.put(l.unitId, l));
            List<Line> lines = ReconciliationRules.compare(snapshot(em, ledgers), reported);
            ReconciliationEntity r = new ReconciliationEntity();
            r.divisionCode = ledgers.get(0).divisionCode;
            r.roundId = draft.roundId();
            r.party = draft.party();
            r.takenOn = store.today();
            r.differences = (int) lines.stream().filter(Line::differs).count();
            r.openDifferences = r.differences;
            r.recordedBy = caller.username();
            r.recordedAt = store.now();
            em.persist(r);
            for (Line line : lines) {
                ReconciliationLineEntity e = new ReconciliationLineEntity();
                LedgerEntity l = byUnit.get(line.unitId());
                e.reconId = r.id;
                e.unitId = line.unitId();
                e.unitName = l != null ? l.unitName : names.get(line.unitId());
                e.ledgerId = l == null ? null : l.id;
                e.ledgerTasks = line.ledger() == null ? null : line.ledger().tasks();
                e.ledgerClosed = line.ledger() == null ? null : line.ledger().closed();
                e.reportedTasks = line.reported() == null ? null : line.reported().tasks();
                e.reportedClosed = line.reported() == null ? null : line.reported().closed();
                e.differs = line.differs();
                em.persist(e);
            }
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, "reconciliation", r.id, "定期对账（轮次 " + r.roundId + "，差异 " + r.differences + " 处）");
            return value(em, r);
        });
    }

    /** The office records how a difference was resolved; the last one resolved reconciles. */
    public Reconciliation resolve(Caller caller, long id, long lineId, Resolution resolution) {
        caller.require(RectificationPermissions.MANAGE);
        String text = resolution == null || resolution.resolution() == null || resolution.resolution().isBlank() ? null : resolution.resolution().trim();
        return store.write(em -> {
            ReconciliationEntity r = find(em, caller, id);
            new Checks().required("resolution", text, "处理说明", "resolution")
                    .maxLength("resolution", text, ReconciliationRules.RESOLUTION_MAX, "处理说明", "resolution").throwIfInvalid();
            ReconciliationLineEntity line = em.find(ReconciliationLineEntity.class, lineId);
            if (line == null || line.reconId != r.id) {
                throw ApiException.notFound("对账差异", "difference", lineId);
            }
            if (!line.differs || line.resolution != null) {
                throw ApiException.conflict("not_open", "此行没有待处理的差异", "This line has no open difference");
            }
            line.resolution = text;
            line.resolvedBy = caller.username();
            line.resolvedAt = store.now();
            r.openDifferences--;
            em.flush();
            store.audit(em, caller, AuditAction.UPDATE, "reconciliation", r.id, "处理对账差异（单位 " + line.unitId + "）");
            return value(em, r);
        });
    }

    public Reconciliation reconciliation(Caller caller, long id) {
        caller.require(RectificationPermissions.READ);
        return store.read(em -> value(em, find(em, caller, id)));
    }

    /** The latest first; each with its lines. */
    public Page<Reconciliation> reconciliations(Caller caller, Long roundId, PageRequest page) {
        caller.require(RectificationPermissions.READ);
        return store.read(em -> scoped(caller).eq("r.roundId", "roundId", roundId)
                .page(em, ReconciliationEntity.class, "r", Where.orderBy(page, Map.of("id", "r.id"), "r.id"), page).map(r -> value(em, r)));
    }

    /** Tasks and closed tasks per unit of these ledgers, now. */
    private static Map<Long, Figures> snapshot(EntityManager em, List<LedgerEntity> ledgers) {
        Map<Long, Long> unitOf = new HashMap<>();
        ledgers.forEach(l -> unitOf.put(l.id, l.unitId));
        Map<Long, Figures> figures = new HashMap<>();
        ledgers.forEach(l -> figures.put(l.unitId, new Figures(0, 0)));
        List<Object[]> rows = em.createQuery("select t.ledgerId, count(t), sum(case when t.status = :closed then 1 else 0 end) from TaskEntity t "
                + "where t.ledgerId in :ids group by t.ledgerId", Object[].class).setParameter("closed", TaskStatus.CLOSED)
                .setParameter("ids", unitOf.keySet()).getResultList();
        for (Object[] row : rows) {
            figures.put(unitOf.get(((Number) row[0]).longValue()), new Figures(((Number) row[1]).intValue(), row[2] == null ? 0 : ((Number) row[2]).intValue()));
        }
        return figures;
    }

    private static Where scoped(Caller caller) {
        Where w = Where.scoped(caller, "r.divisionCode", null, "r.roundId");
        return Access.unitLimited(caller) ? w.and("r.id < 0") : w;
    }

    private ReconciliationEntity find(EntityManager em, Caller caller, long id) {
        ReconciliationEntity r = em.find(ReconciliationEntity.class, id);
        if (r == null) {
            throw ApiException.notFound("对账", "reconciliation", id);
        }
        caller.requireDivision(r.divisionCode);
        if (Access.unitLimited(caller) || !caller.scope().coversRound(r.roundId)) {
            throw ApiException.outOfScope();
        }
        return r;
    }

    private Reconciliation value(EntityManager em, ReconciliationEntity r) {
        List<LineView> lines = em.createQuery("select e from ReconciliationLineEntity e where e.reconId = :r order by e.unitId",
                ReconciliationLineEntity.class).setParameter("r", r.id).getResultList().stream()
                .map(e -> new LineView(e.id, e.unitId, e.unitName, e.ledgerId, e.ledgerTasks, e.ledgerClosed, e.reportedTasks, e.reportedClosed,
                        e.differs, e.resolution, e.resolvedBy, e.resolvedAt)).toList();
        return new Reconciliation(r.id, r.divisionCode, r.roundId, r.party, r.takenOn, r.differences, r.openDifferences, r.openDifferences == 0,
                r.recordedBy, r.recordedAt, lines);
    }
}
