package org.xuncha.demo.internal;

import static org.xuncha.demo.internal.seed.Table.date;
import static org.xuncha.demo.internal.seed.Table.opt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.demo.internal.seed.Seeds;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Approval;
import org.xuncha.roundplanning.api.ApprovalBody;
import org.xuncha.roundplanning.api.Group;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundPlanningService;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.StageChange;
import org.xuncha.roundplanning.api.Target;
import org.xuncha.roundplanning.api.Term;

/**
 * The term, its rounds, targets and groups, entered as an office enters rounds it ran before the
 * system: each round planned, its groups formed and authorised, its plan approved by the leading
 * group and the committee, then taken through its stages on the past days the seed gives (entry and
 * fieldwork on the first day of fieldwork, the report on its last day, feedback and every later
 * stage on the feedback day). The demo accounts of the group roles are linked to their cadres, so
 * they see their groups as soon as the groups exist.
 */
@Component(service = {}, enabled = false, immediate = true)
public class RoundPlanningPart extends BasePart {

    static final String ID = "round-planning";

    private final RoundPlanningService rounds;

    @Activate
    public RoundPlanningPart(@Reference DemoLoader loader, @Reference RoundPlanningService rounds) {
        super(loader, ID, "round-planning", List.of(ReferencePart.ID));
        this.rounds = rounds;
        offer();
    }

    @Override
    public boolean isEmpty(Caller caller) {
        return rounds.terms(caller, null, PageRequest.first(1)).total() == 0;
    }

    @Override
    public int load(Seeds seeds, Caller caller, DemoIds ids) {
        int records = 0;
        Map<String, Long> terms = new LinkedHashMap<>();
        for (Map<String, String> t : seeds.rows("round-planning/terms.csv")) {
            terms.put(t.get("key"), rounds.createTerm(caller, new Term(null, t.get("name"), t.get("division_code"),
                    date(t, "start_date"), date(t, "end_date"), null)).id());
            records++;
        }
        ids.remember("term", terms);
        Map<String, Long> roundIds = new LinkedHashMap<>();
        Map<String, Long> groupIds = new LinkedHashMap<>();
        for (Map<String, String> r : seeds.rows("round-planning/rounds.csv")) {
            String topics = opt(r, "special_topics");
            Round round = rounds.createRound(caller, new Round.Draft(terms.get(r.get("term_key")), Integer.valueOf(r.get("number")),
                    r.get("name"), RoundType.valueOf(r.get("type")), date(r, "field_start"), date(r, "field_end"), opt(r, "focus"),
                    Set.of(), topics == null ? List.of() : Arrays.asList(topics.split(";")), null));
            roundIds.put(r.get("key"), round.id());
            records++;
            records += groups(seeds, caller, ids, r, round, groupIds);
            rounds.decide(caller, round.id(), new Approval.Request(ApprovalBody.LEADING_GROUP, true, "同意（演示数据）"));
            rounds.decide(caller, round.id(), new Approval.Request(ApprovalBody.COMMITTEE, true, "同意（演示数据）"));
            Stage last = Stage.valueOf(r.get("stage"));
            for (Stage s : Stage.values()) {
                if (s == Stage.PREPARATION) {
                    continue;
                }
                if (s.ordinal() > last.ordinal()) {
                    break;
                }
                rounds.changeStage(caller, round.id(), new StageChange.Request(s, dayOf(s, r), null));
            }
        }
        ids.remember("round", roundIds);
        ids.remember("group", groupIds);
        return records;
    }

    /** The round's targets and groups, each group with its people and authorisation; returns the records created. */
    private int groups(Seeds seeds, Caller caller, DemoIds ids, Map<String, String> round, Round created, Map<String, Long> groupIds) {
        int records = 0;
        List<Map<String, String>> groups = seeds.rows("round-planning/groups.csv").stream()
                .filter(g -> g.get("round_key").equals(round.get("key"))).toList();
        List<Long> allTargets = new ArrayList<>();
        Map<String, List<Long>> targetsOf = new LinkedHashMap<>();
        for (Map<String, String> t : seeds.rows("round-planning/group-targets.csv")) {
            if (groups.stream().anyMatch(g -> g.get("key").equals(t.get("group_key")))) {
                long unit = ids.id("unit", t.get("unit_code"));
                targetsOf.computeIfAbsent(t.get("group_key"), k -> new ArrayList<>()).add(unit);
                allTargets.add(unit);
            }
        }
        records += rounds.addTargets(caller, created.id(), new Target.Selection(allTargets, null, null, null, false, Set.of(), List.of()))
                .added().size();
        int n = 0;
        for (Map<String, String> g : groups) {
            List<GroupMember> members = seeds.rows("round-planning/group-members.csv").stream()
                    .filter(m -> m.get("group_key").equals(g.get("key")))
                    .map(m -> new GroupMember(ids.id("person", m.get("person_key")), GroupRole.valueOf(m.get("role")))).toList();
            Group group = rounds.createGroup(caller, created.id(), new Group.Draft(g.get("name"), members,
                    Set.copyOf(targetsOf.getOrDefault(g.get("key"), List.of())), null));
            LocalDate start = date(round, "field_start");
            rounds.authorise(caller, created.id(), group.id(), new Group.Authorisation(
                    "聊巡授〔" + start.getYear() + "〕" + round.get("number") + "-" + (++n) + "号", start.minusDays(3),
                    "对被巡察党组织开展巡察（演示数据）"));
            groupIds.put(g.get("key"), group.id());
            records++;
        }
        return records;
    }

    /** The past day a round entered a stage, from the seed's dates. */
    static LocalDate dayOf(Stage s, Map<String, String> round) {
        return switch (s) {
            case PREPARATION, ENTRY, FIELDWORK -> date(round, "field_start");
            case REPORT -> date(round, "field_end");
            default -> date(round, "feedback_date");
        };
    }
}
