package org.xuncha.roundplanning.internal.deadline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Deadline;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.Target;
import org.xuncha.roundplanning.internal.Store;
import org.xuncha.roundplanning.internal.round.RoundEntity;
import org.xuncha.roundplanning.internal.round.RoundViews;
import org.xuncha.roundplanning.internal.target.TargetEntity;
import org.xuncha.roundplanning.internal.target.TargetService;

/**
 * The time limits of rounds, from configuration (PID {@code org.xuncha.roundplanning}), applied
 * live when the configuration changes: the limits of one round, and every overdue item in a
 * caller's scope.
 */
@Component(service = DeadlineService.class, configurationPid = RoundPlanningConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = RoundPlanningConfig.class)
public class DeadlineService {

    private final ModuleStore db;
    private final TargetService targets;
    private volatile DeadlineRules rules;

    @Activate
    public DeadlineService(@Reference Store store, @Reference TargetService targets, RoundPlanningConfig config) {
        this.db = store.db();
        this.targets = targets;
        this.rules = rules(config);
    }

    @Modified
    void modified(RoundPlanningConfig config) {
        this.rules = rules(config);
    }

    static DeadlineRules rules(RoundPlanningConfig c) {
        return new DeadlineRules(c.entryDays(), c.fieldworkDays(), c.reportDays(), c.feedbackDays(), c.transferDays(),
                c.rectificationMonths(), c.rectificationReportMonths(), c.assessmentDays());
    }

    public DeadlineRules rules() {
        return rules;
    }

    /** The round's current limits as of today. */
    public List<Deadline> deadlines(Round round, List<Target> roundTargets) {
        return rules.deadlines(round, roundTargets, db.today());
    }

    /** How many of {@link #overdue}'s items there are per kind, and the earliest due day of each, counted by the database. */
    public Map<Deadline.Kind, OverdueCounts.Count> overdueCounts(Caller caller) {
        caller.require(RoundPlanningPermissions.ROUND_READ);
        DeadlineRules limits = rules;
        return db.read(em -> OverdueCounts.of(em, caller, limits, db.today()));
    }

    /** Time limits of every round in the caller's scope that are past due, most overdue first. */
    public List<Deadline> overdue(Caller caller) {
        caller.require(RoundPlanningPermissions.ROUND_READ);
        record Data(List<Round> rounds, Map<Long, List<TargetEntity>> targets) {
        }
        Data d = db.read(em -> {
            Where w = Where.scoped(caller, "r.divisionCode", null, "r.id").and("r.stage <> :archive", "archive", Stage.ARCHIVE);
            List<RoundEntity> rows = w.list(em, RoundEntity.class, "r", " order by r.id");
            Map<Long, List<TargetEntity>> byRound = new HashMap<>();
            if (!rows.isEmpty()) {
                em.createQuery("select t from TargetEntity t where t.roundId in :ids order by t.id", TargetEntity.class)
                        .setParameter("ids", rows.stream().map(r -> r.id).toList()).getResultList().stream()
                        .filter(t -> caller.scope().coversUnit(t.unitId))
                        .forEach(t -> byRound.computeIfAbsent(t.roundId, k -> new ArrayList<>()).add(t));
            }
            return new Data(RoundViews.of(em, rows), byRound);
        });
        Map<Long, Target> views = new HashMap<>();
        targets.views(d.targets().values().stream().flatMap(List::stream).toList()).forEach(t -> views.put(t.id(), t));
        List<Deadline> result = new ArrayList<>();
        DeadlineRules limits = rules;
        for (Round r : d.rounds()) {
            List<Target> roundTargets = d.targets().getOrDefault(r.id(), List.of()).stream().map(t -> views.get(t.id)).toList();
            limits.deadlines(r, roundTargets, db.today()).stream().filter(Deadline::overdue).forEach(result::add);
        }
        result.sort(Comparator.comparingLong(Deadline::daysOverdue).reversed().thenComparingLong(Deadline::roundId));
        return result;
    }
}
