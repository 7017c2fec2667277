package org.xuncha.demo.internal.seed;

import static org.xuncha.demo.internal.seed.Table.bool;
import static org.xuncha.demo.internal.seed.Table.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The report's figures computed from the records of the data set, the way a dashboard computes
 * them, to compare with {@code figures.csv} (which quotes the report). A figure the records cannot
 * give (an empty {@code check} column, e.g. staffing of the linkage centres) is not computed.
 */
public final class SeedFigures {

    private SeedFigures() {
    }

    public static Map<String, Long> compute(Seeds s) {
        Map<String, Map<String, String>> rounds = s.index("round-planning/rounds.csv", "key");
        Map<String, Map<String, String>> leads = s.index("lead-transfer/leads.csv", "key");
        Map<String, Map<String, String>> units = s.index("reference/units.csv", "code");
        Map<String, Map<String, String>> groups = s.index("round-planning/groups.csv", "key");
        Set<String> cities = s.rows("reference/divisions.csv").stream().filter(d -> d.get("level").equals("CITY"))
                .map(d -> d.get("code")).collect(Collectors.toSet());
        Predicate<Map<String, String>> topLeaderLead = d -> bool(leads.get(d.get("lead_key")), "top_leader");
        Map<String, Long> f = new LinkedHashMap<>();
        f.put("rounds_completed", count(s, "round-planning/rounds.csv", r -> r.get("term_key").equals("T14")));
        f.put("problems_found", (long) s.table("lead-transfer/problems.csv").size());
        f.put("leads_transferred", (long) s.table("lead-transfer/leads.csv").size());
        f.put("people_handled", (long) s.table("lead-transfer/dispositions.csv").size());
        f.put("judicial_transfers", count(s, "lead-transfer/dispositions.csv", d -> bool(d, "judicial_transfer")));
        f.put("top_leader_leads", count(s, "lead-transfer/leads.csv", l -> bool(l, "top_leader")));
        f.put("top_leader_person_times_handled", count(s, "lead-transfer/dispositions.csv", topLeaderLead));
        f.put("top_leaders_case_filed_round2", count(s, "lead-transfer/case-events.csv", e -> {
            Map<String, String> lead = leads.get(e.get("lead_key"));
            return e.get("type").equals("CASE_FILED") && bool(lead, "top_leader") && roundNumber(rounds, lead) == 2
                    && cities.contains(units.get(lead.get("unit_code")).get("division_code"));
        }));
        f.put("detentions_after_round1", count(s, "lead-transfer/case-events.csv",
                e -> e.get("type").equals("DETENTION") && roundNumber(rounds, leads.get(e.get("lead_key"))) == 1));
        f.put("self_surrenders_round2", count(s, "lead-transfer/case-events.csv",
                e -> e.get("type").equals("SELF_SURRENDER") && roundNumber(rounds, leads.get(e.get("lead_key"))) == 2));
        f.put("nonresident_deputies_since_2023", s.rows("round-planning/group-members.csv").stream()
                .filter(m -> m.get("role").equals("NONRESIDENT_DEPUTY"))
                .filter(m -> Table.date(rounds.get(groups.get(m.get("group_key")).get("round_key")), "field_start").getYear() >= 2023)
                .map(m -> m.get("person_key")).distinct().count());
        f.put("joint_operations", (long) s.table("lead-transfer/joint-operations.csv").size());
        f.put("joint_operation_problems", sum(s, "lead-transfer/joint-operations.csv", "problems"));
        f.put("joint_operation_leads", sum(s, "lead-transfer/joint-operations.csv", "leads"));
        f.put("rectification_rounds_assessed", s.rows("rectification/assessments.csv").stream().map(a -> a.get("round_key")).distinct().count());
        f.put("poor_rectification_cases_named", count(s, "rectification/assessments.csv", a -> bool(a, "circulated_typical_case")));
        f.put("rectification_handovers", (long) s.table("rectification/handovers.csv").size());
        f.put("common_problems", (long) s.table("rectification/common-problems.csv").size());
        f.put("thematic_reports", (long) s.table("rectification/thematic-reports.csv").size());
        f.put("special_campaigns", (long) s.table("rectification/campaigns.csv").size());
        f.put("secretary_instructions", (long) s.table("rectification/instructions.csv").size());
        return f;
    }

    /**
     * Figures of {@code figures.csv} with a check whose value the records do not give, and checked
     * figures that are not computed at all; empty when the data set matches the report.
     */
    public static List<String> mismatches(Seeds s) {
        Map<String, Long> computed = compute(s);
        List<String> problems = new ArrayList<>();
        for (Map<String, String> row : s.rows("figures.csv")) {
            if (row.get("check").isEmpty()) {
                continue;
            }
            Long value = computed.get(row.get("key"));
            if (value == null) {
                problems.add("figure " + row.get("key") + " has a check but no computation");
            } else if (value != number(row, "value")) {
                problems.add("figure " + row.get("key") + ": the report says " + row.get("value") + ", the records give " + value);
            }
        }
        return problems;
    }

    private static long count(Seeds s, String file, Predicate<Map<String, String>> filter) {
        return s.rows(file).stream().filter(filter).count();
    }

    private static long sum(Seeds s, String file, String column) {
        return s.rows(file).stream().mapToLong(r -> number(r, column)).sum();
    }

    private static long roundNumber(Map<String, Map<String, String>> rounds, Map<String, String> record) {
        return number(rounds.get(record.get("round_key")), "number");
    }
}
