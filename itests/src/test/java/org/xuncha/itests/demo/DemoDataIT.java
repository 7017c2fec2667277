package org.xuncha.itests.demo;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.xuncha.itests.support.Accounts;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.PaxExamSupport;
import org.xuncha.itests.support.Todo;
import org.xuncha.itests.support.Wait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A demo installation's life: started in demo mode on an empty database, it gets the data set's
 * divisions, units, persons and demo accounts through the platform's services (every record in
 * the audit trail under system:demo); the demo accounts sign in with the documented one-time
 * password and must change it; a module installed later gets its part then; and a second start
 * of the loader on the same database loads nothing again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DemoDataIT extends PaxExamSupport {

    private static final String DEMO_PASSWORD = "Xuncha-Demo-2026";
    /** The parts whose modules the distribution boots with, in load order. */
    private static final String[] BOOT_PARTS = {"reference", "accounts", "round-planning", "lead-transfer", "interview-records",
        "rectification", "personnel-pools", "evaluation"};
    private static final String[] ALL_PARTS = {"reference", "accounts", "example", "round-planning", "lead-transfer", "interview-records",
        "rectification", "personnel-pools", "evaluation"};

    @Configuration
    public Option[] config() {
        return Stream.concat(Arrays.stream(baseConfig()),
                Stream.of(editConfigurationFilePut("etc/org.xuncha.demo.cfg", "enabled", "true"))).toArray(Option[]::new);
    }

    @Test
    public void demoDataIsLoadedOnceThroughTheServices() throws Exception {
        awaitApi();
        Accounts accounts = accounts();
        awaitLoader(BOOT_PARTS);
        String status = console("sysadmin", "xuncha:demo-status");
        for (String part : BOOT_PARTS) {
            assertTrue(status, status.matches("(?s).*\\n" + part + "\\s+\\S+\\s+LOADED.*"));
        }

        // what the office sees is the data set, and every record came through the audited services
        List<String[]> units = rows("reference/units.csv");
        List<String[]> persons = rows("reference/persons.csv");
        List<String[]> demoAccounts = rows("accounts.csv");
        Api office = signInFirstTime("xcb.staff");
        assertEquals(units.size(), office.get("/platform/reference/units?size=1").expect(200).path("total").asInt());
        assertEquals(persons.size(), office.get("/platform/reference/persons?size=1").expect(200).path("total").asInt());
        assertEquals(rows("reference/divisions.csv").size(), office.get("/platform/reference/divisions").expect(200).size());
        Api auditor = accounts.auditor();
        Map<String, Integer> audited = Map.of("unit", units.size(), "person", persons.size());
        audited.forEach((type, n) -> assertEquals(type, (int) n, audited(auditor, "platform", type)));
        assertEquals(demoAccounts.size(), audited(auditor, "security", "user"));

        // a county office sees its own county only
        Api county = signInFirstTime("donge.staff");
        long inCounty = units.stream().filter(u -> u[2].equals("371524")).count();
        JsonNode page = county.get("/platform/reference/units?size=100").expect(200);
        assertEquals(inCounty, page.path("total").asLong());
        page.path("items").forEach(u -> assertEquals("371524", u.path("divisionCode").asText()));

        // the group leader's account is linked to the cadre the data set names
        String[] leader = demoAccounts.stream().filter(a -> a[4].equals("group-leader")).findFirst().orElseThrow();
        Api groupLeader = signInFirstTime(leader[0]);
        long personId = groupLeader.get("/auth/me").expect(200).path("user").path("personId").asLong();
        String name = persons.stream().filter(p -> p[0].equals(leader[3])).findFirst().orElseThrow()[1];
        assertEquals(name, office.get("/platform/reference/persons/" + personId).expect(200).path("name").asText());

        // the staff pools of the data set, every entry approved
        assertEquals(rows("personnel-pools/staff-pools.csv").size(),
                office.get("/personnel-pools/entries?status=ACTIVE&size=1").expect(200).path("total").asInt());
        // and the dashboard's 人才库在库人次 counts them
        assertEquals(rows("personnel-pools/staff-pools.csv").size(), dashboard(office).get("personnel-pools.sizes").path("value").asInt());
        // the term's training: every event of the data set, and attendance that adds up to class hours
        assertEquals(rows("personnel-pools/trainings.csv").size(), office.get("/personnel-pools/trainings?size=1").expect(200).path("total").asInt());
        assertTrue(office.get("/personnel-pools/trainings/hours?year=2023").expect(200).size() > 10);
        // the office's justified exceptions to the yearly limit: secondments to round 5 with the rule waived and the reason
        JsonNode fifth = null;
        for (JsonNode r : office.get("/round-planning/rounds?size=100").expect(200).path("items")) {
            fifth = r.path("name").asText().equals("十四届市委第五轮巡察") ? r : fifth;
        }
        assertTrue("the demo's fifth round", fifth != null);
        JsonNode waived = office.get("/personnel-pools/secondments?roundId=" + fifth.path("id").asLong()).expect(200);
        assertEquals(rows("personnel-pools/exceptions.csv").size(), waived.size());
        waived.forEach(w -> assertEquals(w.toString(), "clash.yearly_limit", w.path("exceptions").get(0).path("rule").asText()));
        // the data set alone shows a real clash and a real 回避 hit: the first of those cadres checked against round 5 (their
        // third round of 2023), and a pool cadre whose own unit a group of the same round inspects (任职回避)
        String[] third = rows("personnel-pools/exceptions.csv").get(0);
        assertTrue(rulesFound(office, fifth, personId(office, persons, third[0])).contains("clash.yearly_limit"));
        Set<String> fifthGroups = new HashSet<>();
        rows("round-planning/groups.csv").stream().filter(g -> g[1].equals("R5")).forEach(g -> fifthGroups.add(g[0]));
        Set<String> inspected = new HashSet<>();
        rows("round-planning/group-targets.csv").stream().filter(t -> fifthGroups.contains(t[0])).forEach(t -> inspected.add(t[1]));
        String atTarget = rows("personnel-pools/staff-pools.csv").stream().map(e -> e[0])
                .filter(key -> persons.stream().anyMatch(p -> p[0].equals(key) && inspected.contains(p[2]))).findFirst().orElseThrow();
        assertTrue(rulesFound(office, fifth, personId(office, persons, atTarget)).contains("avoid.home_unit_target"));
        // and the office's profiles of pool people who did not serve in round 5 (personnel-pools/employment.csv, relatives.csv)
        // give its 回避 hits from the data: worked in a target, a declared relative works in one, a target's top leader is a relative
        Set<String> served = new HashSet<>();
        rows("round-planning/group-members.csv").stream().filter(m -> fifthGroups.contains(m[0])).forEach(m -> served.add(m[1]));
        Map<String, String> unitNames = new HashMap<>();
        units.forEach(u -> unitNames.put(u[0], u[1]));
        String[] job = rows("personnel-pools/employment.csv").stream().filter(e -> !e[3].isEmpty() && inspected.contains(e[1]) && !served.contains(e[0]))
                .findFirst().orElseThrow();
        assertFinding(office, fifth, personId(office, persons, job[0]), "avoid.worked_in_target", job[2] + "—" + job[3] + "年在" + unitNames.get(job[1]) + "工作");
        List<String[]> relatives = rows("personnel-pools/relatives.csv").stream().filter(r -> inspected.contains(r[2]) && !served.contains(r[0])).toList();
        String[] relative = relatives.stream().filter(r -> r[3].isEmpty()).findFirst().orElseThrow();
        assertFinding(office, fifth, personId(office, persons, relative[0]), "avoid.relative_in_target", "申报有亲属在" + unitNames.get(relative[2]) + "工作");
        String[] leads = relatives.stream().filter(r -> !r[3].isEmpty()).findFirst().orElseThrow();
        String topLeader = persons.stream().filter(p -> p[0].equals(leads[3])).findFirst().orElseThrow()[1];
        assertFinding(office, fifth, personId(office, persons, leads[0]), "avoid.relative_leads_target",
                "申报的亲属" + topLeader + "是" + unitNames.get(leads[2]) + "主要负责人");

        // a module installed later gets its part, once
        List<String[]> notes = rows("example/notes.csv");
        assertTrue(console("sysadmin", "xuncha:module-install example").contains("example"));
        awaitLoader(ALL_PARTS);
        // the loader works through services; the module's REST server may still be starting (503)
        Wait.until(Duration.ofSeconds(120), () -> {
            int answer = office.get("/example/notes?unitId=1").status();
            return answer != 404 && answer != 503;
        });
        assertEquals(notes.size(), audited(auditor, "example", "note"));
        long unitId = office.get("/platform/reference/units?text=" + notes.get(0)[0]).expect(200).path("items").get(0).path("id").asLong();
        assertEquals(notes.get(0)[1], office.get("/example/notes?sort=id&unitId=" + unitId).expect(200).path("items").get(0).path("text").asText());

        reportFiguresComeOutOfTheRecords(office);
        theOverdueListIsPagedFilteredCountedAndExported(office);
        everyExportIsNamedInChinese(office, accounts.sysadmin());
        everyGroupExportIsNamedInChinese(groupLeader);

        // the group leader's account sees the rounds of the groups the data set puts their cadre in, and only those
        Set<String> groupsOfLeader = new HashSet<>();
        rows("round-planning/group-members.csv").stream().filter(m -> m[1].equals(leader[3])).forEach(m -> groupsOfLeader.add(m[0]));
        long roundsOfLeader = rows("round-planning/groups.csv").stream().filter(g -> groupsOfLeader.contains(g[0])).map(g -> g[1]).distinct().count();
        assertTrue(roundsOfLeader > 0);
        assertEquals(roundsOfLeader, groupLeader.get("/round-planning/rounds?size=100").expect(200).path("total").asLong());

        // a second start on the same database loads nothing again
        int auditedBefore = auditor.get("/platform/audit?actor=system:demo&size=1").expect(200).path("total").asInt();
        Bundle demo = bundle("org.xuncha.demo.impl");
        demo.stop();
        demo.start();
        awaitLoader(ALL_PARTS);
        String after = console("sysadmin", "xuncha:demo-status");
        assertEquals("the parts' records are the first start's", lines(status, BOOT_PARTS), lines(after, BOOT_PARTS));
        assertEquals(auditedBefore, auditor.get("/platform/audit?actor=system:demo&size=1").expect(200).path("total").asInt());
        assertEquals(units.size(), office.get("/platform/reference/units?size=1").expect(200).path("total").asInt());
        assertEquals(rows("lead-transfer/problems.csv").size(), leadFigures(office, "").path("problemsFound").asInt());

        // the generator's module options write rounds (here in the city's current term), problems, leads and interviews
        // through the modules' services
        int rounds = office.get("/round-planning/rounds?size=1").expect(200).path("total").asInt();
        JsonNode before = leadFigures(office, "");
        String generated = console("sysadmin",
                "xuncha:demo-generate --units 20 --division 371500 --rounds 2 --problems 30 --leads 10 --interviews 10 --batch 20");
        assertTrue(generated, generated.contains("谈话 interviews 10/10"));
        assertEquals(rounds + 2, office.get("/round-planning/rounds?size=1").expect(200).path("total").asInt());
        JsonNode after2 = leadFigures(office, "");
        assertEquals(before.path("problemsFound").asInt() + 30, after2.path("problemsFound").asInt());
        assertEquals(before.path("leadsTransferred").asInt() + 10, after2.path("leadsTransferred").asInt());
        assertEquals(rows("interview-records/interviews.csv").size() + 10, dashboard(office).get("interview-records.held").path("value").asInt());
    }

    /**
     * The report's figures (figures.csv) as the modules compute them from the records loaded: the
     * dashboard's figures, the lead-transfer statistics of single rounds, and what round planning holds.
     */
    private void reportFiguresComeOutOfTheRecords(Api office) throws IOException {
        Map<String, Long> report = new HashMap<>();
        rows("figures.csv").forEach(f -> report.put(f[0], Long.parseLong(f[1])));
        Map<String, JsonNode> dashboard = dashboard(office);
        assertEquals((long) report.get("problems_found"), dashboard.get("lead-transfer.problems").path("value").asLong());
        assertEquals((long) report.get("leads_transferred"), dashboard.get("lead-transfer.leads").path("value").asLong());
        assertEquals((long) report.get("people_handled"), dashboard.get("lead-transfer.people-handled").path("value").asLong());
        assertEquals((long) report.get("judicial_transfers"), dashboard.get("lead-transfer.prosecuted").path("value").asLong());
        JsonNode topLeader = dashboard.get("lead-transfer.top-leader-leads");
        assertEquals((long) report.get("top_leader_leads"), topLeader.path("value").asLong());
        JsonNode handled = null;
        for (JsonNode p : topLeader.path("points")) {
            handled = p.path("labelEn").asText().equals("people handled") ? p : handled;
        }
        assertEquals((long) report.get("top_leader_person_times_handled"), handled.path("value").asLong());
        assertEquals(rows("interview-records/interviews.csv").size(), dashboard.get("interview-records.held").path("value").asInt());
        assertEquals((long) report.get("rectification_handovers"), dashboard.get("rectification.handovers").path("value").asLong());
        assertEquals((long) report.get("secretary_instructions"), dashboard.get("rectification.instructions").path("value").asLong());
        assertEquals((long) report.get("common_problems"), dashboard.get("rectification.common-problems").path("value").asLong());
        assertEquals((long) report.get("special_campaigns"), dashboard.get("rectification.campaigns").path("value").asLong());

        // the term's rounds, all past their feedback; figures of single rounds from the module's own endpoint
        JsonNode rounds = office.get("/round-planning/rounds?size=100").expect(200);
        // the demo's term ended (terms.csv: 2026-09-25) before today: the home page shows that term's coverage,
        // the same as the term's own page, and says it ended, instead of a current coverage of 0
        JsonNode term = office.get("/round-planning/terms").expect(200).path("items").get(0);
        if (LocalDate.parse(term.path("endDate").asText()).isBefore(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")))) {
            JsonNode coverage = office.get("/round-planning/terms/" + term.path("id").asLong() + "/coverage").expect(200);
            JsonNode home = dashboard.get("round-planning.coverage");
            assertEquals(home.toString(), 0, coverage.path("percent").decimalValue().compareTo(home.path("value").decimalValue()));
            assertTrue(home.toString(), coverage.path("percent").decimalValue().signum() > 0);
            assertTrue(home.path("labelZh").asText(), home.path("labelZh").asText().contains(term.path("endDate").asText() + "结束"));
        }
        assertEquals((long) report.get("rounds_completed"), rounds.path("total").asLong());
        assertEquals((long) report.get("rounds_completed"), dashboard.get("round-planning.rounds").path("value").asLong());
        Map<Integer, Long> roundIds = new HashMap<>();
        rounds.path("items").forEach(r -> {
            roundIds.put(r.path("number").asInt(), r.path("id").asLong());
            assertTrue(r.path("name").asText(), r.path("feedbackDate").isTextual() && r.path("actualStart").isTextual());
        });
        // the evaluation module: rounds 1-3 assessed, the typical cases named in the notices, round 5's ranking published
        long assessedRounds = 0;
        long typicalCases = 0;
        for (long roundId : roundIds.values()) {
            JsonNode assessment = office.get("/evaluation/rounds/" + roundId + "/assessment").expect(200);
            assessedRounds += assessment.path("assessments").isEmpty() ? 0 : 1;
            typicalCases += assessment.path("typicalCases").size();
        }
        assertEquals((long) report.get("rectification_rounds_assessed"), assessedRounds);
        assertEquals((long) report.get("poor_rectification_cases_named"), typicalCases);
        assertEquals(rows("round-planning/quality-scores.csv").size(),
                office.get("/evaluation/rounds/" + roundIds.get(5) + "/ranking").expect(200).path("groups").size());
        assertEquals(report.get("problems_found").longValue(), leadFigures(office, "").path("problemsFound").asLong());
        assertEquals(report.get("detentions_after_round1").longValue(), leadFigures(office, "?roundId=" + roundIds.get(1)).path("detained").asLong());
        assertEquals(report.get("self_surrenders_round2").longValue(),
                leadFigures(office, "?roundId=" + roundIds.get(2)).path("selfSurrendered").asLong());

        // non-resident deputy leaders authorised for the rounds with fieldwork from 2023 on, from the groups as planned
        Set<Long> deputies = new HashSet<>();
        for (JsonNode r : rounds.path("items")) {
            if (LocalDate.parse(r.path("actualStart").asText()).getYear() >= 2023) {
                office.get("/round-planning/rounds/" + r.path("id").asLong()).expect(200).path("groups").forEach(g -> g.path("members").forEach(m -> {
                    if (m.path("role").asText().equals("NONRESIDENT_DEPUTY")) {
                        deputies.add(m.path("personId").asLong());
                    }
                }));
            }
        }
        assertEquals((long) report.get("nonresident_deputies_since_2023"), deputies.size());
    }

    /**
     * The overdue list (超期事项) on the demo data: paged with its total, filtered by kind, and the to-do's counts (counted by the
     * database) are the list's figures (computed round by round); the KPI cards link to the lists they count.
     */
    private void theOverdueListIsPagedFilteredCountedAndExported(Api office) {
        JsonNode all = office.get("/round-planning/rounds/overdue").expect(200);
        assertTrue("the demo has overdue items: " + all.size(), all.size() > 20);
        JsonNode first = office.get("/round-planning/rounds/overdue/page?size=20").expect(200);
        assertEquals(all.size(), first.path("total").asInt());
        assertEquals(20, first.path("items").size());
        assertEquals(all.get(0), first.path("items").get(0));
        assertEquals(Math.min(20, all.size() - 20), office.get("/round-planning/rounds/overdue/page?size=20&page=2").expect(200)
                .path("items").size());
        for (String kind : List.of("STAGE", "RECTIFICATION_REPORT")) {
            int listed = 0;
            for (JsonNode d : all) {
                listed += d.path("kind").asText().equals(kind) ? 1 : 0;
            }
            assertEquals(kind, listed, office.get("/round-planning/rounds/overdue/page?size=1&kind=" + kind).expect(200).path("total").asInt());
            String item = kind.equals("STAGE") ? "round-planning.stages-overdue" : "round-planning.reports-overdue";
            assertEquals("the to-do counts what the list shows: " + kind, listed, Todo.count(office, item));
        }
        assertEquals(400, office.get("/round-planning/rounds/overdue/page?size=0").status());
        Map<String, JsonNode> figures = dashboard(office);
        assertEquals("/rectification/handovers", figures.get("rectification.handovers").path("link").asText());
        assertEquals("/leads?overdue=true", figures.get("lead-transfer.overdue").path("link").asText());
    }

    /** Every list export answers a file named in Chinese, as RFC 6266 with an RFC 5987 {@code filename*} (UTF-8, percent-encoded). */
    private void everyExportIsNamedInChinese(Api office, Api sysadmin) {
        JsonNode term = office.get("/round-planning/terms").expect(200).path("items").get(0);
        long round = office.get("/round-planning/rounds?size=1").expect(200).path("items").get(0).path("id").asLong();
        List<String> exports = List.of("/round-planning/rounds/overdue/export?kind=STAGE", "/round-planning/rounds/" + round + "/plan.xlsx",
                "/round-planning/terms/" + term.path("id").asLong() + "/coverage.xlsx", "/lead-transfer/leads/export",
                "/round-planning/rounds/export?stage=ARCHIVE",
                "/round-planning/rounds/avoidances/export",
                "/round-planning/priorities/export?activeOnly=true",
                "/lead-transfer/problems/export?status=APPROVED",
                "/lead-transfer/joint-operations/export",
                "/lead-transfer/consultations/export?roundId=" + round,
                "/platform/reference/divisions/export",
                "/platform/security/users/export?text=xcb",
                "/example/notes/export",
                "/personnel-pools/entries/export", "/personnel-pools/incentives/dual-records/export", "/rectification/ledgers/export",
                "/rectification/exports/assignments", "/rectification/exports/letters", "/rectification/exports/handovers",
                "/rectification/exports/reviews", "/rectification/exports/joint-reviews",
                "/interview-records/templates/export", "/evaluation/assessments/export?roundId=" + round, "/evaluation/talks/export",
                "/personnel-pools/secondments/export?roundId=" + round, "/personnel-pools/trainings/export",
                "/rectification/exports/statistics", "/platform/reference/units/template", "/platform/reference/persons/template",
                "/platform/documents/templates/default");
        for (String path : exports) {
            namedInChinese(path.startsWith("/platform/security/") ? sysadmin : office, path); // accounts: the system administrator's
        }
    }

    /** The interview lists, which the group's own people read (the office's staff may not), exported under Chinese names. */
    private void everyGroupExportIsNamedInChinese(Api group) {
        List<String> exports = new java.util.ArrayList<>(List.of("/interview-records/records/export", "/interview-records/letters/export",
                "/interview-records/plans/export"));
        JsonNode plans = group.get("/interview-records/plans?size=1").expect(200).path("items");
        if (plans.size() > 0) {
            exports.add("/interview-records/plans/" + plans.get(0).path("id").asLong() + "/export");
        }
        for (String path : exports) {
            namedInChinese(group, path);
        }
    }

    /** {@code path} answers 200 with an RFC 5987 {@code filename*} whose decoded name has Chinese characters. */
    private static void namedInChinese(Api api, String path) {
        java.util.regex.Pattern rfc = java.util.regex.Pattern.compile(
                "attachment; filename=\"[\\x20-\\x7e&&[^\"\\\\]]+\"; filename\\*=UTF-8''((?:%[0-9A-F]{2}|[A-Za-z0-9!#$&+.^_`|~-])+)");
        Api.Response r = api.get(path);
        assertEquals(path, 200, r.status());
        String disposition = r.header("Content-Disposition");
        java.util.regex.Matcher m = rfc.matcher(disposition == null ? "" : disposition);
        assertTrue(path + ": " + disposition, m.matches());
        String name = java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(path + ": " + name, name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    /** The dashboard's figures by id. */
    private static Map<String, JsonNode> dashboard(Api api) {
        Map<String, JsonNode> figures = new HashMap<>();
        api.get("/platform/statistics").expect(200).forEach(m -> m.path("statistics").forEach(st -> figures.put(st.path("id").asText(), st)));
        return figures;
    }

    private static JsonNode leadFigures(Api api, String query) {
        return api.get("/lead-transfer/leads/statistics" + query).expect(200).path("totals");
    }

    /** Waits until demo mode is on, exactly these parts are present, each recorded, and the loader idle. */
    private void awaitLoader(String... parts) {
        Wait.until(Duration.ofSeconds(300), () -> {
            String s = console("sysadmin", "xuncha:demo-status");
            boolean recorded = Arrays.stream(parts).allMatch(p -> s.matches("(?s).*\\n" + p + "\\s+\\S+\\s+(LOADED|SKIPPED|FAILED).*"));
            return s.contains("空闲 idle") && s.contains("parts present: " + String.join(", ", parts)) && recorded;
        });
    }

    private static String lines(String status, String... parts) {
        return status.lines().filter(l -> Arrays.stream(parts).anyMatch(p -> l.startsWith(p + " "))).reduce("", (a, b) -> a + b + "\n");
    }

    /** A demo account signs in with the documented one-time password, is held to changing it, and changes it. */
    private static Api signInFirstTime(String username) {
        Api api = new Api(apiBase());
        assertTrue(api.login(username, DEMO_PASSWORD).expect(200).path("mustChangePassword").asBoolean());
        assertEquals("password_change_required", api.get("/platform/reference/units").json().path("code").asText());
        api.post("/auth/password", Map.of("oldPassword", DEMO_PASSWORD, "newPassword", Accounts.USER_PASSWORD)).expect(204);
        return api;
    }

    private static int audited(Api auditor, String module, String entityType) {
        return auditor.get("/platform/audit?actor=system:demo&action=CREATE&module=" + module + "&entityType=" + entityType + "&size=1")
                .expect(200).path("total").asInt();
    }

    /** The rules the secondment check of the person against the round finds. */
    private static Set<String> rulesFound(Api office, JsonNode round, long personId) {
        Set<String> rules = new HashSet<>();
        office.get("/personnel-pools/secondments/check?roundId=" + round.path("id").asLong() + "&personId=" + personId).expect(200)
                .path("findings").forEach(f -> rules.add(f.path("rule").asText()));
        return rules;
    }

    /** The secondment check of the person against the round finds the rule, with this fact. */
    private static void assertFinding(Api office, JsonNode round, long personId, String rule, String factZh) {
        JsonNode findings = office.get("/personnel-pools/secondments/check?roundId=" + round.path("id").asLong() + "&personId=" + personId)
                .expect(200).path("findings");
        boolean found = false;
        for (JsonNode f : findings) {
            found |= f.path("rule").asText().equals(rule) && f.path("factZh").asText().equals(factZh);
        }
        assertTrue(rule + " " + factZh + " in " + findings, found);
    }

    /** The id of the data set's person with this key (by name within their unit). */
    private static long personId(Api office, List<String[]> persons, String key) {
        String[] p = persons.stream().filter(r -> r[0].equals(key)).findFirst().orElseThrow();
        long unit = office.get("/platform/reference/units?text=" + p[2]).expect(200).path("items").get(0).path("id").asLong();
        return office.get("/platform/reference/persons?unitId=" + unit + "&text=" + URLEncoder.encode(p[1], StandardCharsets.UTF_8)).expect(200)
                .path("items").get(0).path("id").asLong();
    }

    /** Data rows of a seed file as the demo bundle carries it (the data set has no quoted commas or line breaks). */
    private List<String[]> rows(String file) throws IOException {
        URL url = bundle("org.xuncha.demo.impl").getEntry("seeds/" + file);
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.split(",", -1)).toList();
        }
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(bundleContext.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }
}
