package org.xuncha.demo.internal;

import static org.xuncha.demo.internal.seed.Table.opt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.demo.internal.seed.Seeds;
import org.xuncha.platform.api.reference.Division;
import org.xuncha.platform.api.reference.DivisionLevel;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.PersonQuery;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

/**
 * Divisions, units and persons, through the platform's reference-data service: divisions one by
 * one, units and persons through its spreadsheet import (the bulk interface an office uses too).
 */
@Component(service = {}, enabled = false, immediate = true)
public class ReferencePart extends BasePart {

    static final String ID = "reference";

    private final ReferenceDataService reference;
    private final ReferenceImport imports;

    @Activate
    public ReferencePart(@Reference DemoLoader loader, @Reference ReferenceDataService reference,
                         @Reference SpreadsheetService spreadsheets) {
        super(loader, ID, "platform", List.of());
        this.reference = reference;
        this.imports = new ReferenceImport(reference, spreadsheets, ReferenceImport.DEFAULT_BATCH);
        offer();
    }

    @Override
    public boolean isEmpty(Caller caller) {
        PageRequest one = PageRequest.first(1);
        return reference.divisions(caller).isEmpty() && reference.findUnits(caller, UnitQuery.all(), one).total() == 0
                && reference.findPersons(caller, PersonQuery.all(), one).total() == 0;
    }

    @Override
    public int load(Seeds seeds, Caller caller, DemoIds ids) {
        int rows = 0;
        for (Map<String, String> d : seeds.rows("reference/divisions.csv")) {
            reference.saveDivision(caller, new Division(d.get("code"), d.get("name_zh"), opt(d, "name_en"),
                    DivisionLevel.valueOf(d.get("level")), opt(d, "parent_code")));
            rows++;
        }
        List<Map<String, String>> unitRows = seeds.rows("reference/units.csv");
        imports.units(caller, unitRows.stream().map(u -> ReferenceImport.unitRow(u.get("code"), u.get("name"), u.get("division_code"),
                opt(u, "parent_code"), opt(u, "field"), opt(u, "sector"), opt(u, "system"))).toList());
        Map<String, Long> units = new LinkedHashMap<>();
        reference.allUnits(caller, UnitQuery.all()).forEach(u -> units.put(u.code(), u.id()));
        units.keySet().retainAll(unitRows.stream().map(u -> u.get("code")).toList());
        ids.remember("unit", units);
        List<Map<String, String>> personRows = seeds.rows("reference/persons.csv");
        imports.persons(caller, personRows.stream().map(p -> ReferenceImport.personRow(p.get("name"), p.get("unit_code"), opt(p, "post"),
                opt(p, "rank"), Person.Leadership.valueOf(p.get("leadership")))).toList());
        Map<String, Long> byUnitAndName = imports.personIds(caller);
        Map<String, Long> persons = new LinkedHashMap<>();
        for (Map<String, String> p : personRows) {
            Long id = byUnitAndName.get(units.get(p.get("unit_code")) + "/" + p.get("name"));
            if (id == null) {
                throw new IllegalStateException("person " + p.get("key") + " was imported but cannot be found");
            }
            persons.put(p.get("key"), id);
        }
        ids.remember("person", persons);
        return rows + units.size() + persons.size();
    }
}
