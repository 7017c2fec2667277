package org.xuncha.platform.internal.reference;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.xuncha.platform.api.event.Events;
import org.xuncha.platform.api.persistence.SchemaMigrator;
import org.xuncha.platform.api.persistence.Transactions;
import org.xuncha.platform.api.reference.Division;
import org.xuncha.platform.api.reference.DivisionLevel;
import org.xuncha.platform.api.reference.ImportReport;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.PersonQuery;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.platform.internal.registry.PlatformDescriptor;

/** Reference data on the platform's persistence unit, with permission, scope and audit on every call. */
@Component(service = ReferenceDataService.class)
public class ReferenceDataServiceImpl implements ReferenceDataService {

    static final String MODULE = PlatformDescriptor.ID;
    private static final String READ = PlatformDescriptor.REFERENCE_READ;
    private static final String WRITE = PlatformDescriptor.REFERENCE_WRITE;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final Map<String, String> UNIT_SORT = Map.of("id", "u.id", "code", "u.code", "name", "u.name",
            "divisionCode", "u.divisionCode", "field", "u.field", "sector", "u.sector", "system", "u.system");
    private static final Map<String, String> PERSON_SORT = Map.of("id", "p.id", "name", "p.name", "unitId", "p.unitId",
            "post", "p.post", "rank", "p.rank", "leadership", "p.leadership");

    private final EntityManagerFactory emf;
    private final Transactions tx;
    private final AuditTrail audit;
    private final EventAdmin events;
    private final ReferenceImporter importer;

    @Activate
    public ReferenceDataServiceImpl(@Reference(target = "(osgi.unit.name=xuncha.platform)") EntityManagerFactory emf,
                                    @Reference Transactions tx, @Reference SchemaMigrator migrator,
                                    @Reference AuditTrail audit, @Reference EventAdmin events,
                                    @Reference SpreadsheetService spreadsheets) {
        migrator.migrate(MODULE, getClass().getClassLoader(), "db/platform/changelog.xml");
        this.emf = emf;
        this.tx = tx;
        this.audit = audit;
        this.events = events;
        this.importer = new ReferenceImporter(this, spreadsheets);
    }

    // ---------------------------------------------------------------- divisions

    @Override
    public List<Division> divisions(Caller caller) {
        caller.require(READ);
        return tx.read(emf, em -> em.createQuery("select d from DivisionEntity d order by d.code", DivisionEntity.class)
                .getResultList().stream().map(DivisionEntity::toValue).toList());
    }

    @Override
    public Optional<Division> division(Caller caller, String code) {
        caller.require(READ);
        return tx.read(emf, em -> Optional.ofNullable(em.find(DivisionEntity.class, code)).map(DivisionEntity::toValue));
    }

    @Override
    public Division saveDivision(Caller caller, Division d) {
        caller.require(WRITE);
        new Checks()
                .required("code", d.code(), "区划代码", "code").pattern("code", d.code(), Pattern.compile("\\d{6,12}"), "区划代码", "code")
                .required("nameZh", d.nameZh(), "名称", "name").maxLength("nameZh", d.nameZh(), 100, "名称", "name")
                .maxLength("nameEn", d.nameEn(), 100, "英文名称", "English name")
                .required("level", d.level(), "层级", "level")
                .check(d.level() == DivisionLevel.COUNTY && (d.parentCode() == null || d.parentCode().isBlank()),
                        "parentCode", "required", "县级区划须指明所属市", "a county must name its city")
                .throwIfInvalid();
        Division saved = tx.write(emf, em -> {
            if (d.parentCode() != null && em.find(DivisionEntity.class, d.parentCode()) == null) {
                throw ApiException.validation(List.of(new org.xuncha.platform.api.rest.FieldError("parentCode", "not_found",
                        "上级区划不存在", "parent division not found")));
            }
            DivisionEntity e = em.find(DivisionEntity.class, d.code());
            boolean created = e == null;
            if (created) {
                e = new DivisionEntity(d.code());
                e.apply(d);
                em.persist(e);
            } else {
                e.apply(d);
            }
            audit.record(em, caller, AuditEntry.of(created ? AuditAction.CREATE : AuditAction.UPDATE, MODULE, "division", d.code(),
                    (created ? "新增区划 " : "修改区划 ") + d.code()));
            return e.toValue();
        });
        // A new county widens its city's scope: signed-in callers must see it at once.
        events.sendEvent(new Event(Events.SCOPE_CHANGED, Map.of(Events.MODULE, MODULE, Events.ENTITY_ID, saved.code(),
                Events.ACTOR, caller.username(), Events.TIMESTAMP, System.currentTimeMillis())));
        return saved;
    }

