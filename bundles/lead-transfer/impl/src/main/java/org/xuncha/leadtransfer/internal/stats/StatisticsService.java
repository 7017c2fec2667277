package org.xuncha.leadtransfer.internal.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.LeadTransferPermissions;
import org.xuncha.leadtransfer.internal.Dates;
import org.xuncha.leadtransfer.internal.Rounds;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.leadtransfer.internal.Texts;
import org.xuncha.leadtransfer.internal.lead.OutcomeKind;
import org.xuncha.leadtransfer.internal.lead.ReceiverKind;
import org.xuncha.leadtransfer.internal.problem.Taxonomy;
import org.xuncha.platform.api.Statistic;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundRef;
import org.xuncha.roundplanning.api.TermRef;

/**
 * The figures for the caller's data scope (their divisions and, for group roles, their groups), with
 * names for the keys: the statistics endpoint, the console and the dashboard all read them here.
 * Figures by term, round or group are named as round planning names them, so those wait (503)
 * while round planning is away; the others, the dashboard among them, do not need it.
 */
@Component(service = StatisticsService.class)
public class StatisticsService {

    /** Filters as a client gives them. */
    public record Query(Long termId, Long roundId, Long groupId, Long unitId, String category, Integer year) {

        public static Query none() {
            return new Query(null, null, null, null, null, null);
        }
    }

    /** One row with the names of its key. */
    public record Labelled(String labelZh, String labelEn, StatisticsQueries.Row figures) {
    }

    /** The figures, with the breakdown of the leads by receiver and disposal method (keys are the enum names). */
    public record Report(StatisticsQueries.Dimension dimension, StatisticsQueries.Row totals, List<Labelled> rows,
                         StatisticsQueries.LeadBreakdown leads) {
    }

    private final ModuleStore store;
    private final Rounds rounds;
    private final ReferenceDataService reference;
    private final Taxonomy taxonomy;

    @Activate
    public StatisticsService(@Reference Store store, @Reference Rounds rounds, @Reference ReferenceDataService reference,
                             @Reference Taxonomy taxonomy) {
        this.store = store.db();
        this.rounds = rounds;
        this.reference = reference;
        this.taxonomy = taxonomy;
    }

    public Report report(Caller caller, StatisticsQueries.Dimension dimension, Query q) {
        caller.require(LeadTransferPermissions.STATISTICS_READ);
        new Checks().range("year", q.year(), Dates.EARLIEST.getYear(), Dates.LATEST.getYear(), "年度", "year").throwIfInvalid();
        if (dimension == StatisticsQueries.Dimension.TERM || dimension == StatisticsQueries.Dimension.ROUND
                || dimension == StatisticsQueries.Dimension.GROUP) {
            rounds.requireAvailable();   // the rows are named by round planning: wait for it before computing anything
        }
        StatisticsQueries.Filter f = filter(caller, q);
        List<StatisticsQueries.Row> totals = compute(StatisticsQueries.Dimension.TOTAL, f);
        List<StatisticsQueries.Row> rows = dimension == StatisticsQueries.Dimension.TOTAL ? List.of() : compute(dimension, f);
        Function<String, String[]> names = labels(caller, dimension, rows);
        List<Labelled> labelled = rows.stream().map(r -> {
            String[] n = names.apply(r.key());
            return new Labelled(n[0], n[1], r);
        }).toList();
        return new Report(dimension, totals.get(0), labelled, store.sql(c -> StatisticsQueries.leadBreakdown(c, f)));
    }

    private List<StatisticsQueries.Row> compute(StatisticsQueries.Dimension d, StatisticsQueries.Filter f) {
        return store.sql(c -> StatisticsQueries.compute(c, d, f, store.today()));
    }

    static StatisticsQueries.Filter filter(Caller caller, Query q) {
        var scope = caller.scope();
        Collection<String> divisions = scope.allDivisions() ? null : scope.divisions();
        Collection<Long> groups = scope.groupLimited() ? scope.group().groupIds() : null;
        Collection<Long> roundIds = scope.groupLimited() ? scope.group().roundIds() : null;
        return new StatisticsQueries.Filter(q.termId(), q.roundId(), q.groupId(), q.unitId(), Texts.blank(q.category()), q.year(), divisions,
                groups, roundIds);
    }

