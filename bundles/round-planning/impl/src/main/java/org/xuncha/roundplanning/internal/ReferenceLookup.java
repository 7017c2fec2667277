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
 * was already allowed to see through a round, and the records behind ids an input refers to (the
 * services check the caller's scope on them, so that an id outside it is refused like an unknown
 * one, whatever the caller's own reference-data permissions).
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

    public boolean divisionExists(String code) {
        return reference.division(SYSTEM, code).isPresent();
    }

    /** The unit's name, or {@code #id} for a unit no longer in reference data. */
    public String unitName(long unitId) {
        return unit(unitId).map(Unit::name).orElse("#" + unitId);
    }

    public String personName(long personId) {
        return person(personId).map(Person::name).orElse("#" + personId);
    }
}
