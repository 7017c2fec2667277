package org.xuncha.platform.internal.reference;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.event.Events;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.PersonQuery;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.internal.Store;
import org.xuncha.platform.internal.registry.PlatformDescriptor;

/** Persons (干部): a person belongs to a unit, and is in a caller's scope when their unit is. */
@Component(service = PersonService.class)
public class PersonService {

    static final Map<String, String> SORT = Map.of("id", "p.id", "name", "p.name", "unitId", "p.unitId",
            "post", "p.post", "rank", "p.rank", "leadership", "p.leadership");
    private static final String READ = PlatformDescriptor.REFERENCE_READ;
    private static final String WRITE = PlatformDescriptor.REFERENCE_WRITE;

    private final ModuleStore db;

    @Activate
    public PersonService(@Reference Store store) {
        this.db = store.db();
    }

    public Page<Person> find(Caller caller, PersonQuery q, PageRequest page) {
        caller.require(READ);
        return db.read(em -> {
            Page<PersonEntity> rows = where(caller, q).page(em, PersonEntity.class, "p", Where.orderBy(page, SORT, "p.id"), page);
            Map<Long, String> divisions = divisionsOfUnits(em, rows.items().stream().map(PersonEntity::unitId).toList());
            return rows.map(p -> p.toValue(divisions.get(p.unitId())));
        });
    }

    static Where where(Caller caller, PersonQuery q) {
        Where w = Where.of();
        if (!caller.scope().allDivisions()) {
            // a person's scope is their unit's division; none matches nothing (no "1 = 0": see Where.in)
            w = caller.scope().divisions().isEmpty() ? w.and("p.id is null")
                    : w.and("p.unitId in (select u.id from UnitEntity u where u.divisionCode in :scopeDivisions)",
                            "scopeDivisions", caller.scope().divisions());
        }
        w.like("text", q.text(), "p.name", "p.post")
                .eq("p.unitId", "unit", q.unitId())
                .eq("p.leadership", "lead", q.leadership());
        return q.activeOnly() ? w.and("p.active = true") : w;
    }

    public Optional<Person> get(Caller caller, long id) {
        caller.require(READ);
        return db.read(em -> Optional.ofNullable(em.find(PersonEntity.class, id)).map(p -> {
            String division = divisionsOfUnits(em, List.of(p.unitId())).get(p.unitId());
            caller.requireDivision(division);
            return p.toValue(division);
        }));
    }

    /** Persons by id in the caller's scope; unknown ids and persons outside the scope are left out. */
    public Map<Long, Person> byIds(Caller caller, Collection<Long> ids) {
        caller.require(READ);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.read(em -> {
            Map<Long, Person> result = new LinkedHashMap<>();
            for (List<Long> chunk : Chunks.of(new TreeSet<>(ids))) {
                List<PersonEntity> rows = em.createQuery("select p from PersonEntity p where p.id in :ids", PersonEntity.class)
                        .setParameter("ids", chunk).getResultList();
                Map<Long, String> divisions = divisionsOfUnits(em, rows.stream().map(PersonEntity::unitId).toList());
                rows.stream().filter(p -> caller.scope().coversDivision(divisions.get(p.unitId())))
                        .forEach(p -> result.put(p.id(), p.toValue(divisions.get(p.unitId()))));
            }
            return result;
        });
    }

    public Person create(Caller caller, Person person) {
        caller.require(WRITE);
        PersonRules.check(Body.required(person)).throwIfInvalid();
        Long[] previous = new Long[1];
        Person created = db.write(em -> {
            previous[0] = topLeaderOf(em, person.unitId(), null);
            return insert(em, caller, person);
        });
        db.post(Events.topic(db.moduleId(), "person_created"), caller, created.id());
        postIfNewTopLeader(caller, null, created, previous[0]);
        return created;
    }

    public Person update(Caller caller, long id, Person person) {
        caller.require(WRITE);
        PersonRules.check(Body.required(person)).throwIfInvalid();
        Person[] before = new Person[1];
        Long[] previous = new Long[1];
        Person updated = db.write(em -> {
            PersonEntity e = em.find(PersonEntity.class, id);
            if (e == null) {
                throw ApiException.notFound("干部", "person", id);
            }
            before[0] = e.toValue(null);
            previous[0] = topLeaderOf(em, person.unitId(), id);
            return apply(em, caller, e, person);
        });
        db.post(Events.topic(db.moduleId(), "person_updated"), caller, id);
        postIfNewTopLeader(caller, before[0], updated, previous[0]);
        return updated;
    }

