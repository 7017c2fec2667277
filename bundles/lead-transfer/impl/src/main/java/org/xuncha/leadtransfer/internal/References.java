package org.xuncha.leadtransfer.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.Caller;

/**
 * Units and persons an input refers to, looked up in the platform's reference data before anything
 * is stored: an id that does not exist is a 400 on its field, one outside the caller's divisions a
 * 403 naming it. The lookup is the module's own (as the system), because whoever may record a lead
 * or a visit may refer to a unit of their divisions without the permission to browse reference data
 * (audit-bureau and discipline-commission accounts do not hold it); the scope check is the caller's.
 */
@Component(service = References.class)
public class References {

    private static final Caller LOOKUP = Caller.system("lead-transfer-lookup");

    private final ReferenceDataService reference;

    @Activate
    public References(@Reference ReferenceDataService reference) {
        this.reference = reference;
    }

    /** The unit named by {@code field}. */
    public Unit unit(Caller caller, String field, long unitId) {
        Unit unit = reference.units(LOOKUP, List.of(unitId)).get(unitId);
        if (unit == null) {
            throw ApiException.validation(new Checks().add(field, "not_found", "单位不存在：" + unitId, "unit not found: " + unitId).errors());
        }
        if (!caller.scope().coversDivision(unit.divisionCode())) {
            throw Rounds.outOfScope(field, "该单位不在您的管辖范围内", "the unit is outside your divisions");
        }
        return unit;
    }

    /**
     * The persons named by the fields (field name to person id), all checked at once: every one
     * unknown is a 400 on its field; then any outside the caller's divisions a 403 naming it.
     */
    public Map<String, Person> persons(Caller caller, Map<String, Long> idsByField) {
        if (idsByField.isEmpty()) {
            return Map.of();
        }
        Map<Long, Person> found = reference.persons(LOOKUP, List.copyOf(idsByField.values()));
        Checks unknown = new Checks();
        Map<String, Person> result = new LinkedHashMap<>();
        idsByField.forEach((field, id) -> {
            Person p = found.get(id);
            unknown.check(p == null, field, "not_found", "人员不存在：" + id, "person not found: " + id);
            if (p != null) {
                result.put(field, p);
            }
        });
        unknown.throwIfInvalid();
        result.forEach((field, p) -> {
            if (!caller.scope().coversDivision(p.divisionCode())) {
                throw Rounds.outOfScope(field, "该人员不在您的管辖范围内", "the person is outside your divisions");
            }
        });
        return result;
    }

    /** Cadres by id, for their names, whatever the caller may browse: those round planning named for a round. */
    public Map<Long, Person> named(Collection<Long> personIds) {
        return personIds.isEmpty() ? Map.of() : reference.persons(LOOKUP, personIds);
    }
}
