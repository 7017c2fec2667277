package org.xuncha.rectification.internal.assignment;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.Assignment;
import org.xuncha.rectification.api.AssignmentDraft;
import org.xuncha.rectification.api.AssignmentKind;
import org.xuncha.rectification.api.AssignmentService;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.internal.Access;
import org.xuncha.rectification.internal.Store;

/**
 * 书记批示, 共性问题交办单 and 专项整治, tracked to completion. They belong to a committee (a division),
 * not to a unit: a unit's contact, limited to its own unit, sees none of them.
 */
@Component(service = AssignmentService.class)
public class AssignmentServiceImpl implements AssignmentService {

    private final ModuleStore store;
    private final ReferenceDataService reference;

    @Activate
    public AssignmentServiceImpl(@Reference Store store, @Reference ReferenceDataService reference) {
        this.store = store.db();
        this.reference = reference;
    }

    @Override
    public Page<Assignment> assignments(Caller caller, AssignmentKind kind, Boolean completed, PageRequest page) {
        caller.require(RectificationPermissions.READ);
        return store.read(em -> {
            Where w = scoped(caller).eq("a.kind", "kind", kind);
            if (completed != null) {
                w.and(completed ? "a.completedOn is not null" : "a.completedOn is null");
            }
            return w.page(em, AssignmentEntity.class, "a", Where.orderBy(page, AssignmentRules.SORT, "a.id"), page).map(AssignmentEntity::toValue);
        });
    }

    @Override
    public Assignment assignment(Caller caller, long id) {
        caller.require(RectificationPermissions.READ);
        return store.read(em -> find(em, caller, id).toValue());
    }

    @Override
    public Assignment record(Caller caller, AssignmentDraft draft) {
        caller.require(RectificationPermissions.MANAGE);
        AssignmentRules.check(draft, store.today());
        String division = AssignmentRules.trim(draft.divisionCode()) != null ? draft.divisionCode().trim() : caller.divisionCode();
        new Checks().required("divisionCode", division, "行政区划", "division").throwIfInvalid();
        // the platform's shared check of referenced ids: 400 unknown, 403 outside the caller's divisions
        reference.referencedDivision(caller, "divisionCode", division);
        return store.write(em -> {
            AssignmentEntity a = new AssignmentEntity();
            a.kind = draft.kind();
            a.divisionCode = division;
            a.title = AssignmentRules.trim(draft.title());
            a.assignedBy = AssignmentRules.trim(draft.assignedBy());
            a.assignedOn = draft.assignedOn();
            a.recordedBy = caller.username();
            a.recordedAt = store.now();
            em.persist(a);
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, "assignment", a.id, "登记" + a.kind.nameZh());
            return a.toValue();
        });
    }

    @Override
    public Assignment complete(Caller caller, long id, AssignmentDraft.Completion completion) {
        caller.require(RectificationPermissions.MANAGE);
        return store.write(em -> {
            AssignmentEntity a = find(em, caller, id);
            AssignmentRules.check(completion, a.assignedOn, store.today());
            a.completedOn = completion.completedOn();
            a.result = AssignmentRules.trim(completion.result());
            store.audit(em, caller, AuditAction.UPDATE, "assignment", a.id, a.kind.nameZh() + "办结");
            return a.toValue();
        });
    }

    @Override
    public long count(Caller caller, AssignmentKind kind) {
        caller.require(RectificationPermissions.READ);
        return store.read(em -> scoped(caller).eq("a.kind", "kind", kind).count(em, AssignmentEntity.class, "a"));
    }

    private static Where scoped(Caller caller) {
        Where w = Where.scoped(caller, "a.divisionCode", null);
        return Access.unitLimited(caller) ? w.and("a.id < 0") : w;
    }

    private static AssignmentEntity find(javax.persistence.EntityManager em, Caller caller, long id) {
        AssignmentEntity a = em.find(AssignmentEntity.class, id);
        if (a == null) {
            throw ApiException.notFound("交办事项", "assignment", id);
        }
        caller.requireDivision(a.divisionCode);
        if (Access.unitLimited(caller)) {
            throw ApiException.outOfScope();
        }
        return a;
    }
}