    @Override
    public Set<String> visibleDivisions(String divisionCode) {
        if (divisionCode == null) {
            return Set.of();
        }
        return tx.read(emf, em -> {
            Set<String> codes = new HashSet<>();
            codes.add(divisionCode);
            codes.addAll(em.createQuery("select d.code from DivisionEntity d where d.parentCode = :c", String.class)
                    .setParameter("c", divisionCode).getResultList());
            return codes;
        });
    }

    // ---------------------------------------------------------------- units

    @Override
    public Page<Unit> findUnits(Caller caller, UnitQuery q, PageRequest page) {
        caller.require(READ);
        return tx.read(emf, em -> {
            Where w = unitWhere(caller, q);
            long total = w.bind(em.createQuery("select count(u) from UnitEntity u" + w.sql, Long.class)).getSingleResult();
            TypedQuery<UnitEntity> query = w.bind(em.createQuery("select u from UnitEntity u" + w.sql
                    + orderBy(page, UNIT_SORT, "u.id"), UnitEntity.class));
            List<Unit> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(UnitEntity::toValue).toList();
            return new Page<>(items, total, page.page(), page.size());
        });
    }

    @Override
    public List<Unit> allUnits(Caller caller, UnitQuery q) {
        caller.require(READ);
        return tx.read(emf, em -> {
            Where w = unitWhere(caller, q);
            return w.bind(em.createQuery("select u from UnitEntity u" + w.sql + " order by u.code", UnitEntity.class))
                    .getResultList().stream().map(UnitEntity::toValue).toList();
        });
    }

    private static Where unitWhere(Caller caller, UnitQuery q) {
        Where w = new Where();
        if (!caller.scope().allDivisions()) {
            if (caller.scope().divisions().isEmpty()) {
                w.and("u.id is null", null, null);
            } else {
                w.and("u.divisionCode in :divs", "divs", caller.scope().divisions());
            }
        }
        if (q.text() != null && !q.text().isBlank()) {
            w.and("(lower(u.name) like :text or lower(u.code) like :text)", "text", "%" + q.text().trim().toLowerCase() + "%");
        }
        w.andEq("u.divisionCode", "division", q.divisionCode());
        w.andEq("u.field", "field", q.field());
        w.andEq("u.sector", "sector", q.sector());
        w.andEq("u.system", "system", q.system());
        w.andEq("u.parentId", "parent", q.parentId());
        if (q.activeOnly()) {
            w.and("u.active = true", null, null);
        }
        return w;
    }

    @Override
    public Optional<Unit> unit(Caller caller, long id) {
        caller.require(READ);
        return tx.read(emf, em -> Optional.ofNullable(em.find(UnitEntity.class, id))
                .map(e -> {
                    caller.requireDivision(e.divisionCode());
                    return e.toValue();
                }));
    }

    @Override
    public Map<Long, Unit> units(Caller caller, Collection<Long> ids) {
        caller.require(READ);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return tx.read(emf, em -> {
            Map<Long, Unit> result = new LinkedHashMap<>();
            for (List<Long> chunk : chunks(ids)) {
                em.createQuery("select u from UnitEntity u where u.id in :ids", UnitEntity.class).setParameter("ids", chunk)
                        .getResultList().stream().filter(u -> caller.scope().coversDivision(u.divisionCode()))
                        .forEach(u -> result.put(u.id(), u.toValue()));
            }
            return result;
        });
    }

