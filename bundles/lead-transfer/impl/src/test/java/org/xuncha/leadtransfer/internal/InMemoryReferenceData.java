package org.xuncha.leadtransfer.internal;

import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import org.xuncha.platform.api.reference.Division;
import org.xuncha.platform.api.reference.ImportReport;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.PersonQuery;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * Units and persons held in memory, standing in for the platform's reference data in unit tests:
 * reads need {@code platform.reference.read} and see the caller's divisions only, as the platform's
 * do. What the module never calls is not implemented.
 */
public final class InMemoryReferenceData implements ReferenceDataService {

    static final String READ = "platform.reference.read";

    private final Map<Long, Unit> units = new LinkedHashMap<>();
    private final Map<Long, Person> persons = new LinkedHashMap<>();

    public InMemoryReferenceData unit(long id, String name, String division) {
        units.put(id, new Unit(id, "U" + id, name, division, null, null, null, null, true, 0L));
        return this;
    }

    public InMemoryReferenceData person(long id, String name, long unitId) {
        persons.put(id, new Person(id, name, unitId, null, null, null, units.get(unitId).divisionCode(), true, 0L));
        return this;
    }

    @Override
    public Optional<Unit> unit(Caller caller, long id) {
        caller.require(READ);
        Optional<Unit> u = Optional.ofNullable(units.get(id));
        u.ifPresent(x -> caller.requireDivision(x.divisionCode()));
        return u;
    }

    @Override
    public Map<Long, Unit> units(Caller caller, Collection<Long> ids) {
        caller.require(READ);
        Map<Long, Unit> result = new LinkedHashMap<>();
        ids.stream().map(units::get).filter(u -> u != null && caller.scope().coversDivision(u.divisionCode())).forEach(u -> result.put(u.id(), u));
        return result;
    }

    @Override
    public Optional<Person> person(Caller caller, long id) {
        caller.require(READ);
        Optional<Person> p = Optional.ofNullable(persons.get(id));
        p.ifPresent(x -> caller.requireDivision(x.divisionCode()));
        return p;
    }

    @Override
    public Map<Long, Person> persons(Caller caller, Collection<Long> ids) {
        caller.require(READ);
        Map<Long, Person> result = new LinkedHashMap<>();
        ids.stream().map(persons::get).filter(p -> p != null && caller.scope().coversDivision(p.divisionCode())).forEach(p -> result.put(p.id(), p));
        return result;
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("not used by the lead-transfer module");
    }

    @Override public List<Division> divisions(Caller caller) { throw unused(); }
    @Override public Optional<Division> division(Caller caller, String code) { throw unused(); }
    @Override public Division saveDivision(Caller caller, Division division) { throw unused(); }
    @Override public Set<String> visibleDivisions(String divisionCode) { throw unused(); }
    @Override public Page<Unit> findUnits(Caller caller, UnitQuery query, PageRequest page) { throw unused(); }
    @Override public List<Unit> allUnits(Caller caller, UnitQuery query) { throw unused(); }
    @Override public Unit createUnit(Caller caller, Unit unit) { throw unused(); }
    @Override public Unit updateUnit(Caller caller, long id, Unit unit) { throw unused(); }
    @Override public void deleteUnit(Caller caller, long id) { throw unused(); }
    @Override public Map<String, List<String>> classifications(Caller caller) { throw unused(); }
    @Override public Page<Person> findPersons(Caller caller, PersonQuery query, PageRequest page) { throw unused(); }
    @Override public Person createPerson(Caller caller, Person person) { throw unused(); }
    @Override public Person updatePerson(Caller caller, long id, Person person) { throw unused(); }
    @Override public void deletePerson(Caller caller, long id) { throw unused(); }
    @Override public ImportReport importUnits(Caller caller, InputStream xlsx, IntConsumer progress) { throw unused(); }
    @Override public ImportReport importPersons(Caller caller, InputStream xlsx, IntConsumer progress) { throw unused(); }
    @Override public byte[] unitTemplate() { throw unused(); }
    @Override public byte[] personTemplate() { throw unused(); }
}
