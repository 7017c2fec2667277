package org.xuncha.demo.internal;

import static org.xuncha.demo.internal.seed.Table.date;
import static org.xuncha.demo.internal.seed.Table.opt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.demo.internal.seed.Seeds;
import org.xuncha.personnelpools.api.PoolEntry;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.PoolService;
import org.xuncha.personnelpools.api.Profile;
import org.xuncha.personnelpools.api.ProfileService;
import org.xuncha.personnelpools.api.Secondment;
import org.xuncha.personnelpools.api.SecondmentService;
import org.xuncha.personnelpools.api.Training;
import org.xuncha.personnelpools.api.TrainingKind;
import org.xuncha.personnelpools.api.TrainingService;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupRole;

/**
 * The staff pools (组长库、副组长库、联络员库、巡察干部库、不驻组副组长库、巡察师资库) of
 * {@code personnel-pools/staff-pools.csv}, entered as an office carries its paper pools over: each
 * person applied for with the seed's source and date, then approved, both through the module's
 * service (eligibility rules and audit included). Each entry is kept by the office of the person's
 * division. Then the term's training ({@code personnel-pools/trainings.csv}): each round's 一轮一培训
 * for its groups' members, with a few absent from round 3 on (so the round's training check has names
 * to list), and the weekly lectures, cadre forums and special trainings, each invitee signed in by
 * the office as the attendance sheet has it. Last, the office's justified exceptions
 * ({@code personnel-pools/exceptions.csv}): the 2023 rounds drew some cadres a third time, over the
 * yearly limit; each is recorded as the office records one, a secondment to that round and group
 * with the rule waived and the reason, through the module's service (approval permission, audit),
 * so that the rule holds on the demo's groups as on any other.
 */
@Component(service = {}, enabled = false, immediate = true)
public class PersonnelPoolsPart extends BasePart {

    static final String ID = "personnel-pools";

    private final PoolService pools;
    private final ReferenceDataService reference;
    private final TrainingService trainings;
    private final SecondmentService secondments;
    private final ProfileService profiles;

    @Activate
    public PersonnelPoolsPart(@Reference DemoLoader loader, @Reference PoolService pools, @Reference ReferenceDataService reference,
                              @Reference TrainingService trainings, @Reference SecondmentService secondments, @Reference ProfileService profiles) {
        super(loader, ID, "personnel-pools", List.of(ReferencePart.ID, RoundPlanningPart.ID));
        this.pools = pools;
        this.reference = reference;
        this.trainings = trainings;
        this.secondments = secondments;
        this.profiles = profiles;
        offer();
    }

    @Override
    public boolean isEmpty(Caller caller) {
        return pools.entries(caller, null, PageRequest.first(1)).total() == 0;
    }

    @Override
    public int load(Seeds seeds, Caller caller, DemoIds ids) {
        List<Map<String, String>> rows = seeds.rows("personnel-pools/staff-pools.csv");
        for (Map<String, String> r : rows) {
            long person = ids.id("person", r.get("person_key"));
            String division = reference.person(caller, person).orElseThrow().divisionCode();
            PoolEntry e = pools.apply(caller, new PoolEntry.Draft(person, PoolKind.valueOf(r.get("pool")), division, r.get("source"),
                    date(r, "since"), "演示数据：" + r.get("source")));
            pools.decide(caller, e.id(), new PoolEntry.Decision(true, "同意（演示数据）"));
        }
        return rows.size() + loadProfiles(seeds, caller, ids) + loadTrainings(seeds, caller, ids) + loadExceptions(seeds, caller, ids);
    }

    /** One profile per person named in the employment or relatives file, each saved once with both lists. */
    private int loadProfiles(Seeds seeds, Caller caller, DemoIds ids) {
        Map<String, List<Profile.Employment>> history = new LinkedHashMap<>();
        Map<String, List<Profile.Relative>> relatives = new LinkedHashMap<>();
        List<Map<String, String>> jobs = seeds.rows("personnel-pools/employment.csv");
        List<Map<String, String>> declared = seeds.rows("personnel-pools/relatives.csv");
        for (Map<String, String> r : jobs) {
            String to = opt(r, "to_year");
            history.computeIfAbsent(r.get("person_key"), k -> new ArrayList<>()).add(new Profile.Employment(ids.id("unit", r.get("unit_code")),
                    Integer.valueOf(r.get("from_year")), to == null ? null : Integer.valueOf(to)));
            relatives.putIfAbsent(r.get("person_key"), new ArrayList<>());
        }
        for (Map<String, String> r : declared) {
            String relative = opt(r, "relative_key");
            history.putIfAbsent(r.get("person_key"), new ArrayList<>());
            relatives.computeIfAbsent(r.get("person_key"), k -> new ArrayList<>()).add(new Profile.Relative(ids.id("unit", r.get("unit_code")),
                    relative == null ? null : ids.id("person", relative), r.get("relation"), opt(r, "note")));
        }
        history.forEach((key, jobsOf) -> profiles.save(caller, ids.id("person", key),
                new Profile.Draft(null, false, List.of(), jobsOf, relatives.get(key), List.of(), null)));
        return jobs.size() + declared.size();
    }

    private int loadExceptions(Seeds seeds, Caller caller, DemoIds ids) {
        List<Map<String, String>> rows = seeds.rows("personnel-pools/exceptions.csv");
        for (Map<String, String> r : rows) {
            secondments.second(caller, new Secondment.Draft(ids.id("round", r.get("round_key")), ids.id("group", r.get("group_key")),
                    ids.id("person", r.get("person_key")), GroupRole.valueOf(r.get("role")), List.of(r.get("rule")), r.get("justification")));
        }
        return rows.size();
    }

    private int loadTrainings(Seeds seeds, Caller caller, DemoIds ids) {
        List<Map<String, String>> rows = seeds.rows("personnel-pools/trainings.csv");
        for (Map<String, String> r : rows) {
            String round = r.get("round_key");
            long trainer = ids.id("person", r.get("trainer_key"));
            // held by the office of the trainer's division
            String division = reference.person(caller, trainer).orElseThrow().divisionCode();
            Training t = trainings.create(caller, new Training.Draft(TrainingKind.valueOf(r.get("kind")), r.get("title"),
                    round == null || round.isBlank() ? null : ids.id("round", round), trainer, date(r, "date"),
                    Integer.valueOf(r.get("hours")), r.get("location"), division, keys(r.get("invitees")).stream().map(k -> ids.id("person", k)).toList()));
            for (String k : keys(r.get("attended"))) {
                trainings.signIn(caller, t.id(), ids.id("person", k));
            }
        }
        return rows.size();
    }

    private static List<String> keys(String list) {
        return list == null || list.isBlank() ? List.of() : List.of(list.split(";"));
    }
}