    @Override
    public Unit createUnit(Caller caller, Unit unit) {
        caller.require(WRITE);
        checkUnit(unit);
        caller.requireDivision(unit.divisionCode());
        return tx.write(emf, em -> {
            Unit created = insertUnit(em, caller, unit);
            publish("unit_created", caller, created.id());
            return created;
        });
    }

    Unit insertUnit(EntityManager em, Caller caller, Unit unit) {
        checkUnitReferences(em, unit, null);
        UnitEntity e = new UnitEntity();
        e.apply(unit);
        em.persist(e);
        em.flush();
        audit.record(em, caller, AuditEntry.of(AuditAction.CREATE, MODULE, "unit", e.id(), "新增单位 " + e.code()));
        return e.toValue();
    }

    @Override
    public Unit updateUnit(Caller caller, long id, Unit unit) {
        caller.require(WRITE);
        checkUnit(unit);
        caller.requireDivision(unit.divisionCode());
        return tx.write(emf, em -> {
            UnitEntity e = em.find(UnitEntity.class, id);
            if (e == null) {
                throw ApiException.notFound("单位", "unit", id);
            }
            Unit updated = applyUnit(em, caller, e, unit);
            publish("unit_updated", caller, id);
            return updated;
        });
    }

    Unit applyUnit(EntityManager em, Caller caller, UnitEntity e, Unit unit) {
        caller.requireDivision(e.divisionCode());
        checkVersion(unit.version(), e.version());
        checkUnitReferences(em, unit, e.id());
        e.apply(unit);
        em.flush();
        audit.record(em, caller, AuditEntry.of(AuditAction.UPDATE, MODULE, "unit", e.id(), "修改单位 " + e.code()));
        return e.toValue();
    }

    @Override
    public void deleteUnit(Caller caller, long id) {
        caller.require(WRITE);
        tx.write(emf, em -> {
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
            audit.record(em, caller, AuditEntry.of(AuditAction.DELETE, MODULE, "unit", id, "删除单位 " + e.code()));
            return null;
        });
        publish("unit_deleted", caller, id);
    }

    private static void checkUnit(Unit u) {
        unitChecks(u).throwIfInvalid();
    }

    private static Checks unitChecks(Unit u) {
        return new Checks()
                .required("code", u.code(), "单位编码", "code").pattern("code", u.code(), CODE, "单位编码", "code")
                .required("name", u.name(), "单位名称", "name").maxLength("name", u.name(), 200, "单位名称", "name")
                .required("divisionCode", u.divisionCode(), "所属区划", "division")
                .maxLength("field", u.field(), 50, "领域", "field")
                .maxLength("sector", u.sector(), 50, "板块", "sector")
                .maxLength("system", u.system(), 50, "系统", "system");
    }

    /** Row checks of an import: the unit's own fields, its division and the caller's scope (not the code: it may update). */
    List<org.xuncha.platform.api.rest.FieldError> checkUnitForImport(EntityManager em, Caller caller, Unit u) {
        Checks checks = unitChecks(u);
        boolean divisionKnown = u.divisionCode() != null && !u.divisionCode().isBlank()
                && em.find(DivisionEntity.class, u.divisionCode()) != null;
        checks.check(u.divisionCode() != null && !u.divisionCode().isBlank() && !divisionKnown, "divisionCode", "not_found",
                "所属区划不存在：" + u.divisionCode(), "division not found: " + u.divisionCode());
        checks.check(divisionKnown && !caller.scope().coversDivision(u.divisionCode()), "divisionCode", "out_of_scope",
                "该区划不在您的数据范围内", "This division is outside your data scope");
        return checks.errors();
    }

