import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The raw SQL baseline of (d): what GET /api/lead-transfer/leads/statistics answers a caller who sees DIVISIONS,
 * written by hand as plain JDBC on the same H2 database the running server uses (opened through
 * H2's AUTO_SERVER): the four totals (approved problems, transferred leads, people by outcome, self-
 * surrenders) and the two lead breakdowns, each limited to the caller's divisions. Prints the median
 * wall time in ms of RUNS after two warm-ups, and the problem count it saw. bench/run opens the
 * database with OPTIMIZE_REUSE_RESULTS=0, so neither side gets H2's copy of a previous result.
 *
 * java -cp h2.jar TermSql.java JDBC_URL USER PASSWORD RUNS DIVISIONS (comma-separated; "all" for no limit)
 */
public class TermSql {

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[3]);
        List<String> divisions = args[4].equals("all") ? null : List.of(args[4].split(","));
        String in = divisions == null ? "" : " and %s.division_code in (" + String.join(", ", Collections.nCopies(divisions.size(), "?")) + ")";
        String[] queries = {
            "select count(*), sum(case when p.top_leader = TRUE then 1 else 0 end) from xc_lt_problem p where p.status = 'APPROVED'"
                + in.formatted("p"),
            "select count(*), sum(case when l.top_leader = TRUE then 1 else 0 end),"
                + " sum(case when l.top_leader = TRUE and exists (select 1 from xc_lt_disposal x where x.lead_id = l.id"
                + " and x.method = 'CASE_INVESTIGATION') then 1 else 0 end),"
                + " sum(case when l.status in ('TRANSFERRED', 'ACKNOWLEDGED') and l.feedback_due < ? then 1 else 0 end)"
                + " from xc_lt_lead l where l.transferred_on is not null" + in.formatted("l"),
            "select o.kind, o.grade, sum(o.people), sum(case when l.top_leader = TRUE then o.people else 0 end)"
                + " from xc_lt_outcome o join xc_lt_lead l on l.id = o.lead_id where 1 = 1" + in.formatted("l") + " group by o.kind, o.grade",
            "select count(*) from xc_lt_surrender s where 1 = 1" + in.formatted("s"),
            "select l.receiver_kind, count(*) from xc_lt_lead l where l.transferred_on is not null" + in.formatted("l")
                + " group by l.receiver_kind",
            "select x.method, count(distinct l.id) from xc_lt_lead l join xc_lt_disposal x on x.lead_id = l.id"
                + " where l.transferred_on is not null" + in.formatted("l") + " group by x.method",
        };
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            long problems = 0;
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < runs + 2; i++) {
                long start = System.nanoTime();
                for (int q = 0; q < queries.length; q++) {
                    try (PreparedStatement ps = c.prepareStatement(queries[q])) {
                        int p = 1;
                        if (q == 1) {
                            ps.setDate(p++, Date.valueOf(LocalDate.now()));
                        }
                        for (String d : divisions == null ? List.<String>of() : divisions) {
                            ps.setString(p++, d);
                        }
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                if (q == 0) {
                                    problems = rs.getLong(1);
                                }
                            }
                        }
                    }
                }
                if (i >= 2) {
                    times.add((System.nanoTime() - start) / 1e6);
                }
            }
            Collections.sort(times);
            System.out.printf("%.1f %d%n", times.get(times.size() / 2), problems);
        }
    }
}
