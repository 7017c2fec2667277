package org.xuncha.demo.internal.seed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.security.Roles;

/**
 * Checks a data set before anything is loaded: unique keys, references that resolve, known enum
 * values, well-formed booleans, numbers and dates, parents listed before their children, records of
 * a group that stay within the group's round and targets, and no member inspecting their own unit
 * (任职回避), a unit they worked in or one where a relative they declared works (the pools' profiles:
 * the demo's groups must pass the checks the pools module runs on them). Every problem is reported as {@code file line N: ...}.
 */
public final class SeedCheck {

    /** {file, column, referenced file, referenced column}; an empty cell refers to nothing. */
    private static final String[][] REFERENCES = {
        {"reference/divisions.csv", "parent_code", "reference/divisions.csv", "code"},
        {"reference/units.csv", "division_code", "reference/divisions.csv", "code"},
        {"reference/units.csv", "parent_code", "reference/units.csv", "code"},
        {"reference/persons.csv", "unit_code", "reference/units.csv", "code"},
        {"accounts.csv", "division_code", "reference/divisions.csv", "code"},
        {"accounts.csv", "person_key", "reference/persons.csv", "key"},
        {"example/notes.csv", "unit_code", "reference/units.csv", "code"},
        {"round-planning/terms.csv", "division_code", "reference/divisions.csv", "code"},
        {"round-planning/rounds.csv", "term_key", "round-planning/terms.csv", "key"},
        {"round-planning/groups.csv", "round_key", "round-planning/rounds.csv", "key"},
        {"round-planning/group-members.csv", "group_key", "round-planning/groups.csv", "key"},
        {"round-planning/group-members.csv", "person_key", "reference/persons.csv", "key"},
        {"round-planning/group-targets.csv", "group_key", "round-planning/groups.csv", "key"},
        {"round-planning/group-targets.csv", "unit_code", "reference/units.csv", "code"},
        {"round-planning/quality-scores.csv", "group_key", "round-planning/groups.csv", "key"},
        {"personnel-pools/staff-pools.csv", "person_key", "reference/persons.csv", "key"},
        {"personnel-pools/employment.csv", "person_key", "personnel-pools/staff-pools.csv", "person_key"},
        {"personnel-pools/employment.csv", "unit_code", "reference/units.csv", "code"},
        {"personnel-pools/relatives.csv", "person_key", "personnel-pools/staff-pools.csv", "person_key"},
        {"personnel-pools/relatives.csv", "unit_code", "reference/units.csv", "code"},
        {"personnel-pools/relatives.csv", "relative_key", "reference/persons.csv", "key"},
        {"lead-transfer/problems.csv", "group_key", "round-planning/groups.csv", "key"},
        {"lead-transfer/leads.csv", "group_key", "round-planning/groups.csv", "key"},
        {"lead-transfer/leads.csv", "person_key", "reference/persons.csv", "key"},
        {"lead-transfer/dispositions.csv", "lead_key", "lead-transfer/leads.csv", "key"},
        {"lead-transfer/case-events.csv", "lead_key", "lead-transfer/leads.csv", "key"},
        {"interview-records/interviews.csv", "group_key", "round-planning/groups.csv", "key"},
        {"interview-records/interviews.csv", "interviewee_key", "reference/persons.csv", "key"},
        {"interview-records/dossiers.csv", "group_key", "round-planning/groups.csv", "key"},
        {"interview-records/dossiers.csv", "top_leader_key", "reference/persons.csv", "key"},
        {"rectification/assessments.csv", "round_key", "round-planning/rounds.csv", "key"},
        {"rectification/assessments.csv", "unit_code", "reference/units.csv", "code"},
        {"rectification/handovers.csv", "round_key", "round-planning/rounds.csv", "key"},
        {"rectification/handovers.csv", "unit_code", "reference/units.csv", "code"},
        {"rectification/handovers.csv", "to_person_key", "reference/persons.csv", "key"},
        {"rectification/thematic-reports.csv", "round_key", "round-planning/rounds.csv", "key"},
    };