    void checkPersonForImport(Caller caller, Person p, UnitEntity unit) {
        checkPerson(p);
        caller.requireDivision(unit.divisionCode());
    }

    private static void checkUnitReferences(EntityManager em, Unit u, Long selfId) {
        Checks checks = new Checks();
        checks.check(em.find(DivisionEntity.class, u.divisionCode()) == null, "divisionCode", "not_found",
                "所属区划不存在：" + u.divisionCode(), "division not found: " + u.divisionCode());
        if (u.parentId() != null) {
            checks.check(u.parentId().equals(selfId), "parentId", "invalid", "上级单位不能是自身", "a unit cannot be its own parent");
            checks.check(em.find(UnitEntity.class, u.parentId()) == null, "parentId", "not_found",
                    "上级单位不存在：" + u.parentId(), "parent unit not found: " + u.parentId());
        }
        List<Long> sameCode = em.createQuery("select u.id from UnitEntity u where u.code = :c", Long.class)
                .setParameter("c", u.code().trim()).getResultList();
        checks.check(sameCode.stream().anyMatch(id -> !id.equals(selfId)), "code", "duplicate",
                "单位编码已存在：" + u.code(), "unit code already exists: " + u.code());
        checks.throwIfInvalid();
    }

    @Override
    public Map<String, List<String>> classifications(Caller caller) {
        caller.require(READ);
        return tx.read(emf, em -> {
            Map<String, List<String>> result = new LinkedHashMap<>();
            for (String f : List.of("field", "sector", "system")) {
                result.put(f, em.createQuery("select distinct u." + f + " from UnitEntity u where u." + f + " is not null order by u." + f,
                        String.class).getResultList());
            }
            return result;
        });
    }

    // ---------------------------------------------------------------- persons

    @Override
    public Page<Person> findPersons(Caller caller, PersonQuery q, PageRequest page) {
        caller.require(READ);
        return tx.read(emf, em -> {
            Where w = new Where();
            if (!caller.scope().allDivisions() && caller.scope().divisions().isEmpty()) {
                w.and("p.id is null", null, null);
            } else if (!caller.scope().allDivisions()) {
                w.and("p.unitId in (select u.id from UnitEntity u where u.divisionCode in :divs)", "divs", caller.scope().divisions());
            }
            if (q.text() != null && !q.text().isBlank()) {
                w.and("(lower(p.name) like :text or lower(p.post) like :text)", "text", "%" + q.text().trim().toLowerCase() + "%");
            }
            w.andEq("p.unitId", "unit", q.unitId());
            w.andEq("p.leadership", "lead", q.leadership());
            if (q.activeOnly()) {
                w.and("p.active = true", null, null);
            }
            long total = w.bind(em.createQuery("select count(p) from PersonEntity p" + w.sql, Long.class)).getSingleResult();
            List<PersonEntity> rows = w.bind(em.createQuery("select p from PersonEntity p" + w.sql
                    + orderBy(page, PERSON_SORT, "p.id"), PersonEntity.class))
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            Map<Long, String> divisions = divisionsOfUnits(em, rows.stream().map(PersonEntity::unitId).toList());
            return new Page<>(rows.stream().map(p -> p.toValue(divisions.get(p.unitId()))).toList(), total, page.page(), page.size());
        });
    }

