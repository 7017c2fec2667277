package org.xuncha.itests.roundplanning;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.xuncha.itests.support.Accounts;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.Todo;
import org.xuncha.itests.support.FrameworkWatch;
import org.xuncha.itests.support.PaxExamSupport;
import org.xuncha.itests.support.Wait;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The round-planning module in a running platform, used through its REST API by the people who use
 * it: office staff plan a term and its rounds, the office leader approves for the leading group and
 * the committee leader for the committee; coverage follows the rounds as they enter; bad stage
 * moves and overlapping memberships are refused with clear messages; a group member sees only their
 * own round; moving the platform clock makes deadlines overdue, listed and announced once; and the
 * module is removed and reinstalled from the console with its data intact and nothing else touched.
 *
 * <p>The test does not import the module's API package, so that removing the module leaves no
 * bundle wired to it.</p>
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RoundPlanningIT extends PaxExamSupport {

    private static final String DIVISION = "371500";
    private static final String OVERDUE_TOPIC = "xuncha/round_planning/deadline_overdue";
    private static final Duration WAIT = Duration.ofSeconds(120);

    @Configuration
    public Option[] config() {
        // Check for overdue items every two seconds instead of every quarter of an hour.
        // The per-address sign-in limit (20 a minute, SecurityIT tests it) raised: the suite signs in a dozen accounts quickly.
        return OptionUtils.combine(baseConfig(),
                editConfigurationFilePut("etc/org.xuncha.roundplanning.cfg", "overdueCheckSeconds", "2"),
                editConfigurationFilePut("etc/org.xuncha.security.cfg", "loginAttemptsPerMinute", "1000"));
    }

    private Accounts accounts;
    private Api office;
    private final Map<String, Long> units = new java.util.HashMap<>();
    private final Map<String, Long> persons = new java.util.HashMap<>();
    private final List<Event> overdueEvents = new CopyOnWriteArrayList<>();

    @Test
    public void planRunAndReinstallRounds() throws Exception {
        awaitApi();
        Wait.until(WAIT, () -> new Api(apiBase()).get("/health").json().toString().contains("round-planning"));
        accounts = accounts();
        accounts.sysadmin();
        accounts.division(DIVISION, "聊城市", null);
        office = accounts.user("rp-office", DIVISION, null, "office-staff");
        referenceData();
        Api officeLeader = accounts.user("rp-leader", DIVISION, null, "office-leader");
        Api secretary = accounts.user("rp-secretary", DIVISION, null, "committee-leader");
        ServiceRegistration<EventHandler> listener = listenForOverdue();
        try {
            LocalDate today = today();
            Api.Response created = office.post("/round-planning/terms", Map.of("name", "中共聊城市第十四届委员会", "divisionCode", DIVISION,
                    "startDate", today.minusYears(2).toString(), "endDate", today.plusYears(3).toString()));
            long term = created.expect(201).path("id").asLong();
            // the platform adds where the new record is read, for every module's creations alike
            assertTrue(String.valueOf(created.header("Location")), String.valueOf(created.header("Location")).endsWith("/api/round-planning/terms/" + term));
            long priority = office.post("/round-planning/priorities", Map.of("divisionCode", DIVISION, "name", "黄河流域生态保护和高质量发展",
                    "sourceMeeting", "市委十四届五次全会", "sourceDate", today.minusMonths(3).toString())).expect(201).path("id").asLong();

            long round1 = firstRoundPlannedAndApproved(term, priority, today, officeLeader, secretary);
            coverageCountsRoundsOnceTheyEnter(term, round1);
            badStageMovesAreRefused(round1);
            long round2 = overlappingMembershipIsRefusedAndASecondRoundEnters(term, today, officeLeader, secretary);
            approvedPlansChangeOnlyThroughAnAmendment(round1);
            coverageCountsReinspectedUnitsOnce(term, round1, round2);
            aGroupMemberSeesOnlyTheirRound(term, round1, round2);
            consoleAndExports(term, round1);
            unitsThatAreNoInspectionTargetLeaveCoverage(term);
            aPastTermIsImportedWholeOrNotAtAll(officeLeader);
            theDemoTermIsImportedFromTheTemplatesWithTheDemoFigures();
            deadlinesBecomeOverdueAndAreAnnouncedOnce(term, round1, round2, today);
            uninstallAndReinstallKeepTheData(term, round1);
        } finally {
            listener.unregister();
            setClockOffset(null);
        }
    }

    // ------------------------------------------------------------------ steps

    private void referenceData() {
        office.put("/platform/reference/divisions/" + DIVISION, Map.of("nameZh", "聊城市", "level", "CITY")).expectSaved();
        unit("LC-JW", "聊城市纪委监委机关", "党政机关", "政法", null);
        unit("LC-EDU", "聊城市教育和体育局党组", "党政机关", "社会民生", "教育系统");
        unit("LC-EDU-1", "聊城第一中学党委", "事业单位", "社会民生", "教育系统");
        unit("LC-EDU-2", "聊城职业技术学院党委", "事业单位", "社会民生", "教育系统");
        unit("LC-HEA", "聊城市卫生健康委员会党组", "党政机关", "社会民生", "卫生健康系统");
        unit("LC-SOE-1", "聊城市交通发展集团党委", "国有企业", "经济发展", null);
        unit("LC-SOE-2", "聊城市水务集团党委", "国有企业", "经济发展", null);
        unit("LC-TOWN", "某镇党委", "乡镇（街道）", "农业农村", null);
        for (String name : List.of("张组长", "李副组长", "赵组员", "钱组员", "孙副组长")) {
            persons.put(name, office.post("/platform/reference/persons", Map.of("name", name, "unitId", units.get("LC-JW"), "post", "干部",
                    "active", true)).expect(201).path("id").asLong());
        }
    }

    private void unit(String code, String name, String field, String sector, String system) {
        Map<String, Object> u = new java.util.HashMap<>(Map.of("code", code, "name", name, "divisionCode", DIVISION,
                "field", field, "sector", sector, "active", true));
        u.put("system", system);
        units.put(code, office.post("/platform/reference/units", u).expect(201).path("id").asLong());
    }

    private long firstRoundPlannedAndApproved(long term, long priority, LocalDate today, Api officeLeader, Api secretary) {
        long round = office.post("/round-planning/rounds", Map.of("termId", term, "type", "REGULAR", "plannedStart", today.toString(),
                "plannedEnd", today.plusDays(39).toString(), "priorityIds", List.of(priority),
                "supervisionTopics", List.of("教育强国"))).expect(201).path("id").asLong();
        JsonNode detail = office.get("/round-planning/rounds/" + round).expect(200);
        assertEquals("numbered within the term", 1, detail.path("round").path("number").asInt());
        assertEquals("PREPARATION", detail.path("round").path("stage").asText());

        // the whole education system in one call, then one state firm by hand
        JsonNode added = office.post("/round-planning/rounds/" + round + "/targets", Map.of("system", "教育系统", "priorityIds", List.of(priority)))
                .expect(201).path("added");
        assertEquals(List.of("聊城市教育和体育局党组", "聊城第一中学党委", "聊城职业技术学院党委"), texts(added, "unitName"));
        JsonNode more = office.post("/round-planning/rounds/" + round + "/targets", Map.of("unitIds", List.of(units.get("LC-SOE-1"), units.get("LC-EDU"))))
                .expect(201);
        // nothing new: the targets stay as they were, so nothing was created
        assertEquals(0, office.post("/round-planning/rounds/" + round + "/targets", Map.of("unitIds", List.of(units.get("LC-EDU"))))
                .expect(200).path("added").size());
        Api.Response unknownUnit = office.post("/round-planning/rounds/" + round + "/targets", Map.of("unitIds", List.of(-1)));
        assertEquals(unknownUnit.text(), 400, unknownUnit.status());
        assertEquals("unitIds", unknownUnit.json().path("fields").get(0).path("field").asText());
        assertEquals(1, more.path("added").size());
        assertEquals("already a target", units.get("LC-EDU").longValue(), more.path("alreadyTarget").get(0).asLong());

        JsonNode group = office.post("/round-planning/rounds/" + round + "/groups", Map.of("name", "第一巡察组",
                "members", List.of(member("张组长", "LEADER"), member("赵组员", "MEMBER"), member("孙副组长", "NONRESIDENT_DEPUTY")),
                "targetUnitIds", List.of(units.get("LC-EDU"), units.get("LC-EDU-1"), units.get("LC-EDU-2"), units.get("LC-SOE-1"))))
                .expect(201);

        // the office drafts but does not approve; the committee comes after the leading group, and each
        // finds the plan in its to-do (待办) when its turn comes
        assertEquals("the leading group's turn", 1, Todo.count(officeLeader, "round-planning.plans-to-deliberate"));
        assertEquals("not yet the committee's", 0, Todo.count(secretary, "round-planning.plans-to-approve"));
        Api.Response byStaff = office.post("/round-planning/rounds/" + round + "/approvals", Map.of("body", "LEADING_GROUP", "approved", true));
        assertEquals(byStaff.text(), 403, byStaff.status());
        Api.Response tooEarly = secretary.post("/round-planning/rounds/" + round + "/approvals", Map.of("body", "COMMITTEE", "approved", true));
        assertEquals(tooEarly.text(), 409, tooEarly.status());
        assertTrue(tooEarly.text(), tooEarly.json().path("message").asText().contains("须先经巡察工作领导小组审议"));
        assertEquals("LEADING_GROUP_APPROVED", officeLeader.post("/round-planning/rounds/" + round + "/approvals",
                Map.of("body", "LEADING_GROUP", "approved", true, "opinion", "同意，报书记专题会审定")).expect(200).path("planStatus").asText());
        assertEquals(0, Todo.count(officeLeader, "round-planning.plans-to-deliberate"));
        assertEquals("now the committee's", 1, Todo.count(secretary, "round-planning.plans-to-approve"));
        assertEquals("APPROVED", secretary.post("/round-planning/rounds/" + round + "/approvals",
                Map.of("body", "COMMITTEE", "approved", true, "opinion", "同意")).expect(200).path("planStatus").asText());
        assertEquals(0, Todo.count(secretary, "round-planning.plans-to-approve"));
        JsonNode approvals = office.get("/round-planning/rounds/" + round).expect(200).path("approvals");
        assertEquals(2, approvals.size());
        assertEquals("rp-leader", approvals.get(0).path("actor").asText());
        assertEquals("同意，报书记专题会审定", approvals.get(0).path("opinion").asText());
        assertEquals("rp-secretary", approvals.get(1).path("actor").asText());
        assertFalse(approvals.get(1).path("at").isNull());

        // no entry before the group leader is authorised for this task (一次一授权)
        Api.Response notReady = office.post("/round-planning/rounds/" + round + "/stage", Map.of("to", "ENTRY"));
        assertEquals(notReady.text(), 409, notReady.status());
        assertTrue(notReady.text(), notReady.json().path("message").asText().contains("一次一授权"));
        office.put("/round-planning/rounds/" + round + "/groups/" + group.path("id").asLong() + "/authorisation", Map.of("number", "聊巡授〔2026〕1号",
                "date", today.toString(), "scope", "对市教育系统和市交通发展集团开展常规巡察")).expect(200);
        return round;
    }

    private void coverageCountsRoundsOnceTheyEnter(long term, long round) {
        JsonNode before = office.get("/round-planning/terms/" + term + "/coverage").expect(200);
        assertEquals(8, before.path("totalUnits").asInt());
        assertEquals("a round in preparation only plans", 0, before.path("coveredUnits").asInt());
        assertEquals(4, before.path("plannedUnits").asInt());
        assertTrue("no pace before any round", before.path("roundsNeeded").isNull());

        assertEquals("ENTRY", office.post("/round-planning/rounds/" + round + "/stage", Map.of("to", "ENTRY")).expect(200).path("stage").asText());
        JsonNode after = office.get("/round-planning/terms/" + term + "/coverage").expect(200);
        assertEquals(4, after.path("coveredUnits").asInt());
        assertEquals("4 of 8", 50.0, after.path("percent").asDouble(), 0);
        assertEquals("4 remaining at 4 per round", 1, after.path("roundsNeeded").asInt());
        assertEquals(java.util.Set.of("聊城市卫生健康委员会党组", "聊城市纪委监委机关", "聊城市水务集团党委", "某镇党委"),
                java.util.Set.copyOf(texts(after.path("remaining"), "name")));
        JsonNode education = find(after.path("bySystem"), "value", "教育系统");
        assertEquals(3, education.path("covered").asInt());
        assertEquals(100.0, education.path("percent").asDouble(), 0);
    }

    /**
     * The discipline commission's office is in the unit list but the committee does not inspect it:
     * marked so, it leaves coverage's denominator and its list of units still to inspect.
     */
    private void unitsThatAreNoInspectionTargetLeaveCoverage(long term) {
        JsonNode jw = office.get("/platform/reference/units/" + units.get("LC-JW")).expect(200);
        assertFalse(jw.path("notInspectionTarget").asBoolean());
        Map<String, Object> change = Api.JSON.convertValue(jw, Map.class);
        change.put("notInspectionTarget", true);
        assertTrue(office.put("/platform/reference/units/" + units.get("LC-JW"), change).expect(200).path("notInspectionTarget").asBoolean());

        JsonNode c = office.get("/round-planning/terms/" + term + "/coverage").expect(200);
        assertEquals("8 units less 纪委监委机关", 7, c.path("totalUnits").asInt());
        assertEquals(6, c.path("coveredUnits").asInt());
        assertEquals("6 of 7", 85.7, c.path("percent").asDouble(), 0);
        assertEquals(List.of("聊城市水务集团党委"), texts(c.path("remaining"), "name"));
        assertEquals("still in the reference data", 200, office.get("/platform/reference/units/" + units.get("LC-JW")).status());
    }

    /**
     * An office that starts mid-term brings the last term from the template: a file with one unknown
     * unit imports nothing and names the row; the corrected file (as CSV) creates the rounds, groups
     * and targets with their real days, and coverage counts them. Only the office leader may import.
     */
    private void aPastTermIsImportedWholeOrNotAtAll(Api officeLeader) throws Exception {
        LocalDate start = today().minusYears(7);
        long past = office.post("/round-planning/terms", Map.of("name", "中共聊城市第十三届委员会", "divisionCode", DIVISION,
                "startDate", start.toString(), "endDate", today().minusYears(2).minusDays(1).toString())).expect(201).path("id").asLong();
        Api.Response template = officeLeader.get("/round-planning/history/template");
        assertEquals(template.text(), 200, template.status());
        SpreadsheetService sheets = service(SpreadsheetService.class);
        List<String> header = sheets.readFirstSheet(new ByteArrayInputStream(template.bytes())).get(0);
        assertEquals(List.of("轮次序号", "轮次名称", "巡察类型", "方案批准日期", "进驻日期", "撤离日期", "反馈日期", "当前阶段", "巡察组", "被巡察单位编码", "整改报告日期"), header);
        Api.Response members = officeLeader.get("/round-planning/history/templates/members");
        assertEquals(members.text(), 200, members.status());
        assertEquals(List.of("轮次序号", "巡察组", "姓名", "单位编码", "组内职务", "授权文号", "授权日期", "授权事项"),
                sheets.readFirstSheet(new ByteArrayInputStream(members.bytes())).get(0));

        LocalDate r1 = start.plusMonths(6);
        LocalDate r2 = start.plusYears(1);
        List<List<Object>> rows = new ArrayList<>(List.of(
                List.<Object>of(1, "", "常规巡察", r1.minusDays(20).toString(), r1.toString(), r1.plusDays(40).toString(), r1.plusDays(90).toString(),
                        "归档", "第一巡察组", "LC-EDU"),
                List.<Object>of(1, "", "", "", "", "", "", "", "第一巡察组", "LC-EDU-1"),
                List.<Object>of(1, "", "", "", "", "", "", "", "第二巡察组", "LC-SOE-1"),
                List.<Object>of(2, "", "专项巡察", r2.minusDays(10).toString(), r2.toString(), r2.plusDays(30).toString(), r2.plusDays(60).toString(),
                        "归档", "第一巡察组", "LC-TOWN"),
                List.<Object>of(2, "", "", "", "", "", "", "", "第一巡察组", "LC-NOPE")));
        byte[] broken = sheets.write(List.of(new SpreadsheetService.Sheet("历史轮次", null, header, rows)));
        assertEquals("office staff may not record past approvals", 403,
                office.postBytes("/round-planning/history/terms/" + past, broken, "application/octet-stream").status());
        JsonNode refused = importHistory(officeLeader, past, broken, "application/octet-stream");
        assertEquals(refused.toString(), 1, refused.path("errors").size());
        assertEquals("the broken row as Excel numbers it", 6, refused.path("errors").get(0).path("row").asInt());
        assertEquals("被巡察单位编码", refused.path("errors").get(0).path("fields").get(0).path("field").asText());
        assertEquals(0, refused.path("roundIds").size());
        assertEquals("nothing imported", 0, office.get("/round-planning/terms/" + past + "/rounds").expect(200).path("total").asInt());

        StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
        rows.set(4, List.<Object>of(2, "", "", "", "", "", "", "", "第一巡察组", "LC-EDU"));
        rows.forEach(r -> csv.append(r.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","))).append("\r\n"));
        JsonNode done = importHistory(officeLeader, past, csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        assertEquals(done.toString(), 0, done.path("errors").size());
        assertEquals(2, done.path("roundIds").size());
        assertEquals(3, done.path("groupIds").size());
        assertEquals(5, done.path("targets").asInt());

        JsonNode c = office.get("/round-planning/terms/" + past + "/coverage").expect(200);
        assertEquals("the 7 inspection targets", 7, c.path("totalUnits").asInt());
        assertEquals("教体局, 一中, 交通集团, 某镇", 4, c.path("coveredUnits").asInt());
        assertEquals(57.1, c.path("percent").asDouble(), 0);
        assertEquals(2, c.path("countedRounds").asInt());
        assertEquals("聊城市教育和体育局党组", c.path("reinspected").get(0).path("name").asText());
        JsonNode first = office.get("/round-planning/rounds/" + done.path("roundIds").get(0).asLong()).expect(200);
        assertEquals("ARCHIVE", first.path("round").path("stage").asText());
        assertEquals(r1.toString(), first.path("round").path("actualStart").asText());
        assertEquals(r1.plusDays(90).toString(), first.path("round").path("feedbackDate").asText());
        assertTrue(first.toString(), first.path("approvals").get(1).path("at").asText().startsWith(r1.minusDays(20).toString()));
        assertEquals("rp-leader", first.path("approvals").get(1).path("actor").asText());
    }

    /** Issue 22's proof: the demo's term from the templates, a broken row first, then the module's statistics give the demo's figures. */
    private void theDemoTermIsImportedFromTheTemplatesWithTheDemoFigures() throws Exception {
        org.osgi.framework.Bundle demo = java.util.Arrays.stream(bundleContext.getBundles())
                .filter(b -> "org.xuncha.demo.impl".equals(b.getSymbolicName())).findFirst().orElseThrow();
        SeededTermImport seeded = new SeededTermImport(demo, service(SpreadsheetService.class));
        Api divisions = accounts.user("it-divisions", null, null, "office-staff");
        for (String[] d : seeded.divisions()) {
            Map<String, Object> division = new java.util.HashMap<>(Map.of("nameZh", d[1], "level", d[2] == null ? "CITY" : "COUNTY"));
            division.put("parentCode", d[2]);
            divisions.put("/platform/reference/divisions/" + d[0], division).expectSaved();
        }
        seeded.run(accounts.user("seed-office", SeededTermImport.CITY, null, "office-staff"),
                accounts.user("seed-leader", SeededTermImport.CITY, null, "office-leader"));
    }

    private static JsonNode importHistory(Api api, long term, byte[] file, String contentType) {
        JsonNode job = api.postBytes("/round-planning/history/terms/" + term, file, contentType).expect(202);
        String id = job.path("id").asText();
        Wait.until(WAIT, () -> api.get("/round-planning/history/imports/" + id).expect(200).path("done").asBoolean());
        JsonNode status = api.get("/round-planning/history/imports/" + id).expect(200);
        assertTrue(status.toString(), status.path("error").isNull());
        return status.path("report");
    }

    private void badStageMovesAreRefused(long round) {
        Api.Response skip = office.post("/round-planning/rounds/" + round + "/stage", Map.of("to", "REPORT"));
        assertEquals(skip.text(), 409, skip.status());
        JsonNode error = skip.json();
        assertEquals("invalid_transition", error.path("code").asText());
        assertEquals("不能从“进驻”阶段转到“报告”阶段：只能进入下一阶段“了解”，或说明理由后退回上一阶段“准备”", error.path("message").asText());
        assertTrue(error.toString(), error.path("messageEn").asText().startsWith("Cannot move from stage entry to stage report"));

        Api.Response backWithoutReason = office.post("/round-planning/rounds/" + round + "/stage", Map.of("to", "PREPARATION"));
        assertEquals(backWithoutReason.text(), 400, backWithoutReason.status());
        assertEquals("reason", backWithoutReason.json().path("fields").get(0).path("field").asText());
        Api.Response backByStaff = office.post("/round-planning/rounds/" + round + "/stage", Map.of("to", "PREPARATION", "reason", "误操作"));
        assertEquals("only the office leader corrects a stage", 403, backByStaff.status());
        assertEquals("ENTRY", office.get("/round-planning/rounds/" + round).expect(200).path("round").path("stage").asText());
    }

    private long overlappingMembershipIsRefusedAndASecondRoundEnters(long term, LocalDate today, Api officeLeader, Api secretary) {
        long round = office.post("/round-planning/rounds", Map.of("termId", term, "type", "SPECIAL", "plannedStart", today.plusDays(10).toString(),
                "plannedEnd", today.plusDays(50).toString(), "supervisionTopics", List.of("乡村振兴"))).expect(201).path("id").asLong();
        office.post("/round-planning/rounds/" + round + "/targets", Map.of("field", "乡镇（街道）")).expect(201);
        office.post("/round-planning/rounds/" + round + "/targets", Map.of("unitIds", List.of(units.get("LC-HEA"), units.get("LC-EDU")))).expect(201);
        List<Long> targets = List.of(units.get("LC-TOWN"), units.get("LC-HEA"), units.get("LC-EDU"));

        // 赵组员 is in the field with 第一巡察组 until the 39th day; this round starts on the 10th
        Api.Response overlap = office.post("/round-planning/rounds/" + round + "/groups", Map.of("name", "第二巡察组",
                "members", List.of(member("李副组长", "LEADER"), member("赵组员", "MEMBER")), "targetUnitIds", targets));
        assertEquals(overlap.text(), 409, overlap.status());
        JsonNode error = overlap.json();
        assertEquals("member_overlap", error.path("code").asText());
        assertTrue(error.toString(), error.path("message").asText().startsWith("干部赵组员已是"));
        assertTrue("names the other group: " + error, error.path("message").asText().contains("“第一巡察组”"));
        assertTrue(error.toString(), error.path("messageEn").asText().contains("is already in 第一巡察组"));

        // a non-resident deputy leader may serve both groups
        long group = office.post("/round-planning/rounds/" + round + "/groups", Map.of("name", "第二巡察组",
                "members", List.of(member("李副组长", "LEADER"), member("钱组员", "MEMBER"), member("孙副组长", "NONRESIDENT_DEPUTY")),
                "targetUnitIds", targets)).expect(201).path("id").asLong();
        // the office leader records the leading group's decision of two days ago (history permission); the committee leader may not back-date
        officeLeader.post("/round-planning/rounds/" + round + "/approvals", Map.of("body", "LEADING_GROUP", "approved", true,
                "date", today.minusDays(2).toString())).expect(200);
        assertEquals(403, secretary.post("/round-planning/rounds/" + round + "/approvals", Map.of("body", "COMMITTEE", "approved", true,
                "date", today.minusDays(1).toString())).status());
        secretary.post("/round-planning/rounds/" + round + "/approvals", Map.of("body", "COMMITTEE", "approved", true)).expect(200);
        JsonNode decided = office.get("/round-planning/rounds/" + round).expect(200).path("approvals");
        assertTrue(decided.toString(), decided.get(0).path("at").asText().startsWith(today.minusDays(2) + "T00:00"));
        assertTrue(decided.toString(), decided.get(1).path("at").asText().startsWith(today.toString()));
        office.put("/round-planning/rounds/" + round + "/groups/" + group + "/authorisation", Map.of("number", "聊巡授〔2026〕2号",
                "date", today.toString())).expect(200);
        office.post("/round-planning/rounds/" + round + "/stage", Map.of("to", "ENTRY")).expect(200);
        return round;
    }

    private void approvedPlansChangeOnlyThroughAnAmendment(long round) {
        JsonNode r = office.get("/round-planning/rounds/" + round).expect(200).path("round");
        Map<String, Object> edit = new java.util.HashMap<>(Map.of("type", "REGULAR", "plannedStart", r.path("plannedStart").asText(),
                "plannedEnd", r.path("plannedEnd").asText(), "description", "增加对校园食品安全的了解", "version", r.path("version").asLong()));
        Api.Response locked = office.put("/round-planning/rounds/" + round, edit);
        assertEquals(locked.text(), 409, locked.status());
        assertEquals("plan_locked", locked.json().path("code").asText());
        assertTrue(locked.text(), locked.json().path("message").asText().contains("须先登记方案调整"));

        long amendment = office.post("/round-planning/rounds/" + round + "/amendments", Map.of("reason", "书记专题会要求增加校园食品安全内容"))
                .expect(201).path("id").asLong();
        office.put("/round-planning/rounds/" + round, edit).expect(200);
        JsonNode closed = office.post("/round-planning/rounds/" + round + "/amendments/" + amendment + "/close", Map.of()).expect(200);
        assertEquals("rp-office", closed.path("openedBy").asText());
        assertEquals("书记专题会要求增加校园食品安全内容", closed.path("reason").asText());
        assertEquals(List.of("修改轮次方案"), texts(closed.path("changes"), null));
        assertEquals("增加对校园食品安全的了解", office.get("/round-planning/rounds/" + round).expect(200).path("round").path("description").asText());
        edit.put("version", office.get("/round-planning/rounds/" + round).expect(200).path("round").path("version").asLong());
        assertEquals("closed again", 409, office.put("/round-planning/rounds/" + round, edit).status());
    }

    private void coverageCountsReinspectedUnitsOnce(long term, long round1, long round2) {
        JsonNode c = office.get("/round-planning/terms/" + term + "/coverage").expect(200);
        assertEquals("4 + 某镇 + 卫健委; 教体局 twice counts once", 6, c.path("coveredUnits").asInt());
        assertEquals(75.0, c.path("percent").asDouble(), 0);
        assertEquals(2, c.path("countedRounds").asInt());
        assertEquals("2 remaining at 3 per round", 1, c.path("roundsNeeded").asInt());
        assertEquals(1, c.path("reinspected").size());
        assertEquals("聊城市教育和体育局党组", c.path("reinspected").get(0).path("name").asText());
        assertEquals("[1,2]", c.path("reinspected").get(0).path("roundNumbers").toString());
        JsonNode second = find(c.path("rounds"), "roundId", String.valueOf(round2));
        assertEquals(2, second.path("newlyCovered").asInt());
        assertEquals(1, second.path("reinspected").asInt());
        assertEquals(4, find(c.path("rounds"), "roundId", String.valueOf(round1)).path("newlyCovered").asInt());
    }

    private void aGroupMemberSeesOnlyTheirRound(long term, long round1, long round2) {
        Api member = accounts.user("rp-member", DIVISION, persons.get("赵组员"), "group-member");
        JsonNode rounds = member.get("/round-planning/rounds").expect(200);
        assertEquals(List.of(String.valueOf(round1)), texts(rounds.path("items"), "id"));
        JsonNode own = member.get("/round-planning/rounds/" + round1).expect(200);
        assertEquals(List.of("第一巡察组"), texts(own.path("groups"), "name"));
        assertEquals(4, own.path("targets").size());
        Api.Response other = member.get("/round-planning/rounds/" + round2);
        assertEquals(other.text(), 403, other.status());
        assertEquals("out_of_scope", other.json().path("code").asText());
        assertEquals(403, member.get("/round-planning/rounds/" + round2 + "/groups").status());
        assertEquals("no coverage for group roles", 403, member.get("/round-planning/terms/" + term + "/coverage").status());
        assertEquals(403, member.post("/round-planning/rounds/" + round1 + "/stage", Map.of("to", "FIELDWORK")).status());
    }

    private void consoleAndExports(long term, long round1) throws Exception {
        String list = console("rp-office", "xuncha:round-list --term " + term);
        assertTrue(list, list.contains("第1轮巡察") && list.contains("第2轮巡察") && list.contains("共 2 个轮次"));
        String coverage = console("rp-office", "xuncha:round-coverage " + term);
        assertTrue(coverage, coverage.contains("6 / 8 = 75.0%"));
        String advance = console("rp-office", "xuncha:round-advance " + round1);
        assertTrue(advance, advance.contains("已进入“了解”阶段"));
        String refused = console("rp-office", "xuncha:round-advance " + round1 + " ARCHIVE");
        assertTrue(refused, refused.contains("不能从“了解”阶段转到“归档”阶段"));
        String shown = console("rp-office", "xuncha:round-show " + round1);
        assertTrue(shown, shown.contains("第一巡察组") && shown.contains("聊巡授〔2026〕1号"));

        SpreadsheetService sheets = service(SpreadsheetService.class);
        Api.Response plan = office.get("/round-planning/rounds/" + round1 + "/plan.xlsx");
        assertEquals(200, plan.status());
        assertTrue(plan.header("Content-Type"), plan.header("Content-Type").startsWith("application/vnd.openxmlformats"));
        // the office saves the file under the round's Chinese name
        String roundName = office.get("/round-planning/rounds/" + round1).expect(200).path("round").path("name").asText();
        assertTrue(plan.header("Content-Disposition"), plan.header("Content-Disposition").contains("filename*=UTF-8''"
                + java.net.URLEncoder.encode(roundName + "方案.xlsx", java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")));
        List<List<String>> planRows = sheets.readFirstSheet(new ByteArrayInputStream(plan.bytes()));
        assertTrue(planRows.toString(), planRows.stream().anyMatch(row -> row.equals(List.of("当前阶段", "了解"))));
        Api.Response table = office.get("/round-planning/terms/" + term + "/coverage.xlsx");
        assertEquals(200, table.status());
        List<List<String>> coverageRows = sheets.readFirstSheet(new ByteArrayInputStream(table.bytes()));
        assertTrue(coverageRows.toString(), coverageRows.stream().anyMatch(row -> row.equals(List.of("覆盖率（%）", "75"))));
    }

    private void deadlinesBecomeOverdueAndAreAnnouncedOnce(long term, long round1, long round2, LocalDate start) throws Exception {
        LocalDate fieldStart = LocalDate.parse(office.get("/round-planning/rounds/" + round1).expect(200).path("round").path("actualStart").asText());
        assertEquals("nothing is overdue yet", 0, office.get("/round-planning/rounds/overdue").expect(200).size());
        // a third round, planned to enter in 60 days, becomes overdue only when the clock passes that day
        long round3 = office.post("/round-planning/rounds", Map.of("termId", term, "type", "MOBILE", "plannedStart", start.plusDays(60).toString(),
                "plannedEnd", start.plusDays(80).toString())).expect(201).path("id").asLong();

        setClockOffset("P45D");
        office = accounts.user("rp-office", DIVISION, null, "office-staff");     // the sessions expired meanwhile
        JsonNode overdue = office.get("/round-planning/rounds/overdue").expect(200);
        LocalDate today = today();
        JsonNode fieldwork = find(overdue, "roundId", String.valueOf(round1));
        assertEquals("STAGE", fieldwork.path("kind").asText());
        assertEquals("FIELDWORK", fieldwork.path("stage").asText());
        LocalDate due = fieldStart.plusDays(40);
        assertEquals("40 days of fieldwork", due.toString(), fieldwork.path("due").asText());
        assertEquals(ChronoUnit.DAYS.between(due, today), fieldwork.path("daysOverdue").asLong());
        assertEquals("ENTRY", find(overdue, "roundId", String.valueOf(round2)).path("stage").asText());
        assertTrue("round 3 is not due yet", StreamSupport.stream(overdue.spliterator(), false)
                .noneMatch(d -> d.path("roundId").asLong() == round3));
        String console = console("rp-office", "xuncha:round-overdue");
        assertTrue(console, console.contains("共 2 项超期"));

        Wait.until(WAIT, () -> events(round1).size() == 1 && events(round2).size() == 1);
        Event e = events(round1).get(0);
        assertEquals("FIELDWORK", e.getProperty("to"));
        assertEquals(due.toString(), e.getProperty("due"));

        // 25 days later round 3 is overdue too: once its event arrives the check has run again since,
        // and the items already announced were not announced again
        setClockOffset("P70D");
        Wait.until(WAIT, () -> events(round3).size() == 1);
        assertEquals(1, events(round1).size());
        assertEquals(1, events(round2).size());
    }

    private void uninstallAndReinstallKeepTheData(long term, long round1) throws Exception {
        office = accounts.user("rp-office", DIVISION, null, "office-staff");
        JsonNode coverage = office.get("/round-planning/terms/" + term + "/coverage").expect(200);
        // lead transfer and interview records need round planning: while one of them is installed,
        // round planning cannot go, and the refusal names them
        List<String> dependents = new ArrayList<>();
        for (String module : List.of("lead-transfer", "interview-records")) {
            if (moduleIds().contains(module)) {
                dependents.add(module);
            }
        }
        if (!dependents.isEmpty()) {
            try {
                console("sysadmin", "xuncha:module-uninstall round-planning");
                throw new AssertionError("round planning was removed from under " + dependents);
            } catch (org.xuncha.platform.api.rest.ApiException refused) {
                assertEquals("required_by_other", refused.code());
                for (String module : dependents) {
                    assertTrue(refused.getMessage(), refused.getMessage().contains(module));
                }
            }
            assertTrue(moduleIds().contains("round-planning"));
            for (String module : dependents) {
                String out = console("sysadmin", "xuncha:module-uninstall " + module);
                assertTrue(out, out.contains("已卸载模块 " + module));
                Wait.until(WAIT, () -> !moduleIds().contains(module));
            }
        }
        FrameworkWatch watch = new FrameworkWatch(bundleContext, b -> b.getSymbolicName().startsWith("org.xuncha.roundplanning")).start();
        assertTrue("components to watch: " + watch.watchedComponents(), watch.watchedComponents() > 20);

        assertEquals("the module's console pages are served while it is installed", 200, consolePage());
        String out = console("sysadmin", "xuncha:module-uninstall round-planning");
        assertTrue(out, out.contains("已卸载模块 round-planning"));
        Wait.until(WAIT, () -> office.get("/round-planning/terms/" + term).status() == 404);
        assertEquals("its console pages went with it", 404, consolePage());
        assertFalse(moduleIds().contains("round-planning"));
        assertEquals("the platform keeps answering", 200, office.get("/platform/reference/units/" + units.get("LC-EDU")).status());
        List<String> touched = watch.stop();
        assertTrue("other bundles or components were touched: " + touched, touched.isEmpty());

        out = console("sysadmin", "xuncha:module-install round-planning");
        assertTrue(out, out.contains("已安装模块 round-planning"));
        Wait.until(WAIT, () -> office.get("/round-planning/terms/" + term).status() == 200);
        assertTrue(moduleIds().contains("round-planning"));
        Wait.until(WAIT, () -> consolePage() == 200);
        JsonNode again = office.get("/round-planning/terms/" + term + "/coverage").expect(200);
        assertEquals(coverage.path("coveredUnits"), again.path("coveredUnits"));
        assertEquals(coverage.path("rounds"), again.path("rounds"));
        assertEquals(3, office.get("/round-planning/terms/" + term + "/rounds").expect(200).path("total").asInt());
        JsonNode r1 = office.get("/round-planning/rounds/" + round1).expect(200);
        assertEquals("FIELDWORK", r1.path("round").path("stage").asText());
        assertEquals(2, r1.path("approvals").size());
        assertEquals(1, r1.path("amendments").size());
        for (String module : dependents) {
            out = console("sysadmin", "xuncha:module-install " + module);
            assertTrue(out, out.contains("已安装模块 " + module));
            Wait.until(WAIT, () -> moduleIds().contains(module));
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The status of the module's console entry, which its implementation bundle serves. */
    private static int consolePage() {
        return new Api(apiBase().replaceFirst("/api$", "/ui/modules/round-planning")).get("/index.js").status();
    }

    private Map<String, Object> member(String name, String role) {
        return Map.of("personId", persons.get(name), "role", role);
    }

    private List<Event> events(long round) {
        List<Event> result = new ArrayList<>();
        for (Event e : overdueEvents) {
            if (Long.valueOf(round).equals(e.getProperty("roundId"))) {
                result.add(e);
            }
        }
        return result;
    }

    private ServiceRegistration<EventHandler> listenForOverdue() {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, OVERDUE_TOPIC);
        return bundleContext.registerService(EventHandler.class, overdueEvents::add, props);
    }
    private List<String> moduleIds() {
        return texts(office.get("/platform/modules").expect(200), "id");
    }

}
