package org.xuncha.demo.internal;

import static org.xuncha.demo.internal.seed.Table.date;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.demo.internal.seed.Seeds;
import org.xuncha.personnelpools.api.PoolEntry;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.PoolService;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * The staff pools (组长库、副组长库、联络员库、巡察干部库、不驻组副组长库、巡察师资库) of
 * {@code round-planning/staff-pools.csv}, entered as an office carries its paper pools over: each
 * person applied for with the seed's source and date, then approved, both through the module's
 * service (eligibility rules and audit included). Each entry is kept by the office of the person's
 * division.
 */
@Component(service = {}, enabled = false, immediate = true)
public class PersonnelPoolsPart extends BasePart {

    static final String ID = "personnel-pools";

    private final PoolService pools;
    private final ReferenceDataService reference;

    @Activate
    public PersonnelPoolsPart(@Reference DemoLoader loader, @Reference PoolService pools, @Reference ReferenceDataService reference) {
        super(loader, ID, "personnel-pools", List.of(ReferencePart.ID));
        this.pools = pools;
        this.reference = reference;
        offer();
    }

    @Override
    public boolean isEmpty(Caller caller) {
        return pools.entries(caller, null, PageRequest.first(1)).total() == 0;
    }

    @Override
    public int load(Seeds seeds, Caller caller, DemoIds ids) {
        List<Map<String, String>> rows = seeds.rows("round-planning/staff-pools.csv");
        for (Map<String, String> r : rows) {
            long person = ids.id("person", r.get("person_key"));
            String division = reference.person(caller, person).orElseThrow().divisionCode();
            PoolEntry e = pools.apply(caller, new PoolEntry.Draft(person, PoolKind.valueOf(r.get("pool")), division, r.get("source"),
                    date(r, "since"), "演示数据：" + r.get("source")));
            pools.decide(caller, e.id(), new PoolEntry.Decision(true, "同意（演示数据）"));
        }
        return rows.size();
    }
}
