package org.xuncha.testkit;

import java.io.InputStream;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
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
 * a test adds, read the way the platform's service reads them: every read needs
 * {@value #READ}, and the caller's organisational scope filters lookups by id and lists (a single
 * record outside it is a 403). What modules only read is here; the platform's own maintenance
 * (saving, importing) is not.
 */
public final class InMemoryReferenceData implements ReferenceDataService {

    /** The permission every read of reference data needs. */
    public static final String READ = "platform.reference.read";

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
        return add(new Unit(ids.incrementAndGet(), code, name, divisionCode, null, field, sector, system, true, 0L));
    }

    /** An active, unclassified unit with the id given (its code is {@code U<id>}). */
    public Unit addUnit(long id, String name, String divisionCode) {
        return add(new Unit(id, "U" + id, name, divisionCode, null, null, null, null, true, 0L));
    }

    /** A unit as given. */
    public Unit add(Unit unit) {
        units.put(unit.id(), unit);
        return unit;
    }

    /** Marks a unit merged or dissolved. */
    public void deactivate(long unitId) {
        Unit u = units.get(unitId);
        units.put(unitId, new Unit(u.id(), u.code(), u.name(), u.divisionCode(), u.parentId(), u.field(), u.sector(), u.system(),
                false, u.version(), u.notInspectionTarget()));
    }

    /** A person working in the unit (their division is the unit's). */
    public Person addPerson(String name, long unitId, String post) {
        return add(new Person(ids.incrementAndGet(), name, unitId, post, null, Person.Leadership.STAFF, units.get(unitId).divisionCode(),
                true, 0L));
    }

    /** A person with the id given, working in the unit, with no post. */
    public Person addPerson(long id, String name, long unitId) {
        return add(new Person(id, name, unitId, null, null, null, units.get(unitId).divisionCode(), true, 0L));
    }

    /** A person as given. */
    public Person add(Person person) {
        persons.put(person.id(), person);
        return person;
    }

    @Override
    public List<Division> divisions(Caller caller) {
        caller.require(READ);
        return divisions.values().stream().filter(d -> caller.scope().coversDivision(d.code())).toList();
    }

    @Override
    public Optional<Division> division(Caller caller, String code) {
        caller.require(READ);
        return Optional.ofNullable(divisions.get(code));
    }

    @Override
    public Set<String> visibleDivisions(String divisionCode) {
        return divisions.values().stream().filter(d -> d.code().equals(divisionCode) || divisionCode.equals(d.parentCode()))
                .map(Division::code).collect(Collectors.toSet());
    }

    @Override
    public List<Unit> allUnits(Caller caller, UnitQuery q) {
        caller.require(READ);
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
        return page(allUnits(caller, query), page);
    }

    @Override
    public Optional<Unit> unit(Caller caller, long id) {
        return one(caller, units.get(id), Unit::divisionCode);
    }

    @Override
    public Map<Long, Unit> units(Caller caller, Collection<Long> wanted) {
        return some(caller, units, wanted, Unit::divisionCode);
    }

    @Override
    public Optional<Person> person(Caller caller, long id) {
        return one(caller, persons.get(id), Person::divisionCode);
    }

    @Override
    public Map<Long, Person> persons(Caller caller, Collection<Long> wanted) {
        return some(caller, persons, wanted, Person::divisionCode);
    }

    /** A record by id: 403 outside the caller's divisions. */
    private static <T> Optional<T> one(Caller caller, T found, Function<T, String> division) {
        caller.require(READ);
        if (found != null) {
            caller.requireDivision(division.apply(found));
        }
        return Optional.ofNullable(found);
    }

    /** Records by id: those outside the caller's divisions left out, as unknown ids are. */
    private static <T> Map<Long, T> some(Caller caller, Map<Long, T> all, Collection<Long> wanted, Function<T, String> division) {
        caller.require(READ);
        Map<Long, T> result = new LinkedHashMap<>();
        wanted.stream().filter(Objects::nonNull).distinct().filter(all::containsKey)
                .filter(id -> caller.scope().coversDivision(division.apply(all.get(id)))).forEach(id -> result.put(id, all.get(id)));
        return result;
    }

    /** Persons in the caller's scope, by unit, leadership, being active and name, in id order. */
    @Override
    public Page<Person> findPersons(Caller caller, PersonQuery q, PageRequest page) {
        caller.require(READ);
        return page(persons.values().stream().filter(p -> caller.scope().coversDivision(p.divisionCode()))
                .filter(p -> q.unitId() == null || q.unitId().equals(p.unitId()))
                .filter(p -> q.leadership() == null || q.leadership() == p.leadership())
                .filter(p -> !q.activeOnly() || p.active())
                .filter(p -> q.text() == null || p.name().contains(q.text()))
                .sorted(Comparator.comparing(Person::id)).toList(), page);
    }

    private static <T> Page<T> page(List<T> all, PageRequest page) {
        return new Page<>(all.stream().skip(page.offset()).limit(page.size()).toList(), all.size(), page.page(), page.size());
    }

    @Override
    public Map<String, List<String>> classifications(Caller caller) {
        caller.require(READ);
        return Map.of(
                "field", units.values().stream().map(Unit::field).filter(Objects::nonNull).distinct().sorted().toList(),
                "sector", units.values().stream().map(Unit::sector).filter(Objects::nonNull).distinct().sorted().toList(),
                "system", units.values().stream().map(Unit::system).filter(Objects::nonNull).distinct().sorted().toList());
    }

    // ------------------------------------------------------------------ the platform's own maintenance: not for modules

    private static ApiException notHere() {
        return new ApiException(501, "not_in_test_kit", "测试数据不支持此操作", "Not part of the in-memory reference data");
    }

    @Override public Division saveDivision(Caller caller, Division division) { throw notHere(); }
    @Override public Unit createUnit(Caller caller, Unit unit) { throw notHere(); }
    @Override public Unit updateUnit(Caller caller, long id, Unit unit) { throw notHere(); }
    @Override public void deleteUnit(Caller caller, long id) { throw notHere(); }
    @Override public Person createPerson(Caller caller, Person person) { throw notHere(); }
    @Override public Person updatePerson(Caller caller, long id, Person person) { throw notHere(); }
    @Override public void deletePerson(Caller caller, long id) { throw notHere(); }
    @Override public ImportReport importUnits(Caller caller, InputStream xlsx, IntConsumer progress) { throw notHere(); }
    @Override public ImportReport importPersons(Caller caller, InputStream xlsx, IntConsumer progress) { throw notHere(); }
    @Override public byte[] unitTemplate() { throw notHere(); }
    @Override public byte[] personTemplate() { throw notHere(); }
}
