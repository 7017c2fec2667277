package org.xuncha.demo.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.reference.Unit;
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
import org.xuncha.roundplanning.api.Target;
import org.xuncha.roundplanning.api.Term;

/**
 * Rounds over the run's units: per division its latest term (a synthetic one, the last four years and
 * the next, if it has none), rounds of ten days twelve days apart in the term's past, every unit of
 * the division a target of one round,
 * groups of {@link #TARGETS_PER_GROUP} targets and three members (persons of units the group does not
 * inspect, never the same person in two groups of the run), authorised, the plan approved.
 */
@Component(service = {}, enabled = false, immediate = true)
public class RoundsGenerator implements ModuleGenerator {

    static final int TARGETS_PER_GROUP = 5;

    private final Generator generator;
    private final RoundPlanningService rounds;
    private final Clock clock;

    @Activate
    public RoundsGenerator(@Reference Generator generator, @Reference RoundPlanningService rounds, @Reference Clock clock) {
        this.generator = generator;
        this.rounds = rounds;
        this.clock = clock;
        generator.register(this);
    }

    @Deactivate
    void deactivate() {
        generator.unregister(this);
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String module() {
        return "round-planning";
    }

    /** The division's latest term begun by today, else a synthetic one (the last four years and the next). */
    private Term term(Caller system, String division, LocalDate today) {
        return rounds.terms(system, division, PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .filter(t -> !t.startDate().isAfter(today.minusDays(30)))
                .max(Comparator.comparing(Term::startDate))
                .orElseGet(() -> rounds.createTerm(system, new Term(null, "合成数据届（" + division + "）", division, today.minusYears(4),
                        today.plusYears(1), null)));
    }

    @Override
    public void generate(Caller system, Generator.Request r, Synthetic data, Random random, PrintStream out) {
        Map<String, List<Unit>> byDivision = new LinkedHashMap<>();
        data.units.forEach(u -> byDivision.computeIfAbsent(u.divisionCode(), k -> new ArrayList<>()).add(u));
        List<String> divisions = new ArrayList<>(byDivision.keySet());
        int count = Math.min(r.rounds(), data.units.size());
        List<Long> pool = new ArrayList<>();
        data.personsByUnit.values().forEach(pool::addAll);
        int nextMember = 0;
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> roundsInDivision = new LinkedHashMap<>();
        for (int k = 0; k < count; k++) {
            roundsInDivision.merge(divisions.get(k % divisions.size()), 1, Integer::sum);
        }
        long start = System.nanoTime();
        int done = 0;
        for (Map.Entry<String, Integer> e : roundsInDivision.entrySet()) {
            String division = e.getKey();
            List<Unit> units = byDivision.get(division);
            int n = e.getValue();
            Term term = term(system, division, today);
            // Rounds of ten days, twelve days apart, in the past part of the term (a committee has one term at a time).
            LocalDate first = term.startDate().plusDays(1);
            long span = Math.max(1, ChronoUnit.DAYS.between(first, (term.endDate().isBefore(today) ? term.endDate() : today).minusDays(11)));
            for (int k = 0; k < n; k++) {
                List<Unit> targets = units.subList(units.size() * k / n, units.size() * (k + 1) / n);
                LocalDate day = first.plusDays((12L * done) % span);
                Round round = rounds.createRound(system, new Round.Draft(term.id(), null, null, RoundType.REGULAR, day, day.plusDays(10),
                        "合成数据", Set.of(), List.of(), null));
                List<Long> unitIds = targets.stream().map(Unit::id).toList();
                rounds.addTargets(system, round.id(), new Target.Selection(unitIds, null, null, null, false, Set.of(), List.of()));
                for (int g = 0; g * TARGETS_PER_GROUP < unitIds.size(); g++) {
                    List<Long> inspects = unitIds.subList(g * TARGETS_PER_GROUP, Math.min(unitIds.size(), (g + 1) * TARGETS_PER_GROUP));
                    List<Long> members = new ArrayList<>();
                    while (members.size() < 3) {
                        if (nextMember >= pool.size()) {
                            throw new IllegalStateException("not enough persons for the groups: generate more persons per unit or fewer rounds");
                        }
                        long person = pool.get(nextMember++);
                        if (inspects.stream().noneMatch(u -> data.personsByUnit.getOrDefault(u, List.of()).contains(person))) {
                            members.add(person);
                        }
                    }
                    Group group = rounds.createGroup(system, round.id(), new Group.Draft("第" + (g + 1) + "巡察组",
                            List.of(new GroupMember(members.get(0), GroupRole.LEADER), new GroupMember(members.get(1), GroupRole.DEPUTY),
                                    new GroupMember(members.get(2), GroupRole.MEMBER)), Set.copyOf(inspects), null));
                    rounds.authorise(system, round.id(), group.id(), new Group.Authorisation("合成授〔" + day.getYear() + "〕"
                            + round.id() + "-" + (g + 1) + "号", day, "合成数据"));
                    data.slots.add(new Slot(round.id(), group.id(), inspects, members, day));
                }
                rounds.decide(system, round.id(), new Approval.Request(ApprovalBody.LEADING_GROUP, true, null));
                rounds.decide(system, round.id(), new Approval.Request(ApprovalBody.COMMITTEE, true, null));
                ModuleGenerator.progress(out, "轮次 rounds", ++done, 1, count, start);
            }
        }
    }
}
