package org.xuncha.leadtransfer.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.leadtransfer.internal.stats.StatisticsQueries.Dimension;
import org.xuncha.leadtransfer.internal.stats.StatisticsQueries.Filter;
import org.xuncha.testkit.TestDatabase;

/**
 * A million problems: generates them on H2 with set-based inserts, then prints how long each
 * breakdown takes and the plans H2 chooses. Timings are printed, not asserted (a shared build machine
 * says nothing reliable about speed); what is asserted is that the figures add up. It takes minutes
 * on a busy machine, so it runs on request only:
 * {@code mvn -B verify -pl bundles/lead-transfer/impl -am -Dtest=StatisticsAtScaleTest -Dxuncha.scale=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "xuncha.scale", matches = "true")
class StatisticsAtScaleTest {

    static final int PROBLEMS = 1_000_000;
    static final int LEADS = 200_000;

    @Test
    void aMillionProblems() throws Exception {
        try (TestDatabase db = TestDatabase.migrated(Store.CHANGELOG); Connection c = db.connection(); Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            // Loading a million rows goes faster without the indexes: drop them, load, build them again.
            List<String> indexes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("script nodata")) {
                while (rs.next()) {
                    String ddl = rs.getString(1);
                    if (ddl.startsWith("CREATE INDEX") && ddl.contains("\"IX_XC_LT_")) {
                        indexes.add(ddl);
                    }
                }
            }
            for (String ddl : indexes) {
                s.execute("drop index " + ddl.substring("CREATE INDEX ".length(), ddl.indexOf(" ON ")));
            }
            // 50 rounds (1-40 the city's, 41-50 a county's), 3 groups each, 2,000 units, 14 categories
            s.execute("insert into xc_lt_problem (id, division_code, term_id, round_id, group_id, unit_id, round_start, category, description,"
                    + " top_leader, leading_group, source, status, found_on, created_by, created_at, updated_at, version)"
                    + " select x, case when mod(x, 50) < 40 then '371500' else '371521' end, case when mod(x, 50) < 20 then 1 else 2 end,"
                    + " mod(x, 50) + 1, (mod(x, 50) + 1) * 10 + mod(x, 3), mod(x * 7, 2000) + 1, dateadd(day, mod(x, 50) * 20, date '2022-01-01'),"
                    + " 'C' || mod(x, 14), 'sm4gcm:k1:x', mod(x, 17) = 0, false, 'GROUP_WORK',"
                    + " case when mod(x, 10) < 8 then 'APPROVED' else 'DRAFT' end, dateadd(day, mod(x, 1096), date '2023-01-01'), 'gen',"
                    + " current_timestamp, current_timestamp, 1 from system_range(1, " + PROBLEMS + ")");
            s.execute("insert into xc_lt_lead (id, division_code, term_id, round_id, group_id, unit_id, person_name, category, top_leader,"
                    + " source, status, receiver_kind, transferred_on, feedback_due, created_by, created_at, updated_at, version)"
                    + " select 2000000 + x, case when mod(x, 50) < 40 then '371500' else '371521' end, case when mod(x, 50) < 20 then 1 else 2 end,"
                    + " mod(x, 50) + 1, (mod(x, 50) + 1) * 10 + mod(x, 3), mod(x * 7, 2000) + 1, 'sm4gcm:k1:x', 'C' || mod(x, 14), mod(x, 11) = 0,"
                    + " 'GROUP_WORK', case mod(x, 4) when 0 then 'TRANSFERRED' when 1 then 'DISPOSING' when 2 then 'CONCLUDED' else 'REGISTERED' end,"
                    + " case when mod(x, 4) = 3 then null else 'DISCIPLINE_COMMISSION' end,"
                    + " case when mod(x, 4) = 3 then null else dateadd(day, mod(x, 1000), date '2023-01-01') end,"
                    + " case when mod(x, 4) = 3 then null else dateadd(day, mod(x, 1000) + 90, date '2023-01-01') end,"
                    + " 'gen', current_timestamp, current_timestamp, 1 from system_range(1, " + LEADS + ")");
            s.execute("insert into xc_lt_disposal (id, lead_id, method, reported_on, reported_by, reported_at)"
                    + " select 3000000 + x, 2000000 + x, case when mod(x, 3) = 0 then 'CASE_INVESTIGATION' else 'TALK_INQUIRY' end,"
                    + " date '2025-01-01', 'gen', current_timestamp from system_range(1, " + LEADS + ") where mod(x, 4) in (1, 2)");
            s.execute("insert into xc_lt_outcome (id, lead_id, kind, grade, people, decided_on, reported_by, reported_at)"
                    + " select 4000000 + x, 2000000 + x, case when mod(x, 3) = 0 then 'PARTY_SANCTION' else 'ORGANISATIONAL_HANDLING' end,"
                    + " case when mod(x, 3) = 0 then 'WARNING' else null end, 1 + mod(x, 3), dateadd(day, mod(x, 1000), date '2023-06-01'),"
                    + " 'gen', current_timestamp from system_range(1, " + LEADS + ") where mod(x, 4) in (1, 2)");
            long loaded = System.nanoTime();
            for (String ddl : indexes) {
                s.execute(ddl);
            }
            System.out.printf("[scale] %d indexes built in %d ms%n", indexes.size(), (System.nanoTime() - loaded) / 1_000_000);
            s.execute("analyze");
            System.out.printf("[scale] generated %,d problems and %,d leads in %d ms%n", PROBLEMS, LEADS, (System.nanoTime() - t0) / 1_000_000);

            LocalDate today = LocalDate.of(2025, 6, 30);
            Filter city = new Filter(null, null, null, null, null, null, List.of("371500"), null, null);
            Filter oneRound = new Filter(null, 7L, null, null, null, null, List.of("371500"), null, null);
            Filter group = new Filter(null, null, null, null, null, null, List.of("371500", "371521"), List.of(70L, 71L), List.of(7L));
            for (Dimension d : Dimension.values()) {
                for (Filter f : List.of(city, oneRound, group)) {
                    long start = System.nanoTime();
                    List<StatisticsQueries.Row> rows = StatisticsQueries.compute(c, d, f, today);
                    System.out.printf("[scale] %-8s %-42s %4d rows %6d ms%n", d, describe(f), rows.size(), (System.nanoTime() - start) / 1_000_000);
                }
            }
            for (StatisticsQueries.Query q : StatisticsQueries.queries(Dimension.ROUND, oneRound, today)) {
                try (PreparedStatement ps = q.where().prepare(c, "explain " + q.sql()); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    System.out.println("[scale] plan: " + rs.getString(1).replaceAll("\\s+", " "));
                }
            }

            // the figures add up to what was generated
            StatisticsQueries.Row all = StatisticsQueries.compute(c, Dimension.TOTAL,
                    new Filter(null, null, null, null, null, null, null, null, null), today).get(0);
            assertThat(all.problemsFound()).isEqualTo(PROBLEMS * 8L / 10);
            assertThat(all.leadsTransferred()).isEqualTo(LEADS * 3L / 4);
            long byRound = StatisticsQueries.compute(c, Dimension.ROUND, city, today).stream().mapToLong(StatisticsQueries.Row::problemsFound).sum();
            assertThat(byRound).isEqualTo(PROBLEMS * 8L / 10 * 40 / 50);
        }
    }

    private static String describe(Filter f) {
        return (f.roundId() != null ? "round " + f.roundId() + " " : "") + "divisions " + f.divisions() + (f.groups() != null ? " groups " + f.groups() : "");
    }
}
