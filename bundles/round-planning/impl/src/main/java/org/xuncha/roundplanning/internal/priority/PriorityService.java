package org.xuncha.roundplanning.internal.priority;

import static org.xuncha.roundplanning.api.RoundPlanningPermissions.PRIORITY_READ;
import static org.xuncha.roundplanning.api.RoundPlanningPermissions.PRIORITY_WRITE;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Priority;
import org.xuncha.roundplanning.internal.Inputs;
import org.xuncha.roundplanning.internal.ReferenceLookup;
import org.xuncha.roundplanning.internal.Store;

/** The library of a committee's priorities (中心工作), which rounds and targets are tagged with. */
@Component(service = PriorityService.class)
public class PriorityService {

    private final ModuleStore db;
    private final ReferenceLookup reference;

    @Activate
    public PriorityService(@Reference Store store, @Reference ReferenceLookup reference) {
        this.db = store.db();
        this.reference = reference;
    }

    public List<Priority> priorities(Caller caller, String divisionCode, boolean activeOnly) {
        caller.require(PRIORITY_READ);
        return db.read(em -> {
            Where w = Where.scoped(caller, "p.divisionCode", null).eq("p.divisionCode", "division", divisionCode);
            if (activeOnly) {
                w.and("p.active = true");
            }
            return w.list(em, PriorityEntity.class, "p", " order by p.sourceDate desc, p.id desc").stream()
                    .map(PriorityEntity::toValue).toList();
        });
    }

    public Priority create(Caller caller, Priority p) {
        caller.require(PRIORITY_WRITE);
        check(Inputs.body(p));
        String division = p.divisionCode().trim();
        reference.referencedDivision(caller, "divisionCode", division);
        return db.write(em -> {
            PriorityEntity e = new PriorityEntity();
            e.divisionCode = division;
            apply(e, p);
            em.persist(e);
            em.flush();
            db.audit(em, caller, AuditAction.CREATE, "priority", e.id, "新增中心工作 " + e.id);
            return e.toValue();
        });
    }

    public Priority update(Caller caller, long id, Priority p) {
        caller.require(PRIORITY_WRITE);
        check(Inputs.body(p));
        return db.write(em -> {
            PriorityEntity e = PriorityEntity.load(em, id);
            caller.requireDivision(e.divisionCode);
            Inputs.checkVersion(p.version(), e.version);
            Inputs.requireSameDivision(e.divisionCode, p.divisionCode().trim(), "中心工作", "priority");
            apply(e, p);
            em.flush();
            db.audit(em, caller, AuditAction.UPDATE, "priority", e.id, "修改中心工作 " + e.id);
            return e.toValue();
        });
    }

    private static void check(Priority p) {
        Checks checks = new Checks().required("name", p.name(), "名称", "name").maxLength("name", p.name(), 200, "名称", "name")
                .maxLength("sourceMeeting", p.sourceMeeting(), 200, "来源会议", "source meeting")
                .maxLength("description", p.description(), 2000, "说明", "description");
        Inputs.divisionCode(checks, p.divisionCode());
        Inputs.date(checks, "sourceDate", p.sourceDate(), "会议日期", "source date");
        checks.throwIfInvalid();
    }

    private static void apply(PriorityEntity e, Priority p) {
        e.name = p.name().trim();
        e.sourceMeeting = p.sourceMeeting();
        e.sourceDate = p.sourceDate();
        e.description = p.description();
        e.active = p.active() == null || p.active();
    }

    /**
     * Checks priority ids a round or target is tagged with: each must be in the library of the
     * round's division (an id of another division's library is refused like an unknown one).
     *
     * @return the ids, without nulls and repeats
     */
    public static Set<Long> checkIds(EntityManager em, Checks checks, String field, Collection<Long> ids, String divisionCode) {
        Set<Long> result = Inputs.ids(ids);
        if (!result.isEmpty()) {
            Set<Long> known = new HashSet<>(em.createQuery(
                    "select p.id from PriorityEntity p where p.id in :ids and p.divisionCode = :d", Long.class)
                    .setParameter("ids", result).setParameter("d", divisionCode).getResultList());
            result.stream().filter(id -> !known.contains(id)).sorted()
                    .forEach(id -> checks.add(field, "not_found", "中心工作不存在：" + id, "priority not found: " + id));
        }
        return result;
    }
}
