package org.xuncha.interviews.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.PersonQuery;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/** Cadres and units from the platform's reference data, as the caller may see them. */
@Component(service = People.class)
public class People {

    private final ReferenceDataService reference;

    @Activate
    public People(@Reference ReferenceDataService reference) {
        this.reference = reference;
    }

    /**
     * The person a write names in {@code field}, through the platform's shared check of referenced
     * ids: null when there is none (the caller's rules report it with the input's other errors); a
     * person outside the caller's divisions is a 403 {@code out_of_scope} naming the field.
     */
    public Person person(Caller caller, String field, Long id) {
        if (id == null) {
            return null;
        }
        try {
            return reference.referencedPersons(caller, Map.of(field, id)).get(field);
        } catch (ApiException refused) {
            if (refused.status() == 403) {
                throw refused;
            }
            return null;
        }
    }

    /** The unit, or null (unknown or outside the caller's scope). */
    public Unit unit(Caller caller, long id) {
        try {
            return reference.unit(caller, id).orElse(null);
        } catch (ApiException outsideScope) {
            return null;
        }
    }

    /** A unit's leadership as reference data has it: its active top leader(s), then the leading-group members. */
    public List<Person> leaders(Caller caller, long unitId) {
        List<Person> leaders = new ArrayList<>();
        for (Person.Leadership l : List.of(Person.Leadership.TOP_LEADER, Person.Leadership.LEADING_GROUP)) {
            leaders.addAll(reference.findPersons(caller, new PersonQuery(null, unitId, l, true), PageRequest.first(PageRequest.MAX_SIZE))
                    .items());
        }
        return leaders;
    }

    public Set<Long> leaderIds(Caller caller, long unitId) {
        return leaders(caller, unitId).stream().map(Person::id).collect(Collectors.toSet());
    }
}
