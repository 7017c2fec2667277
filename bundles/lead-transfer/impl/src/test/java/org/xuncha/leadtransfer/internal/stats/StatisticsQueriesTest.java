package org.xuncha.leadtransfer.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.leadtransfer.internal.lead.DisposalMethod;
import org.xuncha.leadtransfer.internal.lead.LeadStatus;
import org.xuncha.leadtransfer.internal.lead.OutcomeKind;
import org.xuncha.leadtransfer.internal.problem.ProblemStatus;
import org.xuncha.leadtransfer.internal.stats.StatisticsQueries.Dimension;
import org.xuncha.leadtransfer.internal.stats.StatisticsQueries.Filter;
import org.xuncha.leadtransfer.internal.stats.StatisticsQueries.Row;
import org.xuncha.testkit.TestDatabase;

/**
 * The statistics SQL against a generated dataset whose figures the test counts itself, record by
 * record in Java, for every breakdown and a range of filters and scopes.
 */
class StatisticsQueriesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static GeneratedDataset data;
    static TestDatabase db;

    @BeforeAll
    static void generate() throws Exception {
        data = new GeneratedDataset(20250630L, 4000, 1500, 120);
        db = TestDatabase.migrated(Store.CHANGELOG);
        try (Connection c = db.connection()) {
            data.write(c);
        }
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    static final Filter ALL = new Filter(null, null, null, null, null, null, null, null, null);

    static List<Filter> filters() {
        return List.of(
                ALL,
                new Filter(null, null, null, null, null, null, List.of(GeneratedDataset.CITY), null, null),
                new Filter(null, null, null, null, null, null, List.of(GeneratedDataset.COUNTY), null, null),
                new Filter(null, null, null, null, null, null, List.of(GeneratedDataset.CITY, GeneratedDataset.COUNTY), Set.of(21L, 32L, 72L),
                        Set.of(2L, 3L, 7L)),
                new Filter(null, null, null, null, null, 2024, null, null, null),
                new Filter(1L, null, null, null, null, null, null, null, null),
                new Filter(null, 3L, null, null, null, 2025, null, null, null),
                new Filter(null, null, 42L, null, null, null, null, null, null),
                new Filter(null, null, null, 7L, null, null, null, null, null),
                new Filter(null, null, null, null, "CADRES", null, List.of(GeneratedDataset.CITY), null, null),
                new Filter(2L, null, null, null, null, 2023, List.of(), null, null));
    }

    @ParameterizedTest
    @EnumSource(Dimension.class)
    void everyFigureMatchesTheRecordsCountedOneByOne(Dimension dimension) throws Exception {
        try (Connection c = db.connection()) {
            for (Filter f : filters()) {
                List<Row> rows = StatisticsQueries.compute(c, dimension, f, TODAY);
                Map<String, Row> actual = new HashMap<>();
                rows.forEach(r -> actual.put(r.key(), r));
                assertThat(actual).as("%s by %s", f, dimension).isEqualTo(expected(dimension, f));
                assertThat(rows).extracting(Row::key).isSortedAccordingTo(StatisticsQueries.KEY_ORDER);
            }
        }
    }

    @Test
    void theDatasetExercisesEveryFigure() throws Exception {
        try (Connection c = db.connection()) {
            Row t = StatisticsQueries.compute(c, Dimension.TOTAL, ALL, TODAY).get(0);
            assertThat(t.key()).isEqualTo("total");
            assertThat(List.of(t.problemsFound(), t.topLeaderProblems(), t.leadsTransferred(), t.topLeaderLeads(), t.topLeaderInvestigated(),
                    t.topLeaderPeopleHandled(), t.overdueLeads(), t.peopleHandled(), t.prosecuted(), t.detained(), t.selfSurrendered()))
                    .allMatch(n -> n > 0);
            assertThat(t.peopleByKind()).containsOnlyKeys(OutcomeKind.values());
            assertThat(t.peopleByGrade().keySet()).hasSizeGreaterThan(8);
            // people handled are party and government sanctions and organisational handling
            assertThat(t.peopleHandled()).isEqualTo(t.peopleByKind().get(OutcomeKind.PARTY_SANCTION)
                    + t.peopleByKind().get(OutcomeKind.GOVERNMENT_SANCTION) + t.peopleByKind().get(OutcomeKind.ORGANISATIONAL_HANDLING));
            assertThat(StatisticsQueries.compute(c, Dimension.CATEGORY, ALL, TODAY)).extracting(Row::key).endsWith((String) null);
        }
    }

    @Test
    void leadsByReceiverAndDisposalMatchTheRecords() throws Exception {
        try (Connection c = db.connection()) {
            for (Filter f : filters()) {
                Map<String, Long> receivers = new TreeMap<>();
                Map<String, Set<Long>> disposed = new TreeMap<>();
                Map<Long, GeneratedDataset.Lead> selected = new HashMap<>();
                for (GeneratedDataset.Lead l : data.leads) {
                    if (l.transferredOn() != null && matches(f, l.division(), l.term(), l.round(), l.group(), l.unit(), l.category())
                            && inYear(f, l.transferredOn())) {
                        receivers.merge(l.receiver().name(), 1L, Long::sum);
                        selected.put(l.id(), l);
                    }
                }
                for (GeneratedDataset.Disposal d : data.disposals) {
                    if (selected.containsKey(d.leadId())) {
                        disposed.computeIfAbsent(d.method().name(), k -> new HashSet<>()).add(d.leadId());
                    }
                }
                Map<String, Long> byDisposal = new TreeMap<>();
                disposed.forEach((k, ids) -> byDisposal.put(k, (long) ids.size()));
                StatisticsQueries.LeadBreakdown b = StatisticsQueries.leadBreakdown(c, f);
                assertThat(b.byReceiver()).as("receivers, %s", f).isEqualTo(receivers);
                assertThat(b.byDisposal()).as("disposals, %s", f).isEqualTo(byDisposal);
            }
            assertThat(StatisticsQueries.leadBreakdown(c, ALL).byDisposal()).containsKeys(DisposalMethod.CASE_INVESTIGATION.name());
        }
    }

    @Test
    void anEmptyScopeSeesNothing() throws Exception {
        try (Connection c = db.connection()) {
            Filter nothing = new Filter(null, null, null, null, null, null, List.of(), null, null);
            Row t = StatisticsQueries.compute(c, Dimension.TOTAL, nothing, TODAY).get(0);
            assertThat(t.problemsFound() + t.leadsTransferred() + t.peopleHandled() + t.selfSurrendered()).isZero();
            assertThat(StatisticsQueries.compute(c, Dimension.ROUND, nothing, TODAY)).isEmpty();
        }
    }

    // ------------------------------------------------------------------ the test's own count

    /** Mutable counts of one group, independent of the production accumulator. */
    private static final class Count {
        long problems;
        long topLeaderProblems;
        long leads;
        long topLeaderLeads;
        long topLeaderInvestigated;
        long topLeaderPeopleHandled;
        long overdue;
        long handled;
        long prosecuted;
        long detained;
        long surrendered;
        final Map<OutcomeKind, Long> byKind = new EnumMap<>(OutcomeKind.class);
        final Map<String, Long> byGrade = new TreeMap<>();
    }

    private static Map<String, Row> expected(Dimension d, Filter f) {
        Map<String, Count> counts = new HashMap<>();
        for (GeneratedDataset.Problem p : data.problems) {
            if (p.status() == ProblemStatus.APPROVED && matches(f, p.division(), p.term(), p.round(), p.group(), p.unit(), p.category())
                    && inYear(f, p.foundOn())) {
                Count c = counts.computeIfAbsent(key(d, p.term(), p.round(), p.group(), p.unit(), p.category(), p.foundOn()), k -> new Count());
                c.problems++;
                c.topLeaderProblems += p.topLeader() ? 1 : 0;
            }
        }
        Map<Long, GeneratedDataset.Lead> leadsById = new HashMap<>();
        Set<Long> caseOpened = new HashSet<>();
        data.leads.forEach(l -> leadsById.put(l.id(), l));
        data.disposals.stream().filter(x -> x.method() == DisposalMethod.CASE_INVESTIGATION).forEach(x -> caseOpened.add(x.leadId()));
        for (GeneratedDataset.Lead l : data.leads) {
            if (l.transferredOn() != null && matches(f, l.division(), l.term(), l.round(), l.group(), l.unit(), l.category())
                    && inYear(f, l.transferredOn())) {
                Count c = counts.computeIfAbsent(key(d, l.term(), l.round(), l.group(), l.unit(), l.category(), l.transferredOn()), k -> new Count());
                c.leads++;
                c.topLeaderLeads += l.topLeader() ? 1 : 0;
                c.topLeaderInvestigated += l.topLeader() && caseOpened.contains(l.id()) ? 1 : 0;
                boolean awaiting = l.status() == LeadStatus.TRANSFERRED || l.status() == LeadStatus.ACKNOWLEDGED;
                c.overdue += awaiting && l.feedbackDue().isBefore(TODAY) ? 1 : 0;
            }
        }
        for (GeneratedDataset.Outcome o : data.outcomes) {
            GeneratedDataset.Lead l = leadsById.get(o.leadId());
            if (matches(f, l.division(), l.term(), l.round(), l.group(), l.unit(), l.category()) && inYear(f, o.decidedOn())) {
                Count c = counts.computeIfAbsent(key(d, l.term(), l.round(), l.group(), l.unit(), l.category(), o.decidedOn()), k -> new Count());
                c.byKind.merge(o.kind(), (long) o.people(), Long::sum);
                if (o.grade() != null) {
                    c.byGrade.merge(o.grade().name(), (long) o.people(), Long::sum);
                }
                switch (o.kind()) {
                    case PARTY_SANCTION, GOVERNMENT_SANCTION, ORGANISATIONAL_HANDLING -> {
                        c.handled += o.people();
                        c.topLeaderPeopleHandled += l.topLeader() ? o.people() : 0;
                    }
                    case PROSECUTION -> c.prosecuted += o.people();
                    case DETENTION -> c.detained += o.people();
                }
            }
        }
        boolean surrendersCount = f.groupId() == null && f.category() == null && d != Dimension.GROUP && d != Dimension.CATEGORY;
        for (GeneratedDataset.Surrender s : data.surrenders) {
            if (surrendersCount && (f.termId() == null || f.termId() == s.term()) && (f.roundId() == null || f.roundId() == s.round())
                    && (f.unitId() == null || f.unitId().equals(s.unit())) && (f.divisions() == null || f.divisions().contains(s.division()))
                    && (f.rounds() == null || f.rounds().contains(s.round())) && inYear(f, s.on())) {
                String k = d == Dimension.UNIT ? (s.unit() == null ? null : String.valueOf(s.unit()))
                        : key(d, s.term(), s.round(), 0, 0, null, s.on());
                counts.computeIfAbsent(k, x -> new Count()).surrendered++;
            }
        }
        if (d == Dimension.TOTAL) {
            counts.computeIfAbsent("total", k -> new Count());
        }
        Map<String, Row> rows = new HashMap<>();
        counts.forEach((k, c) -> rows.put(k, new Row(k, c.problems, c.topLeaderProblems, c.leads, c.topLeaderLeads, c.topLeaderInvestigated,
                c.topLeaderPeopleHandled, c.overdue, c.handled, c.prosecuted, c.detained, c.surrendered, c.byKind, c.byGrade)));
        return rows;
    }

    private static boolean matches(Filter f, String division, long term, long round, long group, long unit, String category) {
        return (f.termId() == null || f.termId() == term) && (f.roundId() == null || f.roundId() == round)
                && (f.groupId() == null || f.groupId() == group) && (f.unitId() == null || f.unitId() == unit)
                && (f.category() == null || f.category().equals(category))
                && (f.divisions() == null || f.divisions().contains(division)) && (f.groups() == null || f.groups().contains(group));
    }

    private static boolean inYear(Filter f, LocalDate date) {
        return f.year() == null || date.getYear() == f.year();
    }

    private static String key(Dimension d, long term, long round, long group, long unit, String category, LocalDate date) {
        return switch (d) {
            case TOTAL -> "total";
            case TERM -> String.valueOf(term);
            case ROUND -> String.valueOf(round);
            case GROUP -> String.valueOf(group);
            case UNIT -> String.valueOf(unit);
            case CATEGORY -> category;
            case YEAR -> String.valueOf(date.getYear());
        };
    }
}
