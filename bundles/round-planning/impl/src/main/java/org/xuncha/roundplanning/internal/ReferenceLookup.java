package org.xuncha.roundplanning.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.RoundEvents;

/**
 * Reference data as this module reads it on its own behalf: names of units and persons the caller
 * was already allowed to see through a round; and the records behind ids an input refers to,
 * through the platform's shared check (unknown: 400, outside the caller's scope: 403, each naming
 * its field), whatever the caller's own reference-data permissions.
 */
@Component(service = ReferenceLookup.class)
public class ReferenceLookup {

    static final Caller SYSTEM = Caller.system(RoundEvents.MODULE + ":names");

    private final ReferenceDataService reference;

    @Activate
    public ReferenceLookup(@Reference ReferenceDataService reference) {
        this.reference = reference;
    }

    public Map<Long, Unit> units(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : reference.units(SYSTEM, new LinkedHashSet<>(ids));
    }

    public Map<Long, Person> persons(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : reference.persons(SYSTEM, new LinkedHashSet<>(ids));
    }

    public Optional<Unit> unit(long id) {
        return Optional.ofNullable(units(List.of(id)).get(id));
    }

    public Optional<Person> person(long id) {
        return Optional.ofNullable(persons(List.of(id)).get(id));
    }

    /**
     * The platform's shared check of ids a write refers to (field name to id): unknown ids are a 400
     * {@code not_found}, ids outside the caller's divisions a 403 {@code out_of_scope}, each naming its field.
     */
    public Map<String, Unit> referencedUnits(Caller caller, Map<String, Long> idsByField) {
        return reference.referencedUnits(caller, idsByField);
    }

    public Map<String, Person> referencedPersons(Caller caller, Map<String, Long> idsByField) {
        return reference.referencedPersons(caller, idsByField);
    }

    /** The division named by {@code field}, checked like {@link #referencedUnits}. */
    public void referencedDivision(Caller caller, String field, String code) {
        reference.referencedDivision(caller, field, code);
    }

    public boolean divisionExists(String code) {
        return reference.division(SYSTEM, code).isPresent();
    }

    /** The unit's name, or {@code #id} for a unit no longer in reference data. */
    public String unitName(long unitId) {
        return unit(unitId).map(Unit::name).orElse("#" + unitId);
    }

    /** The division's Chinese name, or its code for a division no longer in reference data. */
    public String divisionName(String code) {
        return code == null ? null : reference.division(SYSTEM, code).map(d -> d.nameZh()).orElse(code);
    }

    public String personName(long personId) {
        return person(personId).map(Person::name).orElse("#" + personId);
    }
}
