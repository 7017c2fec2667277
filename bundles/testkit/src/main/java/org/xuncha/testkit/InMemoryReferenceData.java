package org.xuncha.testkit;

import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.xuncha.platform.api.reference.Division;
import org.xuncha.platform.api.reference.DivisionLevel;
import org.xuncha.platform.api.reference.ImportReport;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.PersonQuery;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * Reference data held in memory, for unit tests of module services: divisions, units and persons
 * a test adds, read the way the platform's service reads them (the caller's organisational scope
 * filters lookups by id and lists; a single record outside it is a 403). What modules only read is
 * here; the platform's own maintenance (saving, importing) is not.
 */
public final class InMemoryReferenceData implements ReferenceDataService {

    private final Map<String, Division> divisions = new LinkedHashMap<>();
    private final Map<Long, Unit> units = new LinkedHashMap<>();
    private final Map<Long, Person> persons = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(1000);

    public Division addDivision(String code, String nameZh, String parentCode) {
        Division d = new Division(code, nameZh, nameZh, parentCode == null ? DivisionLevel.CITY : DivisionLevel.COUNTY, parentCode);
        divisions.put(code, d);
        return d;
    }

    /** An active unit of the division; field, sector and system may be null. */
    public Unit addUnit(String code, String name, String divisionCode, String field, String sector, String system) {
        Unit u = new Unit(ids.incrementAndGet(), code, name, divisionCode, null, field, sector, system, true, 0L);
        units.put(u.id(), u);
        return u;
    }

    /** Marks a unit merged or dissolved. */
    public void deactivate(long unitId) {
        Unit u = units.get(unitId);
        units.put(unitId, new Unit(u.id(), u.code(), u.name(), u.divisionCode(), u.parentId(), u.field(), u.sector(), u.system(),
                false, u.version()));
    }

    /** A person working in the unit (their division is the unit's). */
    public Person addPerson(String name, long unitId, String post) {
        Person p = new Person(ids.incrementAndGet(), name, unitId, post, null, Person.Leadership.STAFF, units.get(unitId).divisionCode(),
                true, 0L);
        persons.put(p.id(), p);
        return p;
    }

    @Override
    public List<Division> divisions(Caller caller) {
        return divisions.values().stream().filter(d -> caller.scope().coversDivision(d.code())).toList();
    }

    @Override
    public Optional<Division> division(Caller caller, String code) {
        return Optional.ofNullable(divisions.get(code));
    }

    @Override
    public Set<String> visibleDivisions(String divisionCode) {
        return divisions.values().stream().filter(d -> d.code().equals(divisionCode) || divisionCode.equals(d.parentCode()))
                .map(Division::code).collect(Collectors.toSet());
    }

    @Override
    public List<Unit> allUnits(Caller caller, UnitQuery q) {
        return units.values().stream().filter(u -> caller.scope().coversDivision(u.divisionCode()))
                .filter(u -> q.divisionCode() == null || q.divisionCode().equals(u.divisionCode()))
                .filter(u -> q.field() == null || q.field().equals(u.field()))
                .filter(u -> q.sector() == null || q.sector().equals(u.sector()))
                .filter(u -> q.system() == null || q.system().equals(u.system()))
                .filter(u -> q.parentId() == null || q.parentId().equals(u.parentId()))
                .filter(u -> !q.activeOnly() || u.active())
                .filter(u -> q.text() == null || u.name().contains(q.text()) || u.code().contains(q.text()))
                .toList();
    }

    @Override
    public Page<Unit> findUnits(Caller caller, UnitQuery query, PageRequest page) {
        List<Unit> all = allUnits(caller, query);
        return new Page<>(all.stream().skip(page.offset()).limit(page.size()).toList(), all.size(), page.page(), page.size());
    }

    @Override
    public Optional<Unit> unit(Caller caller, long id) {
        Unit u = units.get(id);
        if (u != null) {
            caller.requireDivision(u.divisionCode());
        }
        return Optional.ofNullable(u);
    }

    @Override
    public Map<Long, Unit> units(Caller caller, Collection<Long> wanted) {
        Map<Long, Unit> result = new LinkedHashMap<>();
        wanted.stream().filter(Objects::nonNull).map(units::get).filter(Objects::nonNull)
                .filter(u -> caller.scope().coversDivision(u.divisionCode())).forEach(u -> result.put(u.id(), u));
        return result;
    }

    @Override
    public Optional<Person> person(Caller caller, long id) {
        Person p = persons.get(id);
        if (p != null) {
            caller.requireDivision(p.divisionCode());
        }
        return Optional.ofNullable(p);
    }

    @Override
    public Map<Long, Person> persons(Caller caller, Collection<Long> wanted) {
        Map<Long, Person> result = new LinkedHashMap<>();
        wanted.stream().filter(Objects::nonNull).map(persons::get).filter(Objects::nonNull)
                .filter(p -> caller.scope().coversDivision(p.divisionCode())).forEach(p -> result.put(p.id(), p));
        return result;
    }

    @Override
    public Page<Person> findPersons(Caller caller, PersonQuery query, PageRequest page) {
        List<Person> all = persons.values().stream().filter(p -> caller.scope().coversDivision(p.divisionCode()))
                .filter(p -> query.unitId() == null || query.unitId().equals(p.unitId())).toList();
        return new Page<>(all.stream().skip(page.offset()).limit(page.size()).toList(), all.size(), page.page(), page.size());
    }

    @Override
    public Map<String, List<String>> classifications(Caller caller) {
        return Map.of(
                "field", units.values().stream().map(Unit::field).filter(Objects::nonNull).distinct().sorted().toList(),
                "sector", units.values().stream().map(Unit::sector).filter(Objects::nonNull).distinct().sorted().toList(),
                "system", units.values().stream().map(Unit::system).filter(Objects::nonNull).distinct().sorted().toList());
    }

    // ------------------------------------------------------------------ the platform's own maintenance: not for modules

    private static ApiException notHere() {
        return new ApiException(501, "not_in_test_kit", "测试数据不支持此操作", "Not part of the in-memory reference data");
    }

    @Override
    public Division saveDivision(Caller caller, Division division) {
        throw notHere();
    }

    @Override
    public Unit createUnit(Caller caller, Unit unit) {
        throw notHere();
    }

    @Override
    public Unit updateUnit(Caller caller, long id, Unit unit) {
        throw notHere();
    }

    @Override
    public void deleteUnit(Caller caller, long id) {
        throw notHere();
    }

    @Override
    public Person createPerson(Caller caller, Person person) {
        throw notHere();
    }

    @Override
    public Person updatePerson(Caller caller, long id, Person person) {
        throw notHere();
    }

    @Override
    public void deletePerson(Caller caller, long id) {
        throw notHere();
    }

    @Override
    public ImportReport importUnits(Caller caller, InputStream xlsx, IntConsumer progress) {
        throw notHere();
    }

    @Override
    public ImportReport importPersons(Caller caller, InputStream xlsx, IntConsumer progress) {
        throw notHere();
    }

    @Override
    public byte[] unitTemplate() {
        throw notHere();
    }

    @Override
    public byte[] personTemplate() {
        throw notHere();
    }
}
