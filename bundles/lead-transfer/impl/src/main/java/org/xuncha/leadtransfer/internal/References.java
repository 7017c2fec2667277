package org.xuncha.leadtransfer.internal;

import java.util.Collection;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.security.Caller;

/**
 * Units and persons an input refers to, checked before anything is stored by the platform's shared
 * check ({@link ReferenceDataService#referencedUnits}): an id that does not exist is a 400 on its
 * field, one outside the caller's divisions a 403 naming it. The platform looks them up as itself,
 * because whoever may record a lead or a visit may refer to a unit of their divisions without the
 * permission to browse reference data (audit-bureau and discipline-commission accounts do not hold
 * it); the scope checked is the caller's.
 */
@Component(service = References.class)
public class References {

    private static final Caller LOOKUP = Caller.system("lead-transfer-lookup");

    private final ReferenceDataService reference;

    @Activate
    public References(@Reference ReferenceDataService reference) {
        this.reference = reference;
    }

    /** The unit named by {@code field}: the platform's shared check of referenced ids. */
    public Unit unit(Caller caller, String field, long unitId) {
        return reference.referencedUnits(caller, Map.of(field, unitId)).get(field);
    }

    /**
     * The persons named by the fields (field name to person id), all checked at once by the platform's
     * shared check: every one unknown is a 400 on its field; then any outside the caller's divisions a
     * 403 naming it.
     */
    public Map<String, Person> persons(Caller caller, Map<String, Long> idsByField) {
        return reference.referencedPersons(caller, idsByField);
    }

    /** Units by code, of those {@code codes} names that exist, whatever the caller may browse (imports check the scope through the round). */
    public Map<String, Long> unitIds(java.util.Set<String> codes) {
        Map<String, Long> ids = new java.util.HashMap<>();
        if (!codes.isEmpty()) {
            reference.allUnits(LOOKUP, org.xuncha.platform.api.reference.UnitQuery.all()).stream().filter(u -> codes.contains(u.code()))
                    .forEach(u -> ids.put(u.code(), u.id()));
        }
        return ids;
    }

    /** Units by id, for their names, whatever the caller may browse: the units of records the caller already reads (an export's rows). */
    public Map<Long, org.xuncha.platform.api.reference.Unit> namedUnits(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? Map.of() : reference.units(LOOKUP, new java.util.HashSet<>(unitIds));
    }

    /** Cadres by id, for their names, whatever the caller may browse: those round planning named for a round. */
    public Map<Long, Person> named(Collection<Long> personIds) {
        return personIds.isEmpty() ? Map.of() : reference.persons(LOOKUP, personIds);
    }
}
