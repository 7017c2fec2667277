import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The raw SQL baseline of (d): the four aggregates the lead-transfer module's statistics run for the
 * whole database (StatisticsQueries, dimension TOTAL, no filter), on the same H2 database the running
 * server uses (opened through H2's AUTO_SERVER). Prints the median wall time in ms of RUNS after two
 * warm-ups, and the problem count it saw.
 *
 * java -cp h2.jar TermSql.java JDBC_URL USER PASSWORD RUNS
 */
public class TermSql {

    static final String[] QUERIES = {
        "select count(*), sum(case when p.top_leader = TRUE then 1 else 0 end) from xc_lt_problem p where p.status = 'APPROVED'",
        "select count(*), sum(case when l.top_leader = TRUE then 1 else 0 end),"
            + " sum(case when l.top_leader = TRUE and exists (select 1 from xc_lt_disposal x where x.lead_id = l.id"
            + " and x.method = 'CASE_INVESTIGATION') then 1 else 0 end),"
            + " sum(case when l.status in ('TRANSFERRED', 'ACKNOWLEDGED') and l.feedback_due < current_date then 1 else 0 end)"
            + " from xc_lt_lead l where l.transferred_on is not null",
        "select o.kind, o.grade, sum(o.people), sum(case when l.top_leader = TRUE then o.people else 0 end)"
            + " from xc_lt_outcome o join xc_lt_lead l on l.id = o.lead_id group by o.kind, o.grade",
        "select count(*) from xc_lt_surrender s"
    };

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[3]);
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            long problems = 0;
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < runs + 2; i++) {
                long start = System.nanoTime();
                for (String q : QUERIES) {
                    try (PreparedStatement ps = c.prepareStatement(q); ResultSet rs = ps.executeQuery()) {
                        boolean first = true;
                        while (rs.next()) {
                            if (first && q == QUERIES[0]) {
                                problems = rs.getLong(1);
                            }
                            first = false;
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
