package org.xuncha.interviews.internal;

import java.util.ArrayList;
import java.util.List;

import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.PersonQuery;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/** A unit's leadership as reference data has it: its active top leader(s), then the leading-group members. */
public final class Leaders {

    private Leaders() {
    }

    public static List<Person> of(ReferenceDataService reference, Caller caller, long unitId) {
        List<Person> leaders = new ArrayList<>();
        for (Person.Leadership l : List.of(Person.Leadership.TOP_LEADER, Person.Leadership.LEADING_GROUP)) {
            leaders.addAll(reference.findPersons(caller, new PersonQuery(null, unitId, l, true), PageRequest.first(PageRequest.MAX_SIZE))
                    .items());
        }
        return leaders;
    }
}
