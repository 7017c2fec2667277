package org.xuncha.itests.pools;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.xuncha.itests.support.Accounts;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.PaxExamSupport;
import org.xuncha.itests.support.Todo;
import org.xuncha.itests.support.Wait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The personnel pools in the distribution, as an office uses them: staff put cadres forward for the
 * pools and keep their profiles, the office leader approves; the pool list exports; a round is
 * planned in round planning and people are drafted into its group: someone who worked in a target
 * unit is refused naming the 回避 rule and the fact, someone clear is seconded; a 双历认定 record's
 * certificate is generated as DOCX and PDF; a person's record lists the rounds served with evaluation's
 * results; a county office is kept out of the city's pools and rounds, while the city drafts a county
 * cadre into its round and into a cross inspection (not into the group inspecting his own county);
 * bad input is refused naming the fields; the module is
 * removed and installed again from the console while round planning keeps serving, and its data
 * come back with it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PersonnelPoolsIT extends PaxExamSupport {

    private static final String CITY = "371500";
    private static final String COUNTY = "371521";
    private static final String OTHER_COUNTY = "371522";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String ADMISSIONS = "personnel-pools.admissions-to-decide";
    private static final String ENTRIES = "/personnel-pools/entries";
    private static final String SECONDMENTS = "/personnel-pools/secondments";

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    @Test
    public void poolsSecondmentWithAvoidanceScopeBadInputAndHotRemoval() throws Exception {
        awaitApi();
        Accounts accounts = accounts();
        accounts.division(CITY, "聊城市", null);
        accounts.division(COUNTY, "阳谷县", CITY);
        accounts.division(OTHER_COUNTY, "莘县", CITY);
        Api anonymous = new Api(apiBase());
        awaitStatus(anonymous, ENTRIES, 401);
        Api staff = accounts.user("pp-staff", CITY, null, "office-staff");
        Api leader = accounts.user("pp-leader", CITY, null, "office-leader");
        Api county = accounts.user("pp-county", COUNTY, null, "office-leader");

        long office = unit(staff, "PP-XCB", "中共聊城市委巡察工作领导小组办公室", CITY);
        long edu = unit(staff, "PP-EDU", "聊城市教育和体育局党组", CITY);
        long health = unit(staff, "PP-HEALTH", "聊城市卫生健康委员会党组", CITY);
        long countyUnit = unit(staff, "PP-YG", "阳谷县审计局党组", COUNTY);
        long chief = person(staff, "赵组长", office, "正处级");
        long auditor = person(staff, "钱审计", office, "正科级");
        long former = person(staff, "孙曾任", office, "正科级");
        long countyCadre = person(staff, "李县干", countyUnit, "正科级");

        // admission: applied for by staff (201, pending), approved by the office leader; staff may not approve
        JsonNode applied = staff.post(ENTRIES, Map.of("personId", chief, "pool", "LEADER", "source", "专职", "reason", "长期从事巡察工作"))
                .expect(201);
        assertEquals("PENDING_ADMISSION", applied.path("status").asText());
        long chiefEntry = applied.path("id").asLong();
        assertEquals(403, staff.post(ENTRIES + "/" + chiefEntry + "/decision", Map.of("approve", true)).status());
        // the to-do (待办): the application waits for the office leader, not for staff nor for the county
        assertEquals("the approver's to-do", 1, Todo.count(leader, ADMISSIONS));
        assertEquals("staff decide nothing", 0, Todo.count(staff, ADMISSIONS));
        assertEquals("not the county's", 0, Todo.count(county, ADMISSIONS));
        assertEquals("ACTIVE", leader.post(ENTRIES + "/" + chiefEntry + "/decision", Map.of("approve", true, "note", "同意")).expect(200)
                .path("status").asText());
        assertEquals("decided: gone from the to-do", 0, Todo.count(leader, ADMISSIONS));
        // profiles: specialties, employment history, a declared relative (stored encrypted)
        staff.put("/personnel-pools/profiles/" + auditor, Map.of("specialties", List.of("审计", "纪检监察"))).expect(200);
        staff.put("/personnel-pools/profiles/" + former, Map.of("specialties", List.of("财务"),
                "history", List.of(Map.of("unitId", edu, "fromYear", 2012, "toYear", 2018)),
                "relatives", List.of(Map.of("unitId", health, "relation", "配偶", "note", "护士-" + RUN)))).expect(200);
        assertEquals("配偶", leader.get("/personnel-pools/profiles/" + former).expect(200).path("relatives").get(0).path("relation").asText());
        for (long p : new long[] {auditor, former}) {
            long id = staff.post(ENTRIES, Map.of("personId", p, "pool", "MEMBER", "reason", "优秀年轻干部")).expect(201).path("id").asLong();
            leader.post(ENTRIES + "/" + id + "/decision", Map.of("approve", true)).expect(200);
        }
        // an eligibility refusal names the rule
        JsonNode notEligible = staff.post(ENTRIES, Map.of("personId", auditor, "pool", "LEADER", "reason", "推荐")).expect(409);
        assertEquals("not_eligible", notEligible.path("code").asText());
        assertEquals("eligibility.rank", notEligible.path("fields").get(0).path("code").asText());

        // the list pages and filters; the export is a workbook with a Chinese file name
        JsonNode members = leader.get(ENTRIES + "?pool=member&sort=personName").expect(200);
        assertEquals(2, members.path("total").asInt());
        assertEquals(1, leader.get(ENTRIES + "?specialty=" + java.net.URLEncoder.encode("审计", "UTF-8")).expect(200).path("total").asInt());
        Api.Response export = leader.get(ENTRIES + "/export");
        assertEquals(export.text(), 200, export.status());
        assertTrue(export.header("Content-Disposition"), export.header("Content-Disposition").contains("filename*=UTF-8''"));
        assertEquals('P', (char) export.bytes()[0]);

        // a round with two targets, the group inspecting the education bureau led by the chief
        LocalDate today = LocalDate.now();
        long term = staff.post("/round-planning/terms", Map.of("name", "中共聊城市第十四届委员会" + RUN, "divisionCode", CITY,
                "startDate", today.minusYears(2).toString(), "endDate", today.plusYears(3).toString())).expect(201).path("id").asLong();
        long round = staff.post("/round-planning/rounds", Map.of("termId", term, "number", 1, "name", "十四届市委第一轮巡察", "type", "REGULAR",
                "plannedStart", today.plusDays(10).toString(), "plannedEnd", today.plusDays(50).toString())).expect(201).path("id").asLong();
        staff.post("/round-planning/rounds/" + round + "/targets", Map.of("unitIds", List.of(edu, health))).expect(201);
        long group = staff.post("/round-planning/rounds/" + round + "/groups", Map.of("name", "第一巡察组",
                "members", List.of(Map.of("personId", chief, "role", "LEADER")), "targetUnitIds", List.of(edu))).expect(201).path("id").asLong();

        // 回避: the check names the rule and the fact; the secondment is refused with them, in both languages
        JsonNode check = staff.get(SECONDMENTS + "/check?roundId=" + round + "&groupId=" + group + "&personId=" + former).expect(200);
        assertEquals("avoid.worked_in_target", check.path("findings").get(0).path("rule").asText());
        assertTrue(check.toString(), check.path("findings").get(0).path("factZh").asText().contains("2012—2018年"));
        JsonNode refused = staff.post(SECONDMENTS, Map.of("roundId", round, "groupId", group, "personId", former, "role", "MEMBER")).expect(409);
        assertEquals("avoidance_required", refused.path("code").asText());
        assertEquals("avoid.worked_in_target", refused.path("fields").get(0).path("code").asText());
        assertTrue(refused.toString(), !refused.path("message").asText().isBlank() && !refused.path("messageEn").asText().isBlank());
        assertTrue("the relation never leaves the profile", !refused.toString().contains("配偶"));
        // someone clear is seconded; the group lacks nothing the auditor could fill any more
        JsonNode seconded = staff.post(SECONDMENTS, Map.of("roundId", round, "groupId", group, "personId", auditor, "role", "MEMBER")).expect(201);
        assertEquals(auditor, seconded.path("personId").asLong());
        assertEquals(1, staff.get(SECONDMENTS + "?roundId=" + round).expect(200).size());
        JsonNode suggestions = staff.get(SECONDMENTS + "/suggestions?roundId=" + round + "&groupId=" + group).expect(200);
        assertEquals("whoever is in the group or seconded to the round is no candidate", 1, suggestions.size());
        assertEquals(former, suggestions.get(0).path("personId").asLong());
        assertEquals("avoid.worked_in_target", suggestions.get(0).path("findings").get(0).path("rule").asText());

        // training: a pre-round training by a trainer of the trainer pool; the round's check lists who was seconded and missed it
        String trainings = "/personnel-pools/trainings";
        long trainerEntry = staff.post(ENTRIES, Map.of("personId", chief, "pool", "TRAINER", "reason", "授课")).expect(201).path("id").asLong();
        leader.post(ENTRIES + "/" + trainerEntry + "/decision", Map.of("approve", true)).expect(200);
        LocalDate day = today();
        JsonNode notTrainer = staff.post(trainings, Map.of("kind", "ROUND", "title", "巡前培训", "trainerPersonId", auditor, "date", day.toString(),
                "hours", 4)).expect(400);
        assertEquals(Set.of("roundId:required", "trainerPersonId:not_trainer"), fieldCodes(notTrainer));
        JsonNode training = staff.post(trainings, Map.of("kind", "ROUND", "roundId", round, "title", "十四届市委第一轮巡察巡前培训",
                "trainerPersonId", chief, "date", day.toString(), "hours", 4, "location", "市委党校", "inviteeIds", List.of(auditor, chief))).expect(201);
        long trainingId = training.path("id").asLong();
        assertEquals("赵组长", training.path("trainerName").asText());
        JsonNode missing = staff.get(trainings + "/round-attendance?roundId=" + round).expect(200);
        assertEquals("the group leader and the seconded auditor", 2, missing.path("seconded").asInt());
        assertEquals(Set.of("赵组长", "钱审计"), Set.copyOf(texts(missing.path("missing"), "name")));
        // the office signs the auditor in; the leader signs themselves in from an account linked to them
        staff.post(trainings + "/" + trainingId + "/attendance", Map.of("personId", auditor)).expect(200);
        assertEquals("already_signed_in", staff.post(trainings + "/" + trainingId + "/attendance", Map.of("personId", auditor)).expect(409)
                .path("code").asText());
        Api attendee = accounts.user("pp-attendee", CITY, chief, "group-leader");
        assertEquals(403, attendee.get(trainings + "/" + trainingId).status());
        JsonNode signed = attendee.post(trainings + "/" + trainingId + "/sign-in", Map.of()).expect(200);
        assertTrue(signed.toString(), signed.path("attendees").findValues("signedInBy").stream().anyMatch(v -> v.asText().equals("pp-attendee")));
        assertEquals(0, staff.get(trainings + "/round-attendance?roundId=" + round).expect(200).path("missing").size());
        JsonNode hours = staff.get(trainings + "/hours?year=" + day.getYear()).expect(200);
        assertEquals(2, hours.size());
        assertEquals(4, hours.get(0).path("hours").asInt());
        assertEquals(1, staff.get(trainings + "?year=" + day.getYear() + "&kind=ROUND").expect(200).path("total").asInt());
        assertEquals(0, county.get(trainings).expect(200).path("total").asInt());
        assertEquals(403, county.get(trainings + "/" + trainingId).status());
        assertFields(staff.get(trainings + "?kind=LECTURE"), "kind");
        assertFields(staff.get(trainings + "/hours"), "year");

        // materials (课件) in the attachment store: a Chinese file name comes back as it went in; the type is the
        // extension's; other types are refused in both languages; withdrawn before the training's day, not on it
        String materials = trainings + "/" + trainingId + "/materials";
        JsonNode material = staff.postBytes(materials + "?filename=" + java.net.URLEncoder.encode("巡察工作条例解读.pdf", "UTF-8"),
                "%PDF-1.7 课件".getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/octet-stream").expect(201);
        assertEquals(List.of("巡察工作条例解读.pdf"), texts(leader.get(materials).expect(200), "filename"));
        Api.Response file = leader.get(materials + "/" + material.path("id").asLong());
        assertEquals(file.text(), 200, file.status());
        assertTrue(file.header("Content-Type"), file.header("Content-Type").startsWith("application/pdf"));
        assertTrue(file.header("Content-Disposition"), file.header("Content-Disposition").contains("filename*=UTF-8''"
                + java.net.URLEncoder.encode("巡察工作条例解读.pdf", "UTF-8").replace("+", "%20")));
        assertEquals("%PDF-1.7 课件", file.text());
        assertFields(staff.postBytes(materials + "?filename=setup.exe", new byte[] {'M', 'Z'}, "application/octet-stream"), "filename");
        assertEquals("training_held", staff.delete(materials + "/" + material.path("id").asLong()).expect(409).path("code").asText());
        long lecture = staff.post(trainings, Map.of("kind", "WEEKLY_LECTURE", "title", "每周大讲堂" + RUN, "trainerPersonId", chief,
                "date", day.plusDays(7).toString(), "hours", 2, "divisionCode", CITY)).expect(201).path("id").asLong();
        long slides = staff.postBytes(trainings + "/" + lecture + "/materials?filename=" + java.net.URLEncoder.encode("讲稿.pptx", "UTF-8"),
                new byte[] {'P', 'K'}, "application/octet-stream").expect(201).path("id").asLong();
        assertEquals(204, staff.delete(trainings + "/" + lecture + "/materials/" + slides).status());
        assertEquals(0, staff.get(trainings + "/" + lecture + "/materials").expect(200).size());
        assertEquals("material of another training", 404, leader.get(trainings + "/" + lecture + "/materials/" + material.path("id").asLong()).status());
        JsonNode audited = accounts.auditor().get("/platform/audit?entityType=attachment&size=50").expect(200);
        assertTrue("storing, reading and deleting materials is audited: " + audited, audited.path("total").asInt() >= 3);

        // incentives: 双历认定 for everyone who served, as a list and a workbook; 单独评优 nominated by the group leader,
        // approved by the office, published
        String incentives = "/personnel-pools/incentives";
        assertEquals(2, staff.post(incentives + "/dual-records", Map.of("roundId", round)).expect(201).size());
        assertEquals("already_issued", staff.post(incentives + "/dual-records", Map.of("roundId", round, "personIds", List.of(auditor)))
                .expect(409).path("code").asText());
        assertEquals(Set.of("personIds:not_served"), fieldCodes(staff.post(incentives + "/dual-records",
                Map.of("roundId", round, "personIds", List.of(former))).expect(400)));
        assertEquals(2, leader.get(incentives + "/dual-records?roundId=" + round).expect(200).size());
        Api.Response dualExport = leader.get(incentives + "/dual-records/export?roundId=" + round);
        assertEquals(dualExport.text(), 200, dualExport.status());
        assertTrue(dualExport.header("Content-Disposition"), dualExport.header("Content-Disposition").contains("filename*=UTF-8''"));
        // one record's 双历认定证明, laid out by the platform's document service as DOCX or PDF
        long dualId = leader.get(incentives + "/dual-records?roundId=" + round).expect(200).get(0).path("id").asLong();
        Api.Response certificate = leader.get(incentives + "/dual-records/" + dualId + "/certificate");
        assertEquals(certificate.text(), 200, certificate.status());
        assertEquals('P', (char) certificate.bytes()[0]);
        assertTrue(certificate.header("Content-Disposition"), certificate.header("Content-Disposition").contains(".docx"));
        Api.Response pdf = leader.get(incentives + "/dual-records/" + dualId + "/certificate?format=pdf");
        assertEquals(pdf.text(), 200, pdf.status());
        assertEquals('%', (char) pdf.bytes()[0]);
        assertEquals(Set.of("format:invalid"), fieldCodes(leader.get(incentives + "/dual-records/" + dualId + "/certificate?format=xls").expect(400)));
        assertEquals(403, county.get(incentives + "/dual-records/" + dualId + "/certificate").status());
        // the profile's record: the round served, with the group's evaluation (installed; this round's ranking is not published)
        Wait.until(Duration.ofSeconds(120), () -> leader.get("/evaluation/talks").status() == 200);
        JsonNode record = leader.get("/personnel-pools/profiles/" + chief + "/record").expect(200);
        assertEquals(record.toString(), "SHOWN", record.path("evaluations").asText());
        assertEquals(record.toString(), round, record.path("rounds").get(0).path("roundId").asLong());
        assertEquals(record.toString(), "第一巡察组", record.path("rounds").get(0).path("groupName").asText());
        assertEquals("the city's round is out of the county's scope", 403,
                county.post(incentives + "/nominations", Map.of("roundId", round, "personId", auditor, "reason", "x")).status());
        assertEquals(Set.of("personId:not_served"), fieldCodes(attendee.post(incentives + "/nominations",
                Map.of("roundId", round, "personId", former, "reason", "未参加本轮")).expect(400)));
        long nomination = attendee.post(incentives + "/nominations", Map.of("roundId", round, "personId", auditor, "reason", "发现重要问题线索"))
                .expect(201).path("id").asLong();
        assertEquals(0, leader.get(incentives + "/excellence?roundId=" + round).expect(200).size());
        assertEquals(403, staff.post(incentives + "/nominations/" + nomination + "/decision", Map.of("approve", true)).status());
        assertEquals("APPROVED", leader.post(incentives + "/nominations/" + nomination + "/decision", Map.of("approve", true, "note", "同意"))
                .expect(200).path("status").asText());
        assertEquals(List.of("钱审计"), texts(leader.get(incentives + "/excellence?roundId=" + round).expect(200), "personName"));
        assertEquals(403, county.get(incentives + "/excellence?roundId=" + round).status());

        // the dashboard figures
        JsonNode stats = leader.get("/personnel-pools/statistics?year=" + day.getYear()).expect(200);
        assertEquals(stats.toString(), 2, stats.path("byPool").path("MEMBER").asInt());
        assertEquals(stats.toString(), 1, stats.path("bySpecialty").path("审计").asInt());
        assertEquals(stats.toString(), 8, stats.path("trainingHours").asInt());
        assertEquals(stats.toString(), 1.0, stats.path("attendanceRate").asDouble(), 0.0001);
        assertEquals(stats.toString(), 1, stats.path("secondmentsByYear").path(String.valueOf(today.plusDays(10).getYear())).asInt());

        // the console: a pool listed, a person checked against the round
        String listed = console("pp-leader", "xuncha:personnel-pools-list MEMBER");
        assertTrue(listed, listed.contains("钱审计") && listed.contains("孙曾任") && listed.contains("total: 2"));
        String checked = console("pp-staff", "xuncha:personnel-pools-check -g " + group + " " + round + " " + former);
        assertTrue(checked, checked.contains("avoid.worked_in_target") && checked.contains("2012—2018年"));

        // scope: the county office sees neither the city's pools nor its rounds, and cannot draft into the city pool
        assertEquals(0, county.get(ENTRIES).expect(200).path("total").asInt());
        assertEquals(403, county.get(ENTRIES + "/" + chiefEntry).status());
        assertEquals(403, county.get(SECONDMENTS + "/check?roundId=" + round + "&personId=" + countyCadre).status());
        assertEquals(403, county.post(ENTRIES, Map.of("personId", chief, "pool", "MEMBER", "reason", "借调")).status());
        long countyEntry = county.post(ENTRIES, Map.of("personId", countyCadre, "pool", "MEMBER", "reason", "县级推荐")).expect(201).path("id").asLong();
        county.post(ENTRIES + "/" + countyEntry + "/decision", Map.of("approve", true)).expect(200);
        // every other way a county office could reach the city's pools, profiles, secondments and trainings: none answers
        Map<String, Api.Response> outOfScope = new java.util.LinkedHashMap<>();
        outOfScope.put("decide a city entry", county.post(ENTRIES + "/" + chiefEntry + "/decision", Map.of("approve", false, "note", "县级")));
        outOfScope.put("exit from a city pool", county.post(ENTRIES + "/" + chiefEntry + "/exit", Map.of("reason", "县级")));
        outOfScope.put("read a city profile", county.get("/personnel-pools/profiles/" + former));
        outOfScope.put("write a city profile", county.put("/personnel-pools/profiles/" + former, Map.of("specialties", List.of("财务"))));
        outOfScope.put("list a city round's secondments", county.get(SECONDMENTS + "?roundId=" + round));
        outOfScope.put("suggestions for a city group", county.get(SECONDMENTS + "/suggestions?roundId=" + round + "&groupId=" + group));
        outOfScope.put("draft own cadre into a city round", county.post(SECONDMENTS, Map.of("roundId", round, "personId", countyCadre, "role", "MEMBER")));
        outOfScope.put("draft into a city group", county.post(SECONDMENTS, Map.of("roundId", round, "groupId", group, "personId", countyCadre,
                "role", "MEMBER")));
        outOfScope.put("sign in at a city training", county.post(trainings + "/" + trainingId + "/attendance", Map.of("personId", countyCadre)));
        outOfScope.put("invite to a city training", county.post(trainings + "/" + trainingId + "/invitees", Map.of("personIds", List.of(countyCadre))));
        outOfScope.put("a city training's materials", county.get(materials));
        outOfScope.put("download a city material", county.get(materials + "/" + material.path("id").asLong()));
        outOfScope.put("upload to a city training", county.postBytes(materials + "?filename=x.pdf", new byte[] {'%'}, "application/octet-stream"));
        outOfScope.put("delete a city material", county.delete(trainings + "/" + lecture + "/materials/" + material.path("id").asLong()));
        outOfScope.put("city round's training check", county.get(trainings + "/round-attendance?roundId=" + round));
        outOfScope.put("city 双历 records", county.get(incentives + "/dual-records?roundId=" + round));
        outOfScope.put("issue 双历 for a city round", county.post(incentives + "/dual-records", Map.of("roundId", round)));
        outOfScope.put("decide a city nomination", county.post(incentives + "/nominations/" + nomination + "/decision", Map.of("approve", false,
                "note", "县级")));
        outOfScope.forEach((what, r) -> assertEquals(what + ": " + r.text(), 403, r.status()));
        assertEquals("the county's lists hold none of the city's", 0, county.get(incentives + "/dual-records").expect(200).size());
        assertEquals("the city entry is untouched", "ACTIVE", leader.get(ENTRIES + "/" + chiefEntry).expect(200).path("status").asText());
        assertEquals("nothing was seconded by the county", 1, staff.get(SECONDMENTS + "?roundId=" + round).expect(200).size());
        // the city drafts the county's cadre into its own round (a cross inspection draws on the counties)
        staff.post(SECONDMENTS, Map.of("roundId", round, "personId", countyCadre, "role", "MEMBER")).expect(201);
        // and into a cross inspection of the counties: not to the group inspecting his own county (地域回避), to the other
        long cross = staff.post("/round-planning/rounds", Map.of("termId", term, "number", 2, "name", "十四届市委第二轮巡察（交叉）", "type", "CROSS",
                "plannedStart", today.plusDays(100).toString(), "plannedEnd", today.plusDays(140).toString())).expect(201).path("id").asLong();
        long ownCounty = unit(staff, "PP-YG-WATER", "阳谷县水利局党组", COUNTY);
        long otherCounty = unit(staff, "PP-SX", "莘县审计局党组", OTHER_COUNTY);
        staff.post("/round-planning/rounds/" + cross + "/targets", Map.of("unitIds", List.of(ownCounty, otherCounty))).expect(201);
        long toOwn = staff.post("/round-planning/rounds/" + cross + "/groups", Map.of("name", "交叉巡察第一组", "members", List.of(),
                "targetUnitIds", List.of(ownCounty))).expect(201).path("id").asLong();
        long toOther = staff.post("/round-planning/rounds/" + cross + "/groups", Map.of("name", "交叉巡察第二组", "members", List.of(),
                "targetUnitIds", List.of(otherCounty))).expect(201).path("id").asLong();
        JsonNode own = staff.post(SECONDMENTS, Map.of("roundId", cross, "groupId", toOwn, "personId", countyCadre, "role", "MEMBER")).expect(409);
        assertEquals(own.toString(), "avoid.own_county_cross", own.path("fields").get(0).path("code").asText());
        staff.post(SECONDMENTS, Map.of("roundId", cross, "groupId", toOther, "personId", countyCadre, "role", "MEMBER")).expect(201);

        // bad input: every field named, in both languages; typed parameters are checked by the platform
        assertFields(staff.post(ENTRIES, Map.of()), "personId", "pool", "reason");
        assertFields(staff.post(ENTRIES, Map.of("personId", former, "pool", "MEMBER", "reason", "x", "status", "ACTIVE")), "status");
        assertFields(staff.post(ENTRIES, Map.of("personId", 99_999_999, "pool", "MEMBER", "reason", "查无此人")), "personId");
        assertFields(staff.get(ENTRIES + "?pool=CHIEF"), "pool");
        assertFields(staff.get(ENTRIES + "/abc"), "id");
        assertFields(staff.get(SECONDMENTS + "/check?personId=" + former), "roundId");
        assertFields(staff.put("/personnel-pools/profiles/" + former, Map.of("history", List.of(Map.of("unitId", edu, "fromYear", 2019, "toYear", 2012)))),
                "history[0].toYear");
        assertFields(staff.post(SECONDMENTS, Map.of("roundId", round, "personId", former, "role", "MEMBER", "waive", List.of("avoid.worked_in_target"))),
                "justification");

        // removed from the console while round planning serves on; installed again, with its data
        String out = console("sysadmin", "xuncha:module-uninstall personnel-pools");
        assertTrue(out, out.contains("已卸载模块 personnel-pools"));
        assertEquals("module_not_installed", awaitStatus(anonymous, ENTRIES, 404).json().path("code").asText());
        assertEquals(200, staff.get("/round-planning/rounds/" + round + "/groups").status());
        out = console("sysadmin", "xuncha:module-install personnel-pools");
        assertTrue(out, out.contains("已安装模块 personnel-pools"));
        awaitStatus(anonymous, ENTRIES, 401);
        assertEquals("three cadres, the trainer and the county's cadre", 5, leader.get(ENTRIES + "?status=ACTIVE").expect(200).path("total").asInt());
    }

    private static Api.Response awaitStatus(Api api, String path, int status) {
        AtomicReference<Api.Response> last = new AtomicReference<>();
        try {
            Wait.until(Duration.ofSeconds(120), () -> {
                last.set(api.get(path));
                return last.get().status() == status;
            });
        } catch (ConditionTimeoutException e) {
            Api.Response r = last.get();
            throw new AssertionError("expected " + status + " from " + path + ", last answer: " + (r == null ? "none" : r.status() + " " + r.text()), e);
        }
        return last.get();
    }

    private static Set<String> fieldCodes(JsonNode body) {
        Set<String> out = new java.util.HashSet<>();
        body.path("fields").forEach(f -> out.add(f.path("field").asText() + ":" + f.path("code").asText()));
        return out;
    }

    private static long unit(Api office, String code, String name, String division) {
        return office.post("/platform/reference/units", Map.of("code", code + "-" + RUN, "name", name, "divisionCode", division, "active", true))
                .expect(201).path("id").asLong();
    }

    private static long person(Api office, String name, long unit, String rank) {
        return office.post("/platform/reference/persons", Map.of("name", name, "unitId", unit, "post", "干部", "rank", rank, "leadership", "STAFF",
                "active", true)).expect(201).path("id").asLong();
    }

    /** A 400 whose field errors are exactly these fields, each with a Chinese and an English message. */
    private static void assertFields(Api.Response response, String... fields) {
        JsonNode body = response.expect(400);
        Map<String, JsonNode> byField = new HashMap<>();
        body.path("fields").forEach(f -> byField.put(f.path("field").asText(), f));
        assertEquals(body.toString(), Set.of(fields), byField.keySet());
        byField.values().forEach(f -> assertTrue(f.toString(), !f.path("message").asText().isBlank() && !f.path("messageEn").asText().isBlank()));
    }
}
