package org.xuncha.leadtransfer.internal.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.xuncha.leadtransfer.internal.lead.OutcomeKind;
import org.xuncha.platform.api.persistence.Where;

/**
 * The office's figures, computed from the records by four set-based queries (GROUP BY on the
 * database, one row per group, never one per record):
 * <ul>
 * <li>problems found: approved problems (领导小组审定), and those concerning the top leader;</li>
 * <li>leads transferred: leads with a transfer date; of them top-leader leads, those where a case was
 * opened (立案审查调查), and those still awaiting feedback past their deadline;</li>
 * <li>people: the sum of the people of each outcome, by kind and grade; people handled (处理处分人次)
 * are party and government sanctions and organisational handling;</li>
 * <li>self-surrenders (主动投案) recorded against rounds.</li>
 * </ul>
 * A year filter or grouping applies to each figure's own date: the day a problem was found, a lead
 * transferred, an outcome decided, a person surrendered. Self-surrenders belong to a round and a unit,
 * not to a group or category: grouped or filtered by those they are not counted.
 */
public final class StatisticsQueries {

    /** What the figures are broken down by. */
    public enum Dimension {
        TOTAL(null, null, null, null),
        TERM("term_id", "term_id", "term_id", "term_id"),
        ROUND("round_id", "round_id", "round_id", "round_id"),
        GROUP("group_id", "group_id", "group_id", null),
        UNIT("unit_id", "unit_id", "unit_id", "unit_id"),
        CATEGORY("category", "category", "category", null),
        YEAR("#found_on", "#transferred_on", "#decided_on", "#surrendered_on");

        private final String problem;
        private final String lead;
        private final String outcome;
        private final String surrender;

        /** Columns per table; {@code #date} means the year of that date column. */
        Dimension(String problem, String lead, String outcome, String surrender) {
            this.problem = problem;
            this.lead = lead;
            this.outcome = outcome;
            this.surrender = surrender;
        }
    }

    /**
     * Filters; null fields do not filter.
     *
     * @param divisions divisions the caller sees; null for all
     * @param groups    groups of a group-limited caller; null when not limited
     * @param rounds    rounds of a group-limited caller (for self-surrenders, which have no group); null when not limited
     */
    public record Filter(Long termId, Long roundId, Long groupId, Long unitId, String category, Integer year,
                         Collection<String> divisions, Collection<Long> groups, Collection<Long> rounds) {
    }

    /** The figures of one group; {@code key} is null for leads with no category yet. */
    public record Row(String key, long problemsFound, long topLeaderProblems, long leadsTransferred, long topLeaderLeads,
                      long topLeaderInvestigated, long topLeaderPeopleHandled, long overdueLeads, long peopleHandled, long prosecuted,
                      long detained, long selfSurrendered, Map<OutcomeKind, Long> peopleByKind, Map<String, Long> peopleByGrade) {
    }

    private StatisticsQueries() {
    }

    /** The figures by {@code dimension}, rows in key order; for {@link Dimension#TOTAL} one row keyed {@code total}. */
    public static List<Row> compute(Connection c, Dimension dimension, Filter f, LocalDate today) throws SQLException {
        Map<String, Acc> rows = new HashMap<>();
        for (Query q : queries(dimension, f, today)) {
            try (PreparedStatement ps = q.where().prepare(c, q.sql()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object k = rs.getObject(1);
                    String key = k == null ? null : k instanceof Number n ? String.valueOf(n.longValue()) : k.toString();
                    q.reader().read(rows.computeIfAbsent(key, x -> new Acc()), rs);
                }
            }
        }
        if (dimension == Dimension.TOTAL) {
            rows.computeIfAbsent("total", k -> new Acc());
        }
        List<Row> result = new ArrayList<>();
        rows.entrySet().stream().sorted(Map.Entry.comparingByKey(KEY_ORDER)).forEach(e -> result.add(e.getValue().row(e.getKey())));
        return result;
    }