    /** Chinese and English names of the keys: rounds, terms and groups from round planning, units, categories. */
    private Function<String, String[]> labels(Caller caller, StatisticsQueries.Dimension d, List<StatisticsQueries.Row> rows) {
        Set<Long> ids = rows.stream().map(StatisticsQueries.Row::key).filter(k -> k != null && k.matches("\\d+")).map(Long::valueOf)
                .collect(Collectors.toSet());
        return switch (d) {
            case TERM -> k -> same(k == null ? null : rounds.ask(dir -> dir.term(Long.parseLong(k))).map(TermRef::name).orElse("#" + k));
            case ROUND -> k -> same(k == null ? null : rounds.ask(dir -> dir.round(Long.parseLong(k))).map(RoundRef::name).orElse("#" + k));
            case GROUP -> k -> same(k == null ? null : rounds.ask(dir -> dir.group(Long.parseLong(k))).map(GroupRef::name).orElse("#" + k));
            case UNIT -> {
                Map<Long, Unit> units = unitNames(caller, ids);
                yield k -> same(k == null ? null : units.containsKey(Long.valueOf(k)) ? units.get(Long.valueOf(k)).name() : "#" + k);
            }
            case CATEGORY -> {
                Map<String, Taxonomy.Category> categories = taxonomy.all();
                yield k -> k == null ? new String[] {"未分类", "unclassified"} : categories.containsKey(k)
                        ? new String[] {categories.get(k).nameZh(), categories.get(k).nameEn()} : same(k);
            }
            case YEAR -> k -> new String[] {k + "年", k};
            case TOTAL -> k -> new String[] {"合计", "total"};
        };
    }

    private Map<Long, Unit> unitNames(Caller caller, Set<Long> ids) {
        try {
            return reference.units(caller, ids);
        } catch (RuntimeException e) {
            // Without reference-data permission the units keep their ids as names.
            return Map.of();
        }
    }

    private static String[] same(String name) {
        return new String[] {name, name};
    }

    /** The dashboard's figures for the caller, left out entirely if the caller may not read statistics. */
    public List<Statistic> dashboard(Caller caller) {
        if (!caller.has(LeadTransferPermissions.STATISTICS_READ)) {
            return List.of();
        }
        Report byCategory = report(caller, StatisticsQueries.Dimension.CATEGORY, Query.none());
        StatisticsQueries.Row t = byCategory.totals();
        List<Statistic.DataPoint> problemsByCategory = byCategory.rows().stream().filter(r -> r.figures().problemsFound() > 0)
                .map(r -> new Statistic.DataPoint(r.labelZh(), r.labelEn(), r.figures().problemsFound())).toList();
        List<Statistic.DataPoint> peopleByKind = new ArrayList<>();
        for (OutcomeKind k : OutcomeKind.values()) {
            peopleByKind.add(new Statistic.DataPoint(k.nameZh(), k.nameEn(), t.peopleByKind().getOrDefault(k, 0L)));
        }
        List<Statistic.DataPoint> leadsByReceiver = new ArrayList<>();
        for (ReceiverKind k : ReceiverKind.values()) {
            leadsByReceiver.add(new Statistic.DataPoint(k.nameZh(), k.nameEn(), byCategory.leads().byReceiver().getOrDefault(k.name(), 0L)));
        }
        String p = "lead-transfer.";
        return List.of(
                new Statistic(p + "problems", "发现问题", "Problems found", t.problemsFound(), "bar", problemsByCategory),
                new Statistic(p + "leads", "移交问题线索", "Leads transferred", t.leadsTransferred(), "pie", leadsByReceiver),
                new Statistic(p + "people-handled", "处理处分人次", "People handled (person-times)", t.peopleHandled(), "bar", peopleByKind),
                Statistic.of(p + "prosecuted", "移送司法人数", "People handed to prosecutors", t.prosecuted()),
                new Statistic(p + "top-leader-leads", "涉及一把手线索", "Leads about top leaders", t.topLeaderLeads(), null, List.of(
                        new Statistic.DataPoint("立案审查调查", "cases opened", t.topLeaderInvestigated()),
                        new Statistic.DataPoint("处理处分人次", "people handled", t.topLeaderPeopleHandled()))),
                Statistic.of(p + "self-surrendered", "主动投案人数", "People who turned themselves in", t.selfSurrendered()),
                Statistic.of(p + "overdue", "逾期未反馈线索", "Leads overdue for feedback", t.overdueLeads()).withLink("/leads?overdue=true"));
    }
}