    /** Files whose rows a group produced: their round and unit must be the group's. */
    private static final List<String> GROUP_RECORDS = List.of("lead-transfer/problems.csv", "lead-transfer/leads.csv",
            "interview-records/interviews.csv", "interview-records/dossiers.csv");

    private static final Set<String> KEYED = Set.of("key", "code", "username");

    private static final Map<String, Set<String>> ENUMS = Map.ofEntries(
            Map.entry("reference/divisions.csv|level", Set.of("CITY", "COUNTY")),
            Map.entry("reference/persons.csv|leadership", Arrays.stream(Person.Leadership.values()).map(Enum::name).collect(Collectors.toSet())),
            Map.entry("round-planning/rounds.csv|type", Set.of("REGULAR", "SPECIAL", "MOBILE", "ESCALATED", "CROSS", "FOLLOW_UP", "JOINT")),
            Map.entry("round-planning/rounds.csv|stage", Set.of("PREPARATION", "ENTRY", "FIELDWORK", "REPORT", "FEEDBACK", "TRANSFER",
                    "RECTIFICATION", "ASSESSMENT", "ARCHIVE")),
            Map.entry("round-planning/group-members.csv|role", Set.of("LEADER", "DEPUTY", "LIAISON", "MEMBER", "NONRESIDENT_DEPUTY")),
            Map.entry("personnel-pools/staff-pools.csv|pool", Set.of("LEADER", "DEPUTY", "LIAISON", "MEMBER", "NONRESIDENT_DEPUTY", "TRAINER")),
            Map.entry("lead-transfer/problems.csv|category", Set.of("DECISIONS", "STRICT_GOVERNANCE", "ORGANISATION_LINE", "RECTIFICATION")),
            Map.entry("lead-transfer/problems.csv|source", Set.of("GROUP_WORK", "INTERVIEW", "LETTER", "AUDIT", "DISCIPLINE")),
            Map.entry("lead-transfer/leads.csv|source", Set.of("GROUP_WORK", "INTERVIEW", "LETTER", "AUDIT", "DISCIPLINE")),
            Map.entry("lead-transfer/leads.csv|receiver", Set.of("DISCIPLINE_COMMISSION", "ORGANISATION_DEPT")),
            Map.entry("lead-transfer/case-events.csv|type", Set.of("CASE_FILED", "DETENTION", "SELF_SURRENDER")),
            Map.entry("rectification/assessments.csv|grade", Set.of("好", "较好", "一般", "差")));

    private static final Set<String> BOOLEANS = Set.of("yellow_river", "inspection_target", "synthetic", "top_leader", "leading_group",
            "judicial_transfer", "leading_group_topic", "circulated_typical_case");
    private static final Set<String> NUMBERS = Set.of("figures.csv|value", "round-planning/rounds.csv|number",
            "round-planning/quality-scores.csv|score", "round-planning/quality-scores.csv|rank", "rectification/assessments.csv|score",
            "lead-transfer/joint-operations.csv|year", "lead-transfer/joint-operations.csv|problems", "lead-transfer/joint-operations.csv|leads",
            "personnel-pools/employment.csv|from_year", "personnel-pools/employment.csv|to_year");
    private static final Set<String> DATES = Set.of("start_date", "end_date", "field_start", "field_end", "feedback_date", "since",
            "transferred_on", "decided_on", "occurred_on", "held_on", "handed_over_on", "assigned_on", "started_on", "given_on");
    /** Columns that may be empty although their kind would say otherwise. */
    private static final Set<String> OPTIONAL = Set.of("figures.csv|value", "round-planning/rounds.csv|feedback_date",
            "personnel-pools/employment.csv|to_year");

    private final Seeds seeds;
    private final List<String> errors = new ArrayList<>();

    private SeedCheck(Seeds seeds) {
        this.seeds = seeds;
    }

