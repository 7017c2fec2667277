package org.xuncha.itests.roundplanning;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.Wait;
import org.xuncha.platform.api.spreadsheet.Csv;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The proof of the history import (issue 22): the demo's term — its units, five rounds, groups and
 * targets, 1,573 problems, 355 leads and what came of them — built from the seed files as an office
 * would fill the templates, imported into an office of its own (the seed's divisions renumbered
 * 3799xx, so that nothing meets the suite's own 371500 data) through the platform's and the modules'
 * history imports, and the module's statistics of that term compared with the report's figures
 * (seeds/figures.csv), which DemoDataIT checks on the demo loaded through the services.
 */
final class SeededTermImport {

    static final String CITY = "379900";
    private static final Duration WAIT = Duration.ofSeconds(180);

    /** The seed's problem categories (the “four implementations”) → the module's taxonomy, as the demo maps them. */
    private static final Map<String, String> PROBLEM_CATEGORY = Map.of("DECISIONS", "POLITICAL", "STRICT_GOVERNANCE", "RESPONSIBILITY",
            "ORGANISATION_LINE", "ORGANISATIONAL", "RECTIFICATION", "RECTIFICATION");
    private static final Map<String, String> LEAD_CATEGORY = Map.of("政治纪律", "DISC_POLITICAL", "组织纪律", "DISC_ORGANISATIONAL",
            "廉洁纪律", "DISC_INTEGRITY", "群众纪律", "DISC_MASSES", "工作纪律", "DISC_WORK", "生活纪律", "DISC_LIFE", "涉嫌职务违法犯罪", "CORRUPTION");
    private static final Map<String, String> GRADE = Map.ofEntries(Map.entry("党内警告", "WARNING"), Map.entry("党内严重警告", "SERIOUS_WARNING"),
            Map.entry("撤销党内职务", "REMOVAL_FROM_PARTY_POST"), Map.entry("留党察看", "PROBATION"), Map.entry("开除党籍", "EXPULSION"),
            Map.entry("警告", "GOV_WARNING"), Map.entry("记过", "DEMERIT"), Map.entry("记大过", "MAJOR_DEMERIT"), Map.entry("降级", "DEMOTION"),
            Map.entry("撤职", "DISMISSAL"), Map.entry("开除公职", "EXPULSION_FROM_OFFICE"));

    private final Bundle seeds;
    private final SpreadsheetService sheets;

    SeededTermImport(Bundle seeds, SpreadsheetService sheets) {
        this.seeds = seeds;
        this.sheets = sheets;
    }

    /** The seed's divisions, renumbered (parents first), for the suite to create: code, name, parent. */
    List<String[]> divisions() throws IOException {
        return rows("reference/divisions.csv").stream().map(d -> new String[] {renumber(d.get("code")), d.get("name_zh"),
            d.get("parent_code").isEmpty() ? null : renumber(d.get("parent_code"))}).toList();
    }

    /**
     * Imports the term as its office would and checks the figures.
     *
     * @param staff  office staff of {@link #CITY} (reference data)
     * @param leader the office leader of {@link #CITY} (the history imports)
     */
    void run(Api staff, Api leader) throws IOException {
        units(staff);
        Map<String, String> term = rows("round-planning/terms.csv").get(0);
        long termId = staff.post("/round-planning/terms", Map.of("name", term.get("name"), "divisionCode", CITY, "startDate",
                term.get("start_date"), "endDate", term.get("end_date"))).expect(201).path("id").asLong();
        Map<String, Map<String, String>> rounds = index("round-planning/rounds.csv");
        Map<String, Map<String, String>> groups = index("round-planning/groups.csv");
        JsonNode planned = job(leader, "/round-planning/history/terms/" + termId, "/round-planning/history/imports/", csv(rounds(rounds, groups)));
        assertEquals(planned.toString(), 0, planned.path("errors").size());
        assertEquals(rounds.size(), planned.path("roundIds").size());
        members(staff, leader, termId, rounds, groups);

        // the problems: first with one row whose unit the group did not inspect, then the file as it should be
        List<List<String>> problems = problems(rounds, groups);
        List<String> good = problems.get(40);
        List<String> bad = new ArrayList<>(good);
        bad.set(2, "371500-NO-SUCH");
        problems.set(40, bad);
        JsonNode refused = job(leader, "/lead-transfer/history/terms/" + termId + "/problems", "/lead-transfer/history/imports/",
                xlsx(problems));
        assertEquals(refused.toString(), 1, refused.path("errors").size());
        assertEquals("the broken row, as Excel numbers it", 41, refused.path("errors").get(0).path("row").asInt());
        assertEquals("被巡察单位编码", refused.path("errors").get(0).path("fields").get(0).path("field").asText());
        assertEquals("nothing imported", 0, figures(leader, termId).path("problemsFound").asInt());
        problems.set(40, good);
        JsonNode imported = job(leader, "/lead-transfer/history/terms/" + termId + "/problems", "/lead-transfer/history/imports/", csv(problems));
        assertEquals(imported.toString(), 0, imported.path("errors").size());
        assertEquals(problems.size() - 1, imported.path("problemIds").size());

        JsonNode leads = job(leader, "/lead-transfer/history/terms/" + termId + "/leads", "/lead-transfer/history/imports/",
                csv(leads(rounds, groups)));
        assertEquals(leads.toString(), 0, leads.path("errors").size());

        // the module's own statistics of the imported term give the report's figures
        Map<String, Long> report = new HashMap<>();
        rows("figures.csv").forEach(f -> report.put(f.get("key"), Long.parseLong(f.get("value"))));
        JsonNode totals = figures(leader, termId);
        assertEquals(totals.toString(), (long) report.get("problems_found"), totals.path("problemsFound").asLong());
        assertEquals((long) report.get("leads_transferred"), totals.path("leadsTransferred").asLong());
        assertEquals((long) report.get("leads_transferred"), leads.path("leadIds").size());
        assertEquals((long) report.get("people_handled"), totals.path("peopleHandled").asLong());
        assertEquals((long) report.get("judicial_transfers"), totals.path("prosecuted").asLong());
        assertEquals((long) report.get("top_leader_leads"), totals.path("topLeaderLeads").asLong());
        assertEquals((long) report.get("top_leader_person_times_handled"), totals.path("topLeaderPeopleHandled").asLong());
        long round1 = planned.path("roundIds").get(0).asLong();
        assertEquals((long) report.get("detentions_after_round1"),
                leader.get("/lead-transfer/leads/statistics?roundId=" + round1).expect(200).path("totals").path("detained").asLong());
    }

    /**
     * The groups' members (round planning's second template) after their persons (the platform's person import):
     * a row naming a person at the wrong unit first (nothing imported, the row named), then the whole file, each
     * group authorised as the demo authorises it; the non-resident deputies of the rounds from 2023 on are the report's.
     */
    private void members(Api staff, Api leader, long termId, Map<String, Map<String, String>> rounds,
                         Map<String, Map<String, String>> groups) throws IOException {
        Map<String, Map<String, String>> persons = index("reference/persons.csv");
        List<Map<String, String>> seated = rows("round-planning/group-members.csv");
        List<List<String>> people = new ArrayList<>();
        people.add(List.of("姓名", "单位编码", "职务", "职级", "班子身份", "状态"));
        Map<String, String> leadership = Map.of("TOP_LEADER", "一把手", "LEADING_GROUP", "班子成员", "MIDDLE_MANAGER", "中层干部", "STAFF", "一般干部");
        seated.stream().map(m -> m.get("person_key")).distinct().map(persons::get).forEach(p -> people.add(List.of(p.get("name"), p.get("unit_code"),
                p.get("post"), p.get("rank"), leadership.get(p.get("leadership")), "在职")));
        JsonNode added = job(staff, "/platform/reference/persons/import", "/platform/reference/imports/", xlsx(people));
        assertEquals(added.toString(), 0, added.path("errors").size());

        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("轮次序号", "巡察组", "姓名", "单位编码", "组内职务", "授权文号", "授权日期", "授权事项"));
        Map<String, Integer> authorised = new HashMap<>();
        for (Map<String, String> m : seated) {
            Map<String, String> g = groups.get(m.get("group_key"));
            Map<String, String> r = rounds.get(g.get("round_key"));
            Map<String, String> p = persons.get(m.get("person_key"));
            List<String> row = new ArrayList<>(List.of(r.get("number"), g.get("name"), p.get("name"), p.get("unit_code"), m.get("role"), "", "", ""));
            if (!authorised.containsKey(g.get("key"))) {
                LocalDate start = LocalDate.parse(r.get("field_start"));
                int n = (int) authorised.keySet().stream().filter(k -> groups.get(k).get("round_key").equals(g.get("round_key"))).count() + 1;
                authorised.put(g.get("key"), n);
                row.subList(5, 8).clear();
                row.addAll(List.of("聊巡授〔" + start.getYear() + "〕" + r.get("number") + "-" + n + "号", start.minusDays(3).toString(),
                        "对被巡察党组织开展巡察（演示数据）"));
            }
            rows.add(row);
        }
        List<String> good = rows.get(20);
        List<String> bad = new ArrayList<>(good);
        bad.set(3, "371500-NO-SUCH");
        rows.set(20, bad);
        String path = "/round-planning/history/terms/" + termId + "/members";
        JsonNode refused = job(leader, path, "/round-planning/history/imports/", csv(rows));
        assertEquals(refused.toString(), 1, refused.path("errors").size());
        assertEquals("the broken row, as Excel numbers it", 21, refused.path("errors").get(0).path("row").asInt());
        assertEquals("单位编码", refused.path("errors").get(0).path("fields").get(0).path("field").asText());
        rows.set(20, good);
        JsonNode staffed = job(leader, path, "/round-planning/history/imports/", xlsx(rows));
        assertEquals(staffed.toString(), 0, staffed.path("errors").size());
        assertEquals(seated.size(), staffed.path("memberIds").size());
        assertEquals(groups.size(), staffed.path("groupIds").size());
        assertEquals(groups.size(), staffed.path("authorisations").asInt());

        // as DemoDataIT counts them on the demo: distinct persons over the rounds whose fieldwork began in 2023 or later
        java.util.Set<Long> deputies = new java.util.HashSet<>();
        for (JsonNode r : leader.get("/round-planning/terms/" + termId + "/rounds?size=100").expect(200).path("items")) {
            if (LocalDate.parse(r.path("actualStart").asText()).getYear() >= 2023) {
                leader.get("/round-planning/rounds/" + r.path("id").asLong()).expect(200).path("groups").forEach(g -> g.path("members").forEach(m -> {
                    if (m.path("role").asText().equals("NONRESIDENT_DEPUTY")) {
                        deputies.add(m.path("personId").asLong());
                    }
                }));
            }
        }
        Map<String, Long> report = new HashMap<>();
        rows("figures.csv").forEach(f -> report.put(f.get("key"), Long.parseLong(f.get("value"))));
        assertEquals((long) report.get("nonresident_deputies_since_2023"), deputies.size());
    }

    private void units(Api staff) throws IOException {
        List<List<String>> units = new ArrayList<>();
        units.add(List.of("单位编码", "单位名称", "所属区划代码", "上级单位编码", "领域", "板块", "系统", "状态", "巡察对象"));
        for (Map<String, String> u : rows("reference/units.csv")) {
            units.add(List.of(u.get("code"), u.get("name"), renumber(u.get("division_code")), u.get("parent_code"), u.get("field"),
                    u.get("sector"), u.get("system"), "在用", u.get("inspection_target").equals("true") ? "是" : "否"));
        }
        JsonNode done = job(staff, "/platform/reference/units/import", "/platform/reference/imports/", xlsx(units));
        assertEquals(done.toString(), 0, done.path("errors").size());
    }

    /** Round planning's template: a row per target, the round's cells on its first row. */
    private List<List<String>> rounds(Map<String, Map<String, String>> rounds, Map<String, Map<String, String>> groups) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("轮次序号", "轮次名称", "巡察类型", "方案批准日期", "进驻日期", "撤离日期", "反馈日期", "当前阶段", "巡察组", "被巡察单位编码"));
        Map<String, Boolean> started = new HashMap<>();
        List<Map<String, String>> targets = new ArrayList<>(rows("round-planning/group-targets.csv"));
        targets.sort(Comparator.comparing(t -> groups.get(t.get("group_key")).get("round_key")));
        for (Map<String, String> t : targets) {
            Map<String, String> g = groups.get(t.get("group_key"));
            Map<String, String> r = rounds.get(g.get("round_key"));
            boolean first = started.put(r.get("key"), true) == null;
            rows.add(first ? List.of(r.get("number"), r.get("name"), r.get("type"), LocalDate.parse(r.get("field_start")).minusDays(14).toString(),
                    r.get("field_start"), r.get("field_end"), r.get("feedback_date"), r.get("stage"), g.get("name"), t.get("unit_code"))
                    : List.of(r.get("number"), "", "", "", "", "", "", "", g.get("name"), t.get("unit_code")));
        }
        return rows;
    }

    /** Lead transfer's problems template: found and approved on the last day of the round's fieldwork, as the demo records them. */
    private List<List<String>> problems(Map<String, Map<String, String>> rounds, Map<String, Map<String, String>> groups) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("轮次序号", "巡察组", "被巡察单位编码", "问题类别", "问题描述", "涉及一把手", "涉及班子成员", "问题来源", "发现日期", "审定日期"));
        for (Map<String, String> p : rows("lead-transfer/problems.csv")) {
            Map<String, String> r = rounds.get(p.get("round_key"));
            rows.add(List.of(r.get("number"), groups.get(p.get("group_key")).get("name"), p.get("unit_code"), PROBLEM_CATEGORY.get(p.get("category")),
                    p.get("description"), yes(p.get("top_leader")), yes(p.get("leading_group")), p.get("source"), r.get("field_end"),
                    r.get("field_end")));
        }
        return rows;
    }

    /**
     * Lead transfer's leads template, as the demo records the seed: transferred and acknowledged on the day, a case
     * opened where a sanction, detention or prosecution followed (else a talk, or closed when nothing followed), one
     * outcome per person handled plus detention and handing to prosecutors, concluded on the last decision.
     */
    private List<List<String>> leads(Map<String, Map<String, String>> rounds, Map<String, Map<String, String>> groups) throws IOException {
        Map<String, List<Map<String, String>>> dispositions = byLead(rows("lead-transfer/dispositions.csv"));
        Map<String, List<Map<String, String>>> events = byLead(rows("lead-transfer/case-events.csv"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("线索编号", "轮次序号", "巡察组", "被巡察单位编码", "反映对象姓名", "职务", "职级", "线索类别", "线索摘要", "涉及一把手", "线索来源",
                "移交对象", "移交部门名称", "移交文号", "移交日期", "签收日期", "处置方式", "处置反馈日期", "处置说明", "办结日期", "处理结果", "处分种类", "人数",
                "决定日期", "处理说明"));
        Map<Integer, Integer> numbers = new HashMap<>();
        for (Map<String, String> l : rows("lead-transfer/leads.csv")) {
            List<Map<String, String>> ds = new ArrayList<>(dispositions.getOrDefault(l.get("key"), List.of()));
            ds.sort(Comparator.comparing(d -> d.get("decided_on")));
            List<Map<String, String>> es = events.getOrDefault(l.get("key"), List.of());
            boolean detained = es.stream().anyMatch(e -> e.get("type").equals("DETENTION"));
            boolean caseOpened = detained || es.stream().anyMatch(e -> e.get("type").equals("CASE_FILED"))
                    || ds.stream().anyMatch(d -> !d.get("measure").equals("组织处理") || d.get("judicial_transfer").equals("true"));
            String on = l.get("transferred_on");
            int year = LocalDate.parse(on).getYear();
            String method = ds.isEmpty() && !caseOpened ? "CLOSED" : caseOpened ? "CASE_INVESTIGATION" : "TALK_INQUIRY";
            List<List<String>> outcomes = new ArrayList<>();
            String last = on;
            for (Map<String, String> e : es) {
                if (e.get("type").equals("DETENTION")) {
                    outcomes.add(List.of("DETENTION", "", "1", e.get("occurred_on"), ""));
                }
            }
            for (Map<String, String> d : ds) {
                String measure = d.get("measure");
                String kind = measure.equals("组织处理") ? "ORGANISATIONAL_HANDLING" : measure.equals("政务处分") ? "GOVERNMENT_SANCTION" : "PARTY_SANCTION";
                String grade = measure.equals("组织处理") ? "" : GRADE.get(d.get("detail").split("、")[0].replace("政务", ""));
                outcomes.add(List.of(kind, grade, "1", d.get("decided_on"), d.get("person_name")));
                if (d.get("judicial_transfer").equals("true")) {
                    outcomes.add(List.of("PROSECUTION", "", "1", d.get("decided_on"), ""));
                }
                last = d.get("decided_on").compareTo(last) > 0 ? d.get("decided_on") : last;
            }
            List<String> lead = List.of(l.get("key"), rounds.get(l.get("round_key")).get("number"), groups.get(l.get("group_key")).get("name"),
                    l.get("unit_code"), l.get("person_name"), l.get("person_post"), l.get("person_rank"), LEAD_CATEGORY.get(l.get("category")),
                    l.get("summary"), yes(l.get("top_leader")), l.get("source"), l.get("receiver"), "",
                    "聊巡移〔" + year + "〕" + numbers.merge(year, 1, Integer::sum) + "号", on, on, method, on, "",
                    method.equals("CLOSED") ? "" : last);
            if (outcomes.isEmpty()) {
                outcomes.add(List.of("", "", "", "", ""));
            }
            for (int i = 0; i < outcomes.size(); i++) {
                List<String> row = new ArrayList<>(i == 0 ? lead : lead.stream().map(c -> "").collect(Collectors.toList()));
                row.set(0, l.get("key"));
                row.addAll(outcomes.get(i));
                rows.add(row);
            }
        }
        return rows;
    }

    private static String yes(String bool) {
        return bool.equals("true") ? "是" : "否";
    }

    private static String renumber(String division) {
        return "3799" + division.substring(4);
    }

    private static JsonNode figures(Api api, long termId) {
        return api.get("/lead-transfer/leads/statistics?termId=" + termId).expect(200).path("totals");
    }

    /** Starts an import and waits for its report. */
    private static JsonNode job(Api api, String path, String status, byte[] file) {
        JsonNode job = api.postBytes(path, file, "application/octet-stream").expect(202);
        String id = job.path("id").asText();
        Wait.until(WAIT, () -> api.get(status + id).expect(200).path("done").asBoolean());
        JsonNode done = api.get(status + id).expect(200);
        assertTrue(done.toString(), done.path("error").isNull());
        return done.path("report");
    }

    private byte[] xlsx(List<List<String>> rows) {
        return sheets.write(List.of(new SpreadsheetService.Sheet("导入", null, rows.get(0),
                rows.subList(1, rows.size()).stream().map(r -> List.<Object>copyOf(r)).toList())));
    }

    /** RFC 4180: every cell quoted, so that commas and quotes in the seed's texts stay as they are. */
    private static byte[] csv(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n")).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, List<Map<String, String>>> byLead(List<Map<String, String>> rows) {
        Map<String, List<Map<String, String>>> m = new HashMap<>();
        rows.forEach(r -> m.computeIfAbsent(r.get("lead_key"), k -> new ArrayList<>()).add(r));
        return m;
    }

    private Map<String, Map<String, String>> index(String file) throws IOException {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        rows(file).forEach(r -> m.put(r.get("key"), r));
        return m;
    }

    /** A seed file's rows by column, as the demo bundle carries it. */
    private List<Map<String, String>> rows(String file) throws IOException {
        URL url = seeds.getEntry("seeds/" + file);
        try (InputStream in = url.openStream()) {
            List<List<String>> rows = Csv.read(in);
            List<String> header = rows.get(0);
            Function<List<String>, Map<String, String>> byColumn = r -> {
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), i < r.size() ? r.get(i) : "");
                }
                return m;
            };
            return rows.subList(1, rows.size()).stream().map(byColumn).toList();
        }
    }
}