    private static Map<Long, String> divisionsOfUnits(EntityManager em, Collection<Long> unitIds) {
        Map<Long, String> result = new HashMap<>();
        for (List<Long> chunk : chunks(new TreeSet<>(unitIds))) {
            for (Object[] row : em.createQuery("select u.id, u.divisionCode from UnitEntity u where u.id in :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                result.put((Long) row[0], (String) row[1]);
            }
        }
        return result;
    }

    @Override
    public Optional<Person> person(Caller caller, long id) {
        caller.require(READ);
        return tx.read(emf, em -> Optional.ofNullable(em.find(PersonEntity.class, id)).map(p -> {
            String division = divisionsOfUnits(em, List.of(p.unitId())).get(p.unitId());
            caller.requireDivision(division);
            return p.toValue(division);
        }));
    }

    @Override
    public Map<Long, Person> persons(Caller caller, Collection<Long> ids) {
        caller.require(READ);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return tx.read(emf, em -> {
            Map<Long, Person> result = new LinkedHashMap<>();
            for (List<Long> chunk : chunks(ids)) {
                List<PersonEntity> rows = em.createQuery("select p from PersonEntity p where p.id in :ids", PersonEntity.class)
                        .setParameter("ids", chunk).getResultList();
                Map<Long, String> divisions = divisionsOfUnits(em, rows.stream().map(PersonEntity::unitId).toList());
                rows.stream().filter(p -> caller.scope().coversDivision(divisions.get(p.unitId())))
                        .forEach(p -> result.put(p.id(), p.toValue(divisions.get(p.unitId()))));
            }
            return result;
        });
    }

    @Override
    public Person createPerson(Caller caller, Person person) {
        caller.require(WRITE);
        checkPerson(person);
        return tx.write(emf, em -> {
            Person created = insertPerson(em, caller, person);
            publish("person_created", caller, created.id());
            return created;
        });
    }

    Person insertPerson(EntityManager em, Caller caller, Person person) {
        String division = unitDivision(em, caller, person.unitId());
        PersonEntity e = new PersonEntity();
        e.apply(person);
        em.persist(e);
        em.flush();
        audit.record(em, caller, AuditEntry.of(AuditAction.CREATE, MODULE, "person", e.id(), "新增干部 #" + e.id()));
        return e.toValue(division);
    }

    @Override
    public Person updatePerson(Caller caller, long id, Person person) {
        caller.require(WRITE);
        checkPerson(person);
        return tx.write(emf, em -> {
            PersonEntity e = em.find(PersonEntity.class, id);
            if (e == null) {
                throw ApiException.notFound("干部", "person", id);
            }
            Person updated = applyPerson(em, caller, e, person);
            publish("person_updated", caller, id);
            return updated;
        });
    }

    Person applyPerson(EntityManager em, Caller caller, PersonEntity e, Person person) {
        unitDivision(em, caller, e.unitId());
        String division = unitDivision(em, caller, person.unitId());
        checkVersion(person.version(), e.version());
        e.apply(person);
        em.flush();
        audit.record(em, caller, AuditEntry.of(AuditAction.UPDATE, MODULE, "person", e.id(), "修改干部 #" + e.id()));
        return e.toValue(division);
    }

    @Override
    public void deletePerson(Caller caller, long id) {
        caller.require(WRITE);
        tx.write(emf, em -> {
            PersonEntity e = em.find(PersonEntity.class, id);
            if (e == null) {
                throw ApiException.notFound("干部", "person", id);
            }
            unitDivision(em, caller, e.unitId());
            em.remove(e);
            audit.record(em, caller, AuditEntry.of(AuditAction.DELETE, MODULE, "person", id, "删除干部 #" + id));
            return null;
        });
        publish("person_deleted", caller, id);
    }

    /** The division of a person's unit, checked to exist and to be in the caller's scope. */
    private static String unitDivision(EntityManager em, Caller caller, Long unitId) {
        UnitEntity unit = unitId == null ? null : em.find(UnitEntity.class, unitId);
        if (unit == null) {
            throw ApiException.validation(List.of(new org.xuncha.platform.api.rest.FieldError("unitId", "not_found",
                    "所在单位不存在：" + unitId, "unit not found: " + unitId)));
        }
        caller.requireDivision(unit.divisionCode());
        return unit.divisionCode();
    }

    private static void checkPerson(Person p) {
        new Checks()
                .required("name", p.name(), "姓名", "name").maxLength("name", p.name(), 50, "姓名", "name")
                .required("unitId", p.unitId(), "所在单位", "unit")
                .maxLength("post", p.post(), 100, "职务", "post")
                .maxLength("rank", p.rank(), 30, "职级", "rank")
                .throwIfInvalid();
    }

    // ---------------------------------------------------------------- import

    @Override
    public ImportReport importUnits(Caller caller, InputStream xlsx, IntConsumer progress) {
        caller.require(WRITE);
        return importer.importUnits(caller, read(xlsx), progress);
    }

    @Override
    public ImportReport importPersons(Caller caller, InputStream xlsx, IntConsumer progress) {
        caller.require(WRITE);
        return importer.importPersons(caller, read(xlsx), progress);
    }

    private List<List<String>> read(InputStream xlsx) {
        try {
            return importer.read(xlsx);
        } catch (IOException e) {
            throw ApiException.badRequest("not_xlsx", "无法读取上传的文件，请上传Excel（.xlsx）文件",
                    "The upload could not be read; send an Excel (.xlsx) file");
        }
    }

    @Override
    public byte[] unitTemplate() {
        return importer.unitTemplate();
    }

    @Override
    public byte[] personTemplate() {
        return importer.personTemplate();
    }

    /** Runs an import's writes in one transaction, so a failure imports nothing. */
    <R> R inTransaction(java.util.function.Function<EntityManager, R> work) {
        return tx.write(emf, work);
    }

    // ---------------------------------------------------------------- helpers

    void publish(String event, Caller caller, Object id) {
        Map<String, Object> props = new HashMap<>();
        props.put(Events.MODULE, MODULE);
        props.put(Events.ENTITY_ID, String.valueOf(id));
        props.put(Events.ACTOR, caller.username());
        props.put(Events.TIMESTAMP, System.currentTimeMillis());
        events.postEvent(new Event(Events.topic(MODULE, event), props));
    }

    private static void checkVersion(Long sent, Long current) {
        if (sent != null && !sent.equals(current)) {
            throw ApiException.conflict("stale", "数据已被他人修改，请刷新后重试", "The record was changed by someone else; reload and try again");
        }
    }

    private static String orderBy(PageRequest page, Map<String, String> columns, String tieBreaker) {
        StringBuilder sb = new StringBuilder(" order by ");
        for (PageRequest.Order o : page.orders()) {
            sb.append(columns.get(o.field())).append(o.ascending() ? " asc, " : " desc, ");
        }
        return sb.append(tieBreaker).toString();
    }

    static <T> List<List<T>> chunks(Collection<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> current = new ArrayList<>();
        for (T t : all) {
            current.add(t);
            if (current.size() == 500) {
                chunks.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    Map<String, UnitEntity> unitsByCode(EntityManager em, Collection<String> codes) {
        Map<String, UnitEntity> result = new HashMap<>();
        for (List<String> chunk : chunks(new TreeSet<>(codes))) {
            em.createQuery("select u from UnitEntity u where u.code in :c", UnitEntity.class).setParameter("c", chunk)
                    .getResultList().forEach(u -> result.put(u.code(), u));
        }
        return result;
    }

    /** A JPQL where clause built from optional filters. */
    static final class Where {
        private final StringBuilder sqlBuilder = new StringBuilder();
        private final Map<String, Object> params = new LinkedHashMap<>();
        String sql = "";

        void and(String condition, String param, Object value) {
            sqlBuilder.append(sqlBuilder.length() == 0 ? " where " : " and ").append(condition);
            if (param != null) {
                params.put(param, value);
            }
            sql = sqlBuilder.toString();
        }

        void andEq(String path, String param, Object value) {
            if (value != null && !(value instanceof String s && s.isBlank())) {
                and(path + " = :" + param, param, value);
            }
        }

        <T> TypedQuery<T> bind(TypedQuery<T> q) {
            params.forEach(q::setParameter);
            return q;
        }
    }
}
