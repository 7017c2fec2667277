package org.xuncha.rectification.internal.assignment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.AssignmentDraft;
import org.xuncha.rectification.api.AssignmentKind;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.internal.Access;
import org.xuncha.rectification.internal.Store;

/**
 * The ledger across units of a 共性问题交办单 or a 专项整治: the office lists the units it is assigned
 * to; each unit's contact reports its own line done; the office sees every line. A unit's contact
 * sees its own line only (the assignment itself stays the committee's).
 */
@Component(service = AssignmentUnits.class)
public class AssignmentUnits {

    static final int UNITS_MAX = 500;

    /** One unit's line. */
    public record UnitLine(long id, long assignmentId, long unitId, String unitName, LocalDate completedOn, String result, String reportedBy,
                           String assignedBy, LocalDateTime assignedAt) {
    }

    /** The units the office adds. */
    public record UnitsDraft(List<Long> unitIds) {
    }

    private final ModuleStore store;
    private final Access access;
    private final ReferenceDataService reference;

    @Activate
    public AssignmentUnits(@Reference Store store, @Reference Access access, @Reference ReferenceDataService reference) {
        this.store = store.db();
        this.access = access;
        this.reference = reference;
    }

    /** Adds units to the ledger of a common problem or campaign (a unit already in it is left as it is). */
    public List<UnitLine> assign(Caller caller, long assignmentId, UnitsDraft draft) {
        caller.require(RectificationPermissions.MANAGE);
        List<Long> ids = draft == null ? null : draft.unitIds();
        new Checks().check(ids == null || ids.isEmpty(), "unitIds", "required", "请选择单位", "unitIds is required")
                .check(ids != null && ids.size() > UNITS_MAX, "unitIds", "too_many", "单位不能超过" + UNITS_MAX + "个", "At most " + UNITS_MAX + " units")
                .throwIfInvalid();
        Map<String, Long> byField = new java.util.LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            new Checks().required("unitIds[" + i + "]", ids.get(i), "单位", "unit").throwIfInvalid();
            byField.put("unitIds[" + i + "]", ids.get(i));
        }
        // the platform's shared check of referenced ids: every unknown one a 400, then any outside the caller's divisions a 403, by field
        List<Unit> units = List.copyOf(reference.referencedUnits(caller, byField).values());
        return store.write(em -> {
            AssignmentEntity a = assignment(em, caller, assignmentId);
            if (a.kind == AssignmentKind.INSTRUCTION) {
                throw ApiException.conflict("not_per_unit", "书记批示不分单位建立台账", "A secretary's instruction has no per-unit ledger");
            }
            Set<Long> present = new HashSet<>(em.createQuery("select u.unitId from AssignmentUnitEntity u where u.assignmentId = :a", Long.class)
                    .setParameter("a", a.id).getResultList());
            for (Unit u : units) {
                if (present.add(u.id())) {
                    AssignmentUnitEntity e = new AssignmentUnitEntity();
                    e.assignmentId = a.id;
                    e.unitId = u.id();
                    e.unitName = u.name();
                    e.divisionCode = u.divisionCode();
                    e.assignedBy = caller.username();
                    e.assignedAt = store.now();
                    em.persist(e);
                }
            }
            em.flush();
            store.audit(em, caller, AuditAction.UPDATE, "assignment", a.id, a.kind.nameZh() + "分解到单位（" + units.size() + " 个）");
            return lines(em, caller, a.id);
        });
    }

    /** The lines the caller can see: every line for the office and departments, its own for a unit's contact. */
    public List<UnitLine> units(Caller caller, long assignmentId) {
        caller.require(RectificationPermissions.READ);
        return store.read(em -> {
            visible(em, caller, assignmentId);
            return lines(em, caller, assignmentId);
        });
    }

    /** The unit (its contact, or the office) reports its line done (again: corrects it). */
    public UnitLine complete(Caller caller, long assignmentId, long unitId, AssignmentDraft.Completion completion) {
        caller.require(RectificationPermissions.REPORT);
        return store.write(em -> {
            AssignmentEntity a = visible(em, caller, assignmentId);
            AssignmentUnitEntity line = em.createQuery("select u from AssignmentUnitEntity u where u.assignmentId = :a and u.unitId = :u",
                    AssignmentUnitEntity.class).setParameter("a", assignmentId).setParameter("u", unitId).getResultStream().findFirst()
                    .orElseThrow(() -> ApiException.notFound("交办单位", "assigned unit", unitId));
            access.requireUnit(caller, line.divisionCode, line.unitId);
            AssignmentRules.check(completion, a.assignedOn, store.today());
            line.completedOn = completion.completedOn();
            line.result = AssignmentRules.trim(completion.result());
            line.reportedBy = caller.username();
            em.flush();
            store.audit(em, caller, AuditAction.UPDATE, "assignment-unit", line.id, a.kind.nameZh() + "单位整改完成（单位 " + unitId + "）");
            return value(line);
        });
    }

    private List<UnitLine> lines(EntityManager em, Caller caller, long assignmentId) {
        boolean own = Access.unitLimited(caller);
        String jpql = "select u from AssignmentUnitEntity u where u.assignmentId = :a" + (own ? " and u.unitId = :own" : "") + " order by u.unitId";
        var q = em.createQuery(jpql, AssignmentUnitEntity.class).setParameter("a", assignmentId);
        if (own) {
            q.setParameter("own", access.ownUnit(caller));
        }
        return q.getResultList().stream().map(AssignmentUnits::value).toList();
    }

    /** The office and departments: the assignment in their divisions; a unit's contact: one with a line of its unit. */
    private AssignmentEntity visible(EntityManager em, Caller caller, long id) {
        AssignmentEntity a = em.find(AssignmentEntity.class, id);
        if (a == null) {
            throw ApiException.notFound("交办事项", "assignment", id);
        }
        if (Access.unitLimited(caller)) {
            long mine = em.createQuery("select count(u) from AssignmentUnitEntity u where u.assignmentId = :a and u.unitId = :own", Long.class)
                    .setParameter("a", id).setParameter("own", access.ownUnit(caller)).getSingleResult();
            if (mine == 0) {
                throw ApiException.outOfScope();
            }
        } else {
            caller.requireDivision(a.divisionCode);
        }
        return a;
    }

    private static AssignmentEntity assignment(EntityManager em, Caller caller, long id) {
        AssignmentEntity a = em.find(AssignmentEntity.class, id);
        if (a == null) {
            throw ApiException.notFound("交办事项", "assignment", id);
        }
        caller.requireDivision(a.divisionCode);
        return a;
    }

    private static UnitLine value(AssignmentUnitEntity e) {
        return new UnitLine(e.id, e.assignmentId, e.unitId, e.unitName, e.completedOn, e.result, e.reportedBy, e.assignedBy, e.assignedAt);
    }
}
