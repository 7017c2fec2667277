package org.xuncha.rectification.internal.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.Breakdown;
import org.xuncha.rectification.api.LedgerSummary;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.api.RectificationStatistics;
import org.xuncha.rectification.api.TaskStatus;
import org.xuncha.rectification.internal.Access;
import org.xuncha.rectification.internal.Settings;
import org.xuncha.rectification.internal.Store;
import org.xuncha.rectification.internal.ledger.ReportClock;

/**
 * Set-based figures over ledgers and tasks: one grouped SQL query each, filtered by the caller's
 * scope with the same limits as every list of the module (divisions, groups, a unit's own ledger).
 */
@Component(service = RectificationStatistics.class)
public class StatisticsServiceImpl implements RectificationStatistics {

    private final ModuleStore store;
    private final Access access;
    private final Settings settings;

    @Activate
    public StatisticsServiceImpl(@Reference Store store, @Reference Access access, @Reference Settings settings) {
        this.store = store.db();
        this.access = access;
        this.settings = settings;
    }

    @Override
    public List<LedgerSummary> summaries(Caller caller, Long roundId, Long unitId) {
        caller.require(RectificationPermissions.READ);
        LocalDate today = store.today();
        int months = settings.reportMonths();
        Where w = scoped(caller).eq("l.round_id", "roundId", roundId).eq("l.unit_id", "unitId", unitId)
                .param("closed", TaskStatus.CLOSED.name()).param("today", today);
        String sql = "select l.id, l.round_id, l.round_name, l.unit_id, l.unit_name, l.division_code, l.feedback_date, l.unit_report_on, "
                + "l.leader_report_on, count(t.id), sum(case when t.status = :closed then 1 else 0 end), "
                + "sum(case when t.status <> :closed and t.deadline < :today then 1 else 0 end) "
                + "from xc_rectification_ledger l left join xc_rectification_task t on t.ledger_id = l.id" + w.sql()
                + " group by l.id, l.round_id, l.round_name, l.unit_id, l.unit_name, l.division_code, l.feedback_date, l.unit_report_on, "
                + "l.leader_report_on order by l.round_id, l.unit_id";
        return store.sql(c -> {
            List<LedgerSummary> rows = new ArrayList<>();
            try (PreparedStatement ps = w.prepare(c, sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate feedback = rs.getDate(7).toLocalDate();
                    LocalDate due = ReportClock.due(feedback, months);
                    LocalDate unitReport = day(rs, 8);
                    LocalDate leaderReport = day(rs, 9);
                    rows.add(new LedgerSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                            feedback, due, ReportClock.status(unitReport, due, today), ReportClock.status(leaderReport, due, today),
                            rs.getLong(10), rs.getLong(11), rs.getLong(12), Breakdown.rate(rs.getLong(11), rs.getLong(10))));
                }
            }
            return rows;
        });
    }

    @Override
    public List<Breakdown> breakdown(Caller caller, Breakdown.By by, Long roundId) {
        caller.require(RectificationPermissions.READ);
        Breakdown.By dimension = by == null ? Breakdown.By.ROUND : by;
        String key = switch (dimension) {
            case ROUND -> "l.round_id";
            case UNIT -> "l.unit_id";
            case DIVISION -> "l.division_code";
        };
        String name = switch (dimension) {
            case ROUND -> "max(l.round_name)";
            case UNIT -> "max(l.unit_name)";
            case DIVISION -> "l.division_code";
        };
        Where w = scoped(caller).eq("l.round_id", "roundId", roundId).param("closed", TaskStatus.CLOSED.name()).param("today", store.today());
        String sql = "select " + key + ", " + name + ", count(t.id), sum(case when t.status = :closed then 1 else 0 end), "
                + "sum(case when t.status <> :closed and t.deadline < :today then 1 else 0 end) "
                + "from xc_rectification_ledger l left join xc_rectification_task t on t.ledger_id = l.id" + w.sql()
                + " group by " + key + " order by " + key;
        return store.sql(c -> rows(c, w, sql, dimension));
    }

    private static List<Breakdown> rows(Connection c, Where w, String sql, Breakdown.By by) throws SQLException {
        List<Breakdown> rows = new ArrayList<>();
        try (PreparedStatement ps = w.prepare(c, sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object k = rs.getObject(1);
                String key = k instanceof Number n ? String.valueOf(n.longValue()) : String.valueOf(k);
                rows.add(Breakdown.of(by, key, rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
            }
        }
        return rows;
    }

    /** The module's scope over ledgers, in SQL columns. */
    private Where scoped(Caller caller) {
        Where w = Where.scoped(caller, "l.division_code", "l.group_id");
        return Access.unitLimited(caller) ? w.eq("l.unit_id", "ownUnit", access.ownUnit(caller)) : w;
    }

    private static LocalDate day(ResultSet rs, int column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
