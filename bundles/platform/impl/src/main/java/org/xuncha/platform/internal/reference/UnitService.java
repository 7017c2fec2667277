package org.xuncha.platform.internal.reference;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.event.Events;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.internal.Store;
import org.xuncha.platform.internal.registry.PlatformDescriptor;

/** Units that can be inspected (被巡察单位): lists in the caller's scope, changes checked against the unit tree. */
@Component(service = UnitService.class)
public class UnitService {

    static final Map<String, String> SORT = Map.of("id", "u.id", "code", "u.code", "name", "u.name",
            "divisionCode", "u.divisionCode", "field", "u.field", "sector", "u.sector", "system", "u.system");
    private static final String READ = PlatformDescriptor.REFERENCE_READ;
    private static final String WRITE = PlatformDescriptor.REFERENCE_WRITE;

    private final ModuleStore db;

    @Activate
    public UnitService(@Reference Store store) {
        this.db = store.db();
    }

    public Page<Unit> find(Caller caller, UnitQuery q, PageRequest page) {
        caller.require(READ);
        return db.read(em -> where(caller, q).page(em, UnitEntity.class, "u", Where.orderBy(page, SORT, "u.id"), page)
                .map(UnitEntity::toValue));
    }

    /** Every unit matching the query, ordered by code, for coverage computations; no paging. */
    public List<Unit> all(Caller caller, UnitQuery q) {
        caller.require(READ);
        return db.read(em -> where(caller, q).list(em, UnitEntity.class, "u", " order by u.code").stream().map(UnitEntity::toValue).toList());
    }

    static Where where(Caller caller, UnitQuery q) {
        Where w = Where.scoped(caller, "u.divisionCode", null)
                .like("text", q.text(), "u.name", "u.code")
                .eq("u.divisionCode", "division", q.divisionCode())
                .eq("u.field", "field", q.field())
                .eq("u.sector", "sector", q.sector())
                .eq("u.system", "system", q.system())
                .eq("u.parentId", "parent", q.parentId());
        return q.activeOnly() ? w.and("u.active = true") : w;
    }

    public Optional<Unit> get(Caller caller, long id) {
        caller.require(READ);
        return db.read(em -> Optional.ofNullable(em.find(UnitEntity.class, id)).map(e -> {
            caller.requireDivision(e.divisionCode());
            return e.toValue();
        }));
    }

    /** Units by id in the caller's scope; unknown ids and units outside the scope are left out. */
    public Map<Long, Unit> byIds(Caller caller, Collection<Long> ids) {
        caller.require(READ);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.read(em -> {
            Map<Long, Unit> result = new LinkedHashMap<>();
            for (List<Long> chunk : Chunks.of(new TreeSet<>(ids))) {
                em.createQuery("select u from UnitEntity u where u.id in :ids", UnitEntity.class).setParameter("ids", chunk)
                        .getResultList().stream().filter(u -> caller.scope().coversDivision(u.divisionCode()))
                        .forEach(u -> result.put(u.id(), u.toValue()));
            }
            return result;
        });
    }

    public Unit create(Caller caller, Unit unit) {
        caller.require(WRITE);
        checked(unit);
        Unit created = codeRace(unit.code(), null, () -> db.write(em -> insert(em, caller, unit)));
        db.post(Events.topic(db.moduleId(), "unit_created"), caller, created.id());
        return created;
    }

    public Unit update(Caller caller, long id, Unit unit) {
        caller.require(WRITE);
        checked(unit);
        Unit updated = codeRace(unit.code(), id, () -> db.write(em -> {
            UnitEntity e = em.find(UnitEntity.class, id);
            if (e == null) {
                throw ApiException.notFound("单位", "unit", id);
            }
            return apply(em, caller, e, unit);
        }));
        db.post(Events.topic(db.moduleId(), "unit_updated"), caller, id);
        return updated;
    }

