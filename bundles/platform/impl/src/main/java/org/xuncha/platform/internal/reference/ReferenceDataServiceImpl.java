package org.xuncha.platform.internal.reference;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
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
 * {@link ReferenceDataService} for other modules: each call goes to the service of its area, which
 * checks permission, scope and input and audits the change.
 */
@Component(service = ReferenceDataService.class)
public class ReferenceDataServiceImpl implements ReferenceDataService {

    private final DivisionService divisions;
    private final UnitService units;
    private final PersonService persons;
    private final ClassificationService classifications;
    private final UnitImport unitImport;
    private final PersonImport personImport;

    @Activate
    public ReferenceDataServiceImpl(@Reference DivisionService divisions, @Reference UnitService units, @Reference PersonService persons,
                                    @Reference ClassificationService classifications, @Reference UnitImport unitImport,
                                    @Reference PersonImport personImport) {
        this.divisions = divisions;
        this.units = units;
        this.persons = persons;
        this.classifications = classifications;
        this.unitImport = unitImport;
        this.personImport = personImport;
    }

    @Override
    public List<Division> divisions(Caller caller) {
        return divisions.divisions(caller);
    }

    @Override
    public Optional<Division> division(Caller caller, String code) {
        return divisions.division(caller, code);
    }

    @Override
    public Division saveDivision(Caller caller, Division division) {
        return divisions.save(caller, division);
    }

    @Override
    public Set<String> visibleDivisions(String divisionCode) {
        return divisions.visibleDivisions(divisionCode);
    }

    @Override
    public Page<Unit> findUnits(Caller caller, UnitQuery query, PageRequest page) {
        return units.find(caller, query, page);
    }

    @Override
    public List<Unit> allUnits(Caller caller, UnitQuery query) {
        return units.all(caller, query);
    }

    @Override
    public Optional<Unit> unit(Caller caller, long id) {
        return units.get(caller, id);
    }

    @Override
    public Map<Long, Unit> units(Caller caller, Collection<Long> ids) {
        return units.byIds(caller, ids);
    }

    @Override
    public Unit createUnit(Caller caller, Unit unit) {
        return units.create(caller, unit);
    }

    @Override
    public Unit updateUnit(Caller caller, long id, Unit unit) {
        return units.update(caller, id, unit);
    }

    @Override
    public void deleteUnit(Caller caller, long id) {
        units.delete(caller, id);
    }

    @Override
    public Map<String, List<String>> classifications(Caller caller) {
        return classifications.classifications(caller);
    }

    @Override
    public Page<Person> findPersons(Caller caller, PersonQuery query, PageRequest page) {
        return persons.find(caller, query, page);
    }

    @Override
    public Optional<Person> person(Caller caller, long id) {
        return persons.get(caller, id);
    }

    @Override
    public Map<Long, Person> persons(Caller caller, Collection<Long> ids) {
        return persons.byIds(caller, ids);
    }

    @Override
    public Person createPerson(Caller caller, Person person) {
        return persons.create(caller, person);
    }

    @Override
    public Person updatePerson(Caller caller, long id, Person person) {
        return persons.update(caller, id, person);
    }

    @Override
    public void deletePerson(Caller caller, long id) {
        persons.delete(caller, id);
    }

    @Override
    public ImportReport importUnits(Caller caller, InputStream xlsx, IntConsumer progress) {
        return unitImport.run(caller, xlsx, progress);
    }

    @Override
    public ImportReport importPersons(Caller caller, InputStream xlsx, IntConsumer progress) {
        return personImport.run(caller, xlsx, progress);
    }

    @Override
    public byte[] unitTemplate() {
        return unitImport.template();
    }

    @Override
    public byte[] personTemplate() {
        return personImport.template();
    }
}