    /** Everything wrong with the data set; empty when it can be loaded. */
    public static List<String> check(Seeds seeds) {
        SeedCheck c = new SeedCheck(seeds);
        c.keysAndValues();
        c.references();
        c.parentsFirst("reference/divisions.csv", "code", "parent_code");
        c.parentsFirst("reference/units.csv", "code", "parent_code");
        c.roles();
        c.groupRecords();
        c.noSelfInspection();
        c.noInspectionOfProfileUnits();
        return List.copyOf(c.errors);
    }

    private void error(Table t, int index, String message) {
        errors.add(t.file() + " line " + Table.line(index) + ": " + message);
    }

    private void keysAndValues() {
        for (Table t : seeds.tables().values()) {
            String keyColumn = t.header().stream().filter(KEYED::contains).findFirst().orElse(null);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < t.size(); i++) {
                Map<String, String> row = t.rows().get(i);
                if (keyColumn != null && (row.get(keyColumn).isEmpty() || !seen.add(row.get(keyColumn)))) {
                    error(t, i, "key " + keyColumn + " '" + row.get(keyColumn) + "' is empty or repeated");
                }
                for (Map.Entry<String, String> cell : row.entrySet()) {
                    value(t, i, cell.getKey(), cell.getValue());
                }
            }
        }
    }

    private void value(Table t, int index, String column, String v) {
        boolean number = NUMBERS.contains(t.file() + "|" + column);
        if (v.isEmpty() && (OPTIONAL.contains(t.file() + "|" + column) || !(BOOLEANS.contains(column) || number || DATES.contains(column)))) {
            return;
        }
        Set<String> allowed = ENUMS.get(t.file() + "|" + column);
        if (allowed != null && !allowed.contains(v)) {
            error(t, index, column + " '" + v + "' is not one of " + allowed);
        } else if (BOOLEANS.contains(column) && !v.equals("true") && !v.equals("false")) {
            error(t, index, column + " '" + v + "' is not true or false");
        } else if (number && !v.matches("-?\\d+")) {
            error(t, index, column + " '" + v + "' is not a whole number");
        } else if (DATES.contains(column)) {
            try {
                LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                error(t, index, column + " '" + v + "' is not a date (yyyy-mm-dd)");
            }
        }
    }

    private void references() {
        for (String[] ref : REFERENCES) {
            Table t = seeds.table(ref[0]);
            Set<String> targets = seeds.rows(ref[2]).stream().map(r -> r.get(ref[3])).collect(Collectors.toSet());
            for (int i = 0; i < t.size(); i++) {
                String v = t.rows().get(i).get(ref[1]);
                if (!v.isEmpty() && !targets.contains(v)) {
                    error(t, i, ref[1] + " '" + v + "' is not a " + ref[3] + " of " + ref[2]);
                }
            }
        }
        // round keys of group records are checked against the groups in groupRecords()
        for (String file : Stream.concat(GROUP_RECORDS.stream(), Stream.of("rectification/assessments.csv")).toList()) {
            Table t = seeds.table(file);
            Set<String> units = seeds.index("reference/units.csv", "code").keySet();
            for (int i = 0; i < t.size(); i++) {
                if (!units.contains(t.rows().get(i).get("unit_code"))) {
                    error(t, i, "unit_code '" + t.rows().get(i).get("unit_code") + "' is not a code of reference/units.csv");
                }
            }
        }
    }

    /** The loader creates rows in file order, so a parent must come before its children. */
    private void parentsFirst(String file, String keyColumn, String parentColumn) {
        Table t = seeds.table(file);
        Set<String> before = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            Map<String, String> row = t.rows().get(i);
            String parent = row.get(parentColumn);
            if (!parent.isEmpty() && !before.contains(parent)) {
                error(t, i, parentColumn + " '" + parent + "' must be listed before this row");
            }
            before.add(row.get(keyColumn));
        }
    }

    private void roles() {
        Set<String> known = Roles.BUILT_IN.stream().map(Roles.RoleDefinition::id).collect(Collectors.toSet());
        Table t = seeds.table("accounts.csv");
        for (int i = 0; i < t.size(); i++) {
            for (String role : t.rows().get(i).get("roles").split(";")) {
                if (!known.contains(role.trim())) {
                    error(t, i, "role '" + role + "' is not a built-in role");
                }
            }
        }
    }

    private void groupRecords() {
        Map<String, Map<String, String>> groups = seeds.index("round-planning/groups.csv", "key");
        Map<String, Set<String>> targets = targets();
        for (String file : GROUP_RECORDS) {
            Table t = seeds.table(file);
            for (int i = 0; i < t.size(); i++) {
                Map<String, String> row = t.rows().get(i);
                Map<String, String> group = groups.get(row.get("group_key"));
                if (group == null) {
                    continue;
                }
                if (!group.get("round_key").equals(row.get("round_key"))) {
                    error(t, i, "round_key '" + row.get("round_key") + "' is not the round of group " + row.get("group_key"));
                }
                if (!targets.getOrDefault(row.get("group_key"), Set.of()).contains(row.get("unit_code"))) {
                    error(t, i, "unit " + row.get("unit_code") + " is not a target of group " + row.get("group_key"));
                }
            }
        }
    }

    private Map<String, Set<String>> targets() {
        Map<String, Set<String>> targets = new HashMap<>();
        for (Map<String, String> t : seeds.rows("round-planning/group-targets.csv")) {
            targets.computeIfAbsent(t.get("group_key"), k -> new HashSet<>()).add(t.get("unit_code"));
        }
        return targets;
    }

    /** 任职回避: nobody inspects the unit they work in. */
    private void noSelfInspection() {
        Map<String, Map<String, String>> persons = seeds.index("reference/persons.csv", "key");
        Map<String, Set<String>> targets = targets();
        Table t = seeds.table("round-planning/group-members.csv");
        for (int i = 0; i < t.size(); i++) {
            Map<String, String> m = t.rows().get(i);
            Map<String, String> p = persons.get(m.get("person_key"));
            if (p != null && targets.getOrDefault(m.get("group_key"), Set.of()).contains(p.get("unit_code"))) {
                error(t, i, "person " + m.get("person_key") + " would inspect their own unit " + p.get("unit_code") + " (任职回避)");
            }
        }
    }

    /**
     * The pools' profiles against the groups: nobody inspects a unit they worked in before or where a
     * declared relative works (the pools module would refuse such a group change), and a relative named
     * in reference data works in the unit declared for them.
     */
    private void noInspectionOfProfileUnits() {
        Map<String, Map<String, String>> persons = seeds.index("reference/persons.csv", "key");
        Map<String, Set<String>> targets = targets();
        Map<String, Set<String>> inspects = new HashMap<>();
        for (Map<String, String> m : seeds.rows("round-planning/group-members.csv")) {
            inspects.computeIfAbsent(m.get("person_key"), k -> new HashSet<>()).addAll(targets.getOrDefault(m.get("group_key"), Set.of()));
        }
        for (String file : List.of("personnel-pools/employment.csv", "personnel-pools/relatives.csv")) {
            Table t = seeds.table(file);
            for (int i = 0; i < t.size(); i++) {
                Map<String, String> row = t.rows().get(i);
                Map<String, String> p = persons.get(row.get("person_key"));
                String unit = row.get("unit_code");
                boolean own = p != null && unit.equals(p.get("unit_code")) && file.endsWith("employment.csv");
                if (!own && inspects.getOrDefault(row.get("person_key"), Set.of()).contains(unit)) {
                    error(t, i, "person " + row.get("person_key") + " is in a group that inspects " + unit + " (回避)");
                }
                Map<String, String> relative = persons.get(row.getOrDefault("relative_key", ""));
                if (relative != null && !unit.equals(relative.get("unit_code"))) {
                    error(t, i, "unit_code '" + unit + "' is not the unit of " + row.get("relative_key") + " (" + relative.get("unit_code") + ")");
                }
            }
        }
    }
}