    /** Deletes a unit nothing in reference data refers to; one still in use is deactivated instead. */
    public void delete(Caller caller, long id) {
        caller.require(WRITE);
        db.write(em -> {
            UnitEntity e = em.find(UnitEntity.class, id);
            if (e == null) {
                throw ApiException.notFound("单位", "unit", id);
            }
            caller.requireDivision(e.divisionCode());
            long children = em.createQuery("select count(u) from UnitEntity u where u.parentId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            long persons = em.createQuery("select count(p) from PersonEntity p where p.unitId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            if (children > 0 || persons > 0) {
                throw ApiException.conflict("in_use", "该单位下还有" + children + "个下级单位、" + persons + "名干部，不能删除，可改为撤销状态",
                        "The unit still has " + children + " sub-units and " + persons + " persons; deactivate it instead");
            }
            em.remove(e);
            db.audit(em, caller, AuditAction.DELETE, "unit", id, "删除单位 " + e.code());
            return null;
        });
        db.post(Events.topic(db.moduleId(), "unit_deleted"), caller, id);
    }

    // ------------------------------------------------------------ in a unit of work (also the import's)

    Unit insert(EntityManager em, Caller caller, Unit unit) {
        throwIfAny(referenceErrors(em, caller, unit, null));
        caller.requireDivision(unit.divisionCode());
        UnitEntity e = new UnitEntity();
        e.apply(unit);
        em.persist(e);
        em.flush();
        db.audit(em, caller, AuditAction.CREATE, "unit", e.id(), "新增单位 " + e.code());
        return e.toValue();
    }

    Unit apply(EntityManager em, Caller caller, UnitEntity e, Unit unit) {
        caller.requireDivision(e.divisionCode());
        if (unit.version() != null && !unit.version().equals(e.version())) {
            throw ApiException.conflict("stale", "数据已被他人修改，请刷新后重试", "The record was changed by someone else; reload and try again");
        }
        throwIfAny(referenceErrors(em, caller, unit, e));
        caller.requireDivision(unit.divisionCode());
        e.apply(unit);
        em.flush();
        db.audit(em, caller, AuditAction.UPDATE, "unit", e.id(), "修改单位 " + e.code());
        return e.toValue();
    }

    /**
     * What the unit refers to, looked up: its division exists; its parent exists, is in the caller's
     * scope and is not the unit itself or one of its sub-units; its code is no other unit's. Checked
     * before the division's scope, so that an unknown division is named as such, not refused as out
     * of scope.
     */
    List<FieldError> referenceErrors(EntityManager em, Caller caller, Unit u, UnitEntity current) {
        Long selfId = current == null ? null : current.id();
        Checks checks = new Checks();
        checks.check(!DivisionService.exists(em, u.divisionCode()), "divisionCode", "not_found",
                "所属区划不存在：" + u.divisionCode(), "division not found: " + u.divisionCode());
        Long parentId = u.parentId();
        // scope and loops are checked for a new parent only: a parent kept as it is was checked when it was set
        boolean newParent = parentId != null && (current == null || !parentId.equals(current.parentId()));
        if (parentId != null) {
            UnitEntity parent = em.find(UnitEntity.class, parentId);
            boolean self = parentId.equals(selfId);
            checks.check(self, "parentId", "invalid", "上级单位不能是自身", "a unit cannot be its own parent")
                    .check(parent == null, "parentId", "not_found", "上级单位不存在：" + parentId, "parent unit not found: " + parentId)
                    .check(newParent && parent != null && !caller.scope().coversDivision(parent.divisionCode()), "parentId", "out_of_scope",
                            "上级单位不在您的数据范围内", "the parent unit is outside your data scope")
                    .check(newParent && parent != null && !self && UnitRules.closesLoop(selfId, parentId, id -> parentOf(em, id)),
                            "parentId", "invalid", "上级单位不能是本单位的下级单位", "the parent unit cannot be one of the unit's own sub-units");
        }
        checks.check(codeTaken(em, u.code().trim(), selfId), "code", "duplicate",
                "单位编码已存在：" + u.code().trim(), "unit code already exists: " + u.code().trim());
        return checks.errors();
    }

    Map<String, UnitEntity> byCodes(EntityManager em, Collection<String> codes) {
        Map<String, UnitEntity> result = new HashMap<>();
        for (List<String> chunk : Chunks.of(new TreeSet<>(codes))) {
            em.createQuery("select u from UnitEntity u where u.code in :c", UnitEntity.class).setParameter("c", chunk)
                    .getResultList().forEach(u -> result.put(u.code(), u));
        }
        return result;
    }

    private static Long parentOf(EntityManager em, Long id) {
        UnitEntity u = em.find(UnitEntity.class, id);
        return u == null ? null : u.parentId();
    }

    private static boolean codeTaken(EntityManager em, String code, Long selfId) {
        return em.createQuery("select u.id from UnitEntity u where u.code = :c", Long.class).setParameter("c", code)
                .getResultList().stream().anyMatch(id -> !id.equals(selfId));
    }

    /** A write that lost a race for its code: the same answer as if the code had been taken when checked. */
    private <R> R codeRace(String code, Long selfId, Supplier<R> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (UniqueRace.possible(e) && db.read(em -> codeTaken(em, code.trim(), selfId))) {
                throw ApiException.validation(List.of(new FieldError("code", "duplicate",
                        "单位编码已存在：" + code.trim(), "unit code already exists: " + code.trim())));
            }
            throw e;
        }
    }

    private static void checked(Unit unit) {
        UnitRules.check(Body.required(unit)).throwIfInvalid();
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }
}
