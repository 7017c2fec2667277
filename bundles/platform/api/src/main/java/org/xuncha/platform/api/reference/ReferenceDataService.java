package org.xuncha.platform.api.reference;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * Divisions, units and persons, owned by the platform and read by every module. Reads and writes
 * are checked against the caller's permissions ({@code platform.reference.read|write}) and
 * organisational scope; every change is audited.
 */
@ProviderType
public interface ReferenceDataService {

    List<Division> divisions(Caller caller);

    Optional<Division> division(Caller caller, String code);

    /** Creates or updates the division with that code. */
    Division saveDivision(Caller caller, Division division);

    /** The division codes a caller of this division sees: itself and, for a city, its counties. */
    Set<String> visibleDivisions(String divisionCode);

    Page<Unit> findUnits(Caller caller, UnitQuery query, PageRequest page);

    /** Every unit matching the query, for coverage computations; no paging. */
    List<Unit> allUnits(Caller caller, UnitQuery query);

    Optional<Unit> unit(Caller caller, long id);

    /** Units by id, for modules that show names of the units they refer to; unknown ids are left out. */
    Map<Long, Unit> units(Caller caller, Collection<Long> ids);

    /**
     * The units a write refers to (field name to unit id), checked before anything is stored — the
     * platform's one check for every module (issue 15): looked up as the platform, every id unknown
     * is a 400 {@code not_found} on its field, then every one outside the caller's divisions a 403
     * {@code out_of_scope} naming its field. Null ids are left out.
     *
     * @return the units by field name
     */
    default Map<String, Unit> referencedUnits(Caller caller, Map<String, Long> idsByField) {
        return ReferencedIds.check(caller, idsByField, ids -> units(ReferencedIds.LOOKUP, ids), Unit::divisionCode, "单位", "unit");
    }

    /** The persons (cadres) a write refers to, checked like {@link #referencedUnits}. */
    default Map<String, Person> referencedPersons(Caller caller, Map<String, Long> idsByField) {
        return ReferencedIds.check(caller, idsByField, ids -> persons(ReferencedIds.LOOKUP, ids), Person::divisionCode, "人员", "person");
    }

    /** The division a write refers to by code, checked like {@link #referencedUnits}. */
    default Division referencedDivision(Caller caller, String field, String code) {
        if (code == null) {
            return null;
        }
        return ReferencedIds.check(caller, Map.of(field, code), codes -> division(ReferencedIds.LOOKUP, code).map(d -> Map.of(code, d))
                .orElse(Map.of()), Division::code, "区划", "division").get(field);
    }

    Unit createUnit(Caller caller, Unit unit);

    Unit updateUnit(Caller caller, long id, Unit unit);

    /** Deletes a unit no one refers to; otherwise deactivate it. */
    void deleteUnit(Caller caller, long id);

    /** Distinct field / sector / system values in use, for filters and forms. */
    Map<String, List<String>> classifications(Caller caller);

    Page<Person> findPersons(Caller caller, PersonQuery query, PageRequest page);

    Optional<Person> person(Caller caller, long id);

    Map<Long, Person> persons(Caller caller, Collection<Long> ids);

    Person createPerson(Caller caller, Person person);

    Person updatePerson(Caller caller, long id, Person person);

    void deletePerson(Caller caller, long id);

    /**
     * Imports units from an xlsx sheet with the columns of the template ({@link #unitTemplate()}).
     * All rows are checked first; if any row is wrong nothing is imported.
     *
     * @param progress told the number of rows processed so far, may be null
     */
    ImportReport importUnits(Caller caller, InputStream xlsx, IntConsumer progress);

    ImportReport importPersons(Caller caller, InputStream xlsx, IntConsumer progress);

    /** An empty xlsx with the import columns and one example row. */
    byte[] unitTemplate();

    byte[] personTemplate();
}