    public void delete(Caller caller, long id) {
        caller.require(WRITE);
        db.write(em -> {
            PersonEntity e = em.find(PersonEntity.class, id);
            if (e == null) {
                throw ApiException.notFound("干部", "person", id);
            }
            unitDivision(em, caller, e.unitId());
            em.remove(e);
            db.audit(em, caller, AuditAction.DELETE, "person", id, "删除干部 #" + id);
            return null;
        });
        db.post(Events.topic(db.moduleId(), "person_deleted"), caller, id);
    }

    /**
     * {@link #TOP_LEADER_CHANGED} when a person has just become the active top leader (一把手) of a unit,
     * so that modules whose records name the unit's leader (rectification's handover) can follow; with
     * the unit, the new leader and the one the unit had before (if any), ids only.
     */
    void postIfNewTopLeader(Caller caller, Person before, Person after, Long previous) {
        if (isTopLeader(after) && !(isTopLeader(before) && before.unitId().equals(after.unitId()))) {
            db.post(Events.TOP_LEADER_CHANGED, caller, after.id(), "unitId", after.unitId(), "personId", after.id(), "previousPersonId", previous);
        }
    }

    private static boolean isTopLeader(Person p) {
        return p != null && p.active() && p.leadership() == Person.Leadership.TOP_LEADER;
    }

    /** The unit's active top leader other than this person, the lowest id if the data hold several; null if none. */
    static Long topLeaderOf(EntityManager em, Long unitId, Long other) {
        if (unitId == null) {
            return null;
        }
        List<Long> ids = em.createQuery("select p.id from PersonEntity p where p.unitId = :u and p.active = true"
                        + " and p.leadership = :top and p.id <> :other order by p.id", Long.class)
                .setParameter("u", unitId).setParameter("top", Person.Leadership.TOP_LEADER)
                .setParameter("other", other == null ? -1L : other).setMaxResults(1).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    // ------------------------------------------------------------ in a unit of work (also the import's)

    Person insert(EntityManager em, Caller caller, Person person) {
        String division = unitDivision(em, caller, person.unitId());
        PersonEntity e = new PersonEntity();
        e.apply(person);
        em.persist(e);
        em.flush();
        db.audit(em, caller, AuditAction.CREATE, "person", e.id(), "新增干部 #" + e.id());
        return e.toValue(division);
    }

    Person apply(EntityManager em, Caller caller, PersonEntity e, Person person) {
        unitDivision(em, caller, e.unitId());
        String division = unitDivision(em, caller, person.unitId());
        if (person.version() != null && !person.version().equals(e.version())) {
            throw ApiException.conflict("stale", "数据已被他人修改，请刷新后重试", "The record was changed by someone else; reload and try again");
        }
        e.apply(person);
        em.flush();
        db.audit(em, caller, AuditAction.UPDATE, "person", e.id(), "修改干部 #" + e.id());
        return e.toValue(division);
    }

    /** The person with this name in this unit, the one an import updates; null if none. */
    static PersonEntity sameNameInUnit(EntityManager em, String name, Long unitId) {
        List<PersonEntity> same = em.createQuery("select p from PersonEntity p where p.name = :n and p.unitId = :u order by p.id",
                PersonEntity.class).setParameter("n", name.trim()).setParameter("u", unitId).setMaxResults(1).getResultList();
        return same.isEmpty() ? null : same.get(0);
    }

    /** The division of a person's unit, which must exist (400 naming {@code unitId}) and be in the caller's scope (403). */
    private static String unitDivision(EntityManager em, Caller caller, Long unitId) {
        UnitEntity unit = unitId == null ? null : em.find(UnitEntity.class, unitId);
        if (unit == null) {
            throw ApiException.validation(List.of(new FieldError("unitId", "not_found",
                    "所在单位不存在：" + unitId, "unit not found: " + unitId)));
        }
        caller.requireDivision(unit.divisionCode());
        return unit.divisionCode();
    }

    private static Map<Long, String> divisionsOfUnits(EntityManager em, Collection<Long> unitIds) {
        Map<Long, String> result = new HashMap<>();
        for (List<Long> chunk : Chunks.of(new TreeSet<>(unitIds))) {
            for (Object[] row : em.createQuery("select u.id, u.divisionCode from UnitEntity u where u.id in :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                result.put((Long) row[0], (String) row[1]);
            }
        }
        return result;
    }
}
