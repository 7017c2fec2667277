package org.xuncha.demo.internal;

import static org.xuncha.demo.internal.seed.Table.opt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.demo.internal.seed.Seeds;
import org.xuncha.platform.api.reference.Division;
import org.xuncha.platform.api.reference.DivisionLevel;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.PersonQuery;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/** Divisions, units and persons, through the platform's reference-data service. */
@Component(service = {}, enabled = false, immediate = true)
public class ReferencePart implements DemoPart {

    static final String ID = "reference";

    private final DemoLoader loader;
    private final ReferenceDataService reference;

    @Activate
    public ReferencePart(@Reference DemoLoader loader, @Reference ReferenceDataService reference) {
        this.loader = loader;
        this.reference = reference;
        loader.offer(this);
    }

    @Deactivate
    void deactivate() {
        loader.withdraw(this);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String module() {
        return "platform";
    }

    @Override
    public List<String> after() {
        return List.of();
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
        Map<String, Long> units = new LinkedHashMap<>();
        for (Map<String, String> u : seeds.rows("reference/units.csv")) {
            String parent = opt(u, "parent_code");
            Unit created = reference.createUnit(caller, new Unit(null, u.get("code"), u.get("name"), u.get("division_code"),
                    parent == null ? null : units.get(parent), opt(u, "field"), opt(u, "sector"), opt(u, "system"), true, null));
            units.put(u.get("code"), created.id());
        }
        ids.remember("unit", units);
        Map<String, Long> persons = new LinkedHashMap<>();
        for (Map<String, String> p : seeds.rows("reference/persons.csv")) {
            Person created = reference.createPerson(caller, new Person(null, p.get("name"), units.get(p.get("unit_code")),
                    opt(p, "post"), opt(p, "rank"), Person.Leadership.valueOf(p.get("leadership")), null, true, null));
            persons.put(p.get("key"), created.id());
        }
        ids.remember("person", persons);
        return rows + units.size() + persons.size();
    }
}
