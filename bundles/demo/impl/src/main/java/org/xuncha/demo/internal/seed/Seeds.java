package org.xuncha.demo.internal.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.xuncha.platform.api.spreadsheet.Csv;

/**
 * The demo data set: every file of {@code seeds/} with the columns it must have (the schema the
 * README describes). Which module each file is for is the first part of its path.
 */
public final class Seeds {

    /** File → required columns, in load order. */
    public static final Map<String, List<String>> FILES = files();

    private static Map<String, List<String>> files() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("figures.csv", List.of("key", "value", "check", "quote"));
        f.put("reference/divisions.csv", List.of("code", "name_zh", "name_en", "level", "parent_code", "code_source"));
        f.put("reference/units.csv", List.of("code", "name", "division_code", "parent_code", "field", "sector", "system",
                "yellow_river", "inspection_target", "synthetic"));
        f.put("reference/persons.csv", List.of("key", "name", "unit_code", "post", "rank", "leadership"));
        f.put("accounts.csv", List.of("username", "display_name", "division_code", "person_key", "roles", "initial_password"));
        f.put("example/notes.csv", List.of("unit_code", "text"));
        f.put("round-planning/terms.csv", List.of("key", "name", "division_code", "start_date", "end_date"));
        f.put("round-planning/rounds.csv", List.of("key", "term_key", "number", "name", "type", "stage", "field_start", "field_end",
                "feedback_date", "special_topics", "focus"));
        f.put("round-planning/groups.csv", List.of("key", "round_key", "name"));
        f.put("round-planning/group-members.csv", List.of("group_key", "person_key", "role"));
        f.put("round-planning/group-targets.csv", List.of("group_key", "unit_code"));
        f.put("round-planning/quality-scores.csv", List.of("group_key", "score", "rank"));
        f.put("personnel-pools/staff-pools.csv", List.of("person_key", "pool", "source", "since"));
        f.put("personnel-pools/employment.csv", List.of("person_key", "unit_code", "from_year", "to_year"));
        f.put("personnel-pools/relatives.csv", List.of("person_key", "relation", "unit_code", "relative_key", "note"));
        f.put("personnel-pools/trainings.csv", List.of("key", "kind", "title", "round_key", "trainer_key", "date", "hours", "location",
                "invitees", "attended"));
        f.put("personnel-pools/exceptions.csv", List.of("person_key", "round_key", "group_key", "role", "rule", "justification"));
        f.put("lead-transfer/problems.csv", List.of("key", "round_key", "group_key", "unit_code", "category", "description",
                "top_leader", "leading_group", "source"));
        f.put("lead-transfer/leads.csv", List.of("key", "round_key", "group_key", "unit_code", "person_key", "person_name",
                "person_post", "person_rank", "category", "summary", "top_leader", "source", "receiver", "transferred_on"));
        f.put("lead-transfer/dispositions.csv", List.of("key", "lead_key", "person_name", "person_post", "measure", "detail",
                "judicial_transfer", "decided_on"));
        f.put("lead-transfer/case-events.csv", List.of("key", "lead_key", "type", "occurred_on", "note"));
        f.put("lead-transfer/joint-operations.csv", List.of("key", "year", "field", "problems", "leads"));
        f.put("interview-records/interviews.csv", List.of("key", "round_key", "group_key", "unit_code", "interviewee_key",
                "interviewee_name", "interviewee_post", "held_on", "leading_group_topic", "topics"));
        f.put("interview-records/dossiers.csv", List.of("key", "round_key", "group_key", "unit_code", "top_leader_key", "title"));
        f.put("rectification/assessments.csv", List.of("key", "round_key", "unit_code", "score", "grade", "circulated_typical_case"));
        f.put("rectification/handovers.csv", List.of("key", "round_key", "unit_code", "from_name", "to_person_key", "handed_over_on"));
        f.put("rectification/common-problems.csv", List.of("key", "title", "assigned_by", "assigned_on"));
        f.put("rectification/thematic-reports.csv", List.of("key", "round_key", "title", "sent_to"));
        f.put("rectification/campaigns.csv", List.of("key", "name", "started_on"));
        f.put("rectification/instructions.csv", List.of("key", "given_on", "gist"));
        return Collections.unmodifiableMap(f);
    }

    private final Map<String, Table> tables;

    private Seeds(Map<String, Table> tables) {
        this.tables = tables;
    }

    /** Reads the files named in {@link #FILES} through {@code open} (relative paths such as {@code reference/units.csv}). */
    public static Seeds load(Function<String, InputStream> open) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : FILES.entrySet()) {
            try (InputStream in = open.apply(e.getKey())) {
                if (in == null) {
                    throw new IllegalArgumentException("seed file missing: " + e.getKey());
                }
                tables.put(e.getKey(), table(e.getKey(), e.getValue(), Csv.read(in)));
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot read seed file " + e.getKey(), ex);
            }
        }
        return new Seeds(tables);
    }

    /** The data set the bundle carries under {@code seeds/}. */
    public static Seeds fromClassLoader(ClassLoader loader) {
        return load(name -> loader.getResourceAsStream("seeds/" + name));
    }

    static Table table(String file, List<String> required, List<List<String>> raw) {
        if (raw.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty, the header row is missing");
        }
        List<String> header = raw.get(0).stream().map(String::trim).toList();
        List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(file + ": missing columns " + missing);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < raw.size(); i++) {
            List<String> cells = raw.get(i);
            if (cells.size() != header.size()) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + cells.size() + " cells, the header has " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), cells.get(c).trim());
            }
            rows.add(Collections.unmodifiableMap(row));
        }
        return new Table(file, header, Collections.unmodifiableList(rows));
    }

    public Table table(String file) {
        Table t = tables.get(file);
        if (t == null) {
            throw new IllegalArgumentException("no seed file " + file);
        }
        return t;
    }

    public List<Map<String, String>> rows(String file) {
        return table(file).rows();
    }

    public Map<String, Table> tables() {
        return Collections.unmodifiableMap(tables);
    }

    /** Rows of a file by the value of their key column. */
    public Map<String, Map<String, String>> index(String file, String keyColumn) {
        Map<String, Map<String, String>> index = new LinkedHashMap<>();
        for (Map<String, String> row : rows(file)) {
            index.put(row.get(keyColumn), row);
        }
        return index;
    }
}