    /** Leads transferred by receiver kind, and by the disposal methods reported on them (a lead counts once per method). */
    public record LeadBreakdown(Map<String, Long> byReceiver, Map<String, Long> byDisposal) {
    }

    /** The breakdown of the leads {@code f} selects (transferred in {@code f.year()} if given), for the statistics page's charts. */
    public static LeadBreakdown leadBreakdown(Connection c, Filter f) throws SQLException {
        Where w = filters(Where.of().and("l.transferred_on is not null"), "l", "transferred_on", f);
        return new LeadBreakdown(counts(c, w, "select l.receiver_kind, count(*) from xc_lt_lead l" + w.sql() + " group by l.receiver_kind"),
                counts(c, w, "select x.method, count(distinct l.id) from xc_lt_lead l join xc_lt_disposal x on x.lead_id = l.id" + w.sql()
                        + " group by x.method"));
    }

    private static Map<String, Long> counts(Connection c, Where w, String sql) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (PreparedStatement ps = w.prepare(c, sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    /** Numeric keys in numeric order, others alphabetically, null last. */
    static final Comparator<String> KEY_ORDER = Comparator.nullsLast((a, b) -> {
        boolean na = a.matches("-?\\d+");
        boolean nb = b.matches("-?\\d+");
        if (na && nb) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return na != nb ? (na ? -1 : 1) : a.compareTo(b);
    });

    /** One of the queries: its SQL (first column the key), the filters it takes, and how a result row adds to its group. */
    record Query(String sql, Where where, RowReader reader) {
    }

    interface RowReader {
        void read(Acc acc, ResultSet rs) throws SQLException;
    }

    /** The queries that make the figures; the test prints their plans. */
    static List<Query> queries(Dimension d, Filter f, LocalDate today) {
        List<Query> list = new ArrayList<>();
        list.add(problems(d, f));
        list.add(leads(d, f, today));
        list.add(outcomes(d, f));
        if (f.groupId() == null && f.category() == null && (d == Dimension.TOTAL || d.surrender != null)) {
            list.add(surrenders(d, f));
        }
        return list;
    }

    private static Query problems(Dimension d, Filter f) {
        Where w = filters(Where.of().and("p.status = 'APPROVED'"), "p", "found_on", f);
        String key = key("p", d.problem);
        return new Query(select(key, "count(*), sum(case when p.top_leader = TRUE then 1 else 0 end)")
                + " from xc_lt_problem p" + w.sql() + groupBy(key), w, (a, rs) -> {
                    a.problemsFound += rs.getLong(2);
                    a.topLeaderProblems += rs.getLong(3);
                });
    }

    private static Query leads(Dimension d, Filter f, LocalDate today) {
        Where w = filters(Where.of().and("l.transferred_on is not null"), "l", "transferred_on", f).param("today", today);
        String key = key("l", d.lead);
        return new Query(select(key, "count(*), sum(case when l.top_leader = TRUE then 1 else 0 end),"
                + " sum(case when l.top_leader = TRUE and exists (select 1 from xc_lt_disposal x where x.lead_id = l.id"
                + " and x.method = 'CASE_INVESTIGATION') then 1 else 0 end),"
                + " sum(case when l.status in ('TRANSFERRED', 'ACKNOWLEDGED') and l.feedback_due < :today then 1 else 0 end)")
                + " from xc_lt_lead l" + w.sql() + groupBy(key), w, (a, rs) -> {
                    a.leadsTransferred += rs.getLong(2);
                    a.topLeaderLeads += rs.getLong(3);
                    a.topLeaderInvestigated += rs.getLong(4);
                    a.overdueLeads += rs.getLong(5);
                });
    }

    private static Query outcomes(Dimension d, Filter f) {
        Where w = year(filters(Where.of(), "l", null, f), "o.decided_on", f.year());
        String key = d.outcome != null && d.outcome.startsWith("#") ? key("o", d.outcome) : key("l", d.outcome);
        String groupBy = key == null ? " group by o.kind, o.grade" : " group by " + key + ", o.kind, o.grade";
        return new Query(select(key, "o.kind, o.grade, sum(o.people), sum(case when l.top_leader = TRUE then o.people else 0 end)")
                + " from xc_lt_outcome o join xc_lt_lead l on l.id = o.lead_id" + w.sql() + groupBy, w, (a, rs) -> {
                    OutcomeKind kind = OutcomeKind.valueOf(rs.getString(2));
                    String grade = rs.getString(3);
                    long people = rs.getLong(4);
                    a.peopleByKind.merge(kind, people, Long::sum);
                    if (grade != null) {
                        a.peopleByGrade.merge(grade, people, Long::sum);
                    }
                    if (kind.handling()) {
                        a.peopleHandled += people;
                        a.topLeaderPeopleHandled += rs.getLong(5);
                    }
                    if (kind == OutcomeKind.PROSECUTION) {
                        a.prosecuted += people;
                    } else if (kind == OutcomeKind.DETENTION) {
                        a.detained += people;
                    }
                });
    }

    private static Query surrenders(Dimension d, Filter f) {
        Where w = Where.of().eq("s.term_id", "term", f.termId()).eq("s.round_id", "round", f.roundId()).eq("s.unit_id", "unit", f.unitId())
                .in("s.division_code", "divisions", f.divisions()).in("s.round_id", "rounds", f.rounds());
        year(w, "s.surrendered_on", f.year());
        String key = key("s", d.surrender);
        return new Query(select(key, "count(*)") + " from xc_lt_surrender s" + w.sql() + groupBy(key), w,
                (a, rs) -> a.selfSurrendered += rs.getLong(2));
    }

    /** The common filters on a problem or lead alias, and the year on {@code dateColumn} if given. */
    private static Where filters(Where w, String alias, String dateColumn, Filter f) {
        w.eq(alias + ".term_id", "term", f.termId()).eq(alias + ".round_id", "round", f.roundId())
                .eq(alias + ".group_id", "group", f.groupId()).eq(alias + ".unit_id", "unit", f.unitId())
                .eq(alias + ".category", "category", f.category())
                .in(alias + ".division_code", "divisions", f.divisions()).in(alias + ".group_id", "groups", f.groups());
        return dateColumn == null ? w : year(w, alias + "." + dateColumn, f.year());
    }

    /** Dates of the year on {@code column}, if a year is given. */
    private static Where year(Where w, String column, Integer year) {
        return year == null ? w : w.atLeast(column, "yearFrom", LocalDate.of(year, 1, 1))
                .and(column + " < :yearTo", "yearTo", LocalDate.of(year + 1, 1, 1));
    }

    private static String key(String alias, String column) {
        if (column == null) {
            return null;
        }
        return column.startsWith("#") ? "extract(year from " + alias + "." + column.substring(1) + ")" : alias + "." + column;
    }

    private static String select(String key, String measures) {
        return "select " + (key == null ? "'total'" : key) + ", " + measures;
    }

    private static String groupBy(String key) {
        return key == null ? "" : " group by " + key;
    }

    /** Accumulates one group's figures from the four queries. */
    static final class Acc {
        long problemsFound;
        long topLeaderProblems;
        long leadsTransferred;
        long topLeaderLeads;
        long topLeaderInvestigated;
        long topLeaderPeopleHandled;
        long overdueLeads;
        long peopleHandled;
        long prosecuted;
        long detained;
        long selfSurrendered;
        final Map<OutcomeKind, Long> peopleByKind = new EnumMap<>(OutcomeKind.class);
        final Map<String, Long> peopleByGrade = new TreeMap<>();

        Row row(String key) {
            return new Row(key, problemsFound, topLeaderProblems, leadsTransferred, topLeaderLeads, topLeaderInvestigated,
                    topLeaderPeopleHandled, overdueLeads, peopleHandled, prosecuted, detained, selfSurrendered, Map.copyOf(peopleByKind),
                    Map.copyOf(peopleByGrade));
        }
    }
}
