package org.xuncha.itests.interviews;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.xuncha.itests.support.Accounts;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.FrameworkWatch;
import org.xuncha.itests.support.PaxExamSupport;
import org.xuncha.itests.support.Todo;
import org.xuncha.itests.support.Wait;
import org.xuncha.leadtransfer.api.LeadIntake;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A group plans its individual interviews at a unit and is told whom of the unit's leadership the
 * mandatory topic misses; its members write, sign off and correct records over REST; what was said
 * is nowhere in the database file or the logs in clear; every read is in the audit trail, which the
 * auditor reads without seeing any content; another group's member, business roles without access
 * and the auditor are refused; the group leader compiles and exports the top-leader dossier; and
 * problems and leads raised while lead transfer is absent wait, then go through when the
 * administrator installs that module from the console,
 * without the interview module being restarted.
 *
 * <p>Methods run in name order on one container and build on each other's data.</p>
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class InterviewRecordsIT extends PaxExamSupport {

    private static final String DIVISION = "371500";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    /** What was said: must never be found in clear outside an authorised answer. */
    private static final String SAID = "一把手在工程项目招标中打招呼-" + "SAID" + RUN;
    private static final String ABOUT_TOP = "反映一把手八小时以外经常出入私人会所-" + "ABOUT" + RUN;
    private static final String LETTER = "来信反映违规发放津贴补贴-" + "LETTER" + RUN;
    private static final String LEAD = "一把手涉嫌插手工程招投标-" + "LEAD" + RUN;
    private static final String SCAN = "签字页扫描件-" + "SCAN" + RUN;
    /** Stored in clear (the place): proves the rows have reached the database file. */
    private static final String PLACE = "PLACE" + RUN;

    /** Shared by the methods, in the order they run. */
    private static Fixture f;
    private static long planId;
    private static long topRecordId;
    private static long middleRecordId;
    private static long deputyRecordId;
    private static long letterId;

    private static final String OUTLINES = "interview-records.outlines-missing-topic";
    private static final String TO_SIGN = "interview-records.records-to-sign";

    private record Fixture(Accounts accounts, Api office, Api leader, Api member, Api member2, Api otherGroup, Api officeLeader,
                           Api discipline, long unit, long otherUnit, long top, long deputy, long deputy2, long middle,
                           long pLeader, long pMember, long pMember2, long round, long group, long templateTop,
                           long templateDeputy, long templateStaff) {
    }

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    private Fixture fixture() {
        if (f != null) {
            return f;
        }
        awaitApi();
        awaitModules();
        Accounts accounts = accounts();
        accounts.sysadmin();
        accounts.division(DIVISION, "聊城市", null);
        Api office = accounts.user("ivr-office", DIVISION, null, "office-staff");
        office.put("/platform/reference/divisions/" + DIVISION, Map.of("nameZh", "聊城市", "level", "CITY")).expectSaved();
        long unit = unit(office, "IVR-EDU", "聊城市教育和体育局党组");
        long otherUnit = unit(office, "IVR-HEALTH", "聊城市卫生健康委员会党组");
        long inspectors = unit(office, "IVR-XCB", "中共聊城市委巡察工作领导小组办公室");
        long top = person(office, "张明", unit, "党组书记、局长", "TOP_LEADER");
        long deputy = person(office, "李华", unit, "党组成员、副局长", "LEADING_GROUP");
        long deputy2 = person(office, "王强", unit, "党组成员、副局长", "LEADING_GROUP");
        long middle = person(office, "陈静", unit, "财务科科长", "MIDDLE_MANAGER");
        long pLeader = person(office, "赵组长", inspectors, "巡察组组长", "MIDDLE_MANAGER");
        long pMember = person(office, "钱组员", inspectors, "巡察组组员", "STAFF");
        long pMember2 = person(office, "孙组员", inspectors, "巡察组组员", "STAFF");
        long pOther = person(office, "周组员", inspectors, "巡察组组员", "STAFF");

        long[] round = RoundSetUp.roundWithTwoGroups(office, DIVISION, unit, otherUnit,
                List.of(member(pLeader, "LEADER"), member(pMember, "MEMBER"), member(pMember2, "MEMBER")),
                List.of(member(pOther, "LEADER")));

        Api member = accounts.user("ivr-member", DIVISION, pMember, "group-member");
        JsonNode templates = member.get("/interview-records/templates").expect(200);
        f = new Fixture(accounts, office, accounts.user("ivr-leader", DIVISION, pLeader, "group-leader"), member,
                accounts.user("ivr-member2", DIVISION, pMember2, "group-member"),
                accounts.user("ivr-other-group", DIVISION, pOther, "group-member"),
                accounts.user("ivr-office-leader", DIVISION, null, "office-leader"),
                accounts.user("ivr-discipline", DIVISION, null, "discipline-commission"),
                unit, otherUnit, top, deputy, deputy2, middle, pLeader, pMember, pMember2, round[0], round[1],
                template(templates, "一把手谈话提纲"), template(templates, "领导班子成员谈话提纲"), template(templates, "中层干部和一般干部职工谈话提纲"));
        return f;
    }

    @Test
    public void a_planFlagsTheLeadersTheMandatoryTopicMisses() throws Exception {
        Fixture x = fixture();

        // bad input: every problem at once, Chinese first
        JsonNode bad = x.member.post("/interview-records/plans", Map.of("roundId", x.round, "groupId", x.group, "unitId", x.unit, "title", "谈话安排",
                "interviews", List.of(interview("LEADING_GROUP", x.deputy, x.templateDeputy, List.of(x.pMember), x.pLeader + 1000)))).expect(400);
        assertEquals("谈话人应为两名以上不同的巡察组成员", field(bad, "interviews[0].interviewerIds").path("message").asText());
        assertEquals("At least two different group members must conduct the interview",
                field(bad, "interviews[0].interviewerIds").path("messageEn").asText());
        assertEquals("记录人须为本巡察组成员", field(bad, "interviews[0].recorderId").path("message").asText());

        // the top leader with the outline for top leaders, a deputy with an outline lacking the topic, nobody for the other deputy
        Map<String, Object> deputyWithoutTopic = interview("LEADING_GROUP", x.deputy, null, List.of(x.pLeader, x.pMember), x.pMember);
        deputyWithoutTopic.put("topics", List.of(Map.of("title", "分管领域工作情况")));
        JsonNode plan = x.member.post("/interview-records/plans", Map.of("roundId", x.round, "groupId", x.group, "unitId", x.unit,
                "title", "个别谈话安排（第一批）", "interviews", List.of(
                        interview("TOP_LEADER", x.top, x.templateTop, List.of(x.pLeader, x.pMember2), x.pMember),
                        deputyWithoutTopic,
                        interview("MIDDLE_MANAGER", x.middle, x.templateStaff, List.of(x.pMember, x.pMember2), x.pMember)))).expect(201);
        planId = plan.path("id").asLong();
        JsonNode check = plan.path("check");
        assertEquals(3, check.path("leadersRequired").asInt());
        assertEquals(1, check.path("leadersCovered").asInt());
        assertEquals(List.of(x.deputy + ":NOT_IN_OUTLINE", x.deputy2 + ":NOT_PLANNED"), missing(check));
        assertEquals(missing(check), missing(x.member.get("/interview-records/plans/missing-topics?roundId=" + x.round + "&unitId=" + x.unit)
                .expect(200)));
        // the to-do (待办): the group that plans sees the deputy's outline lacking the topic; the other group and the office do not
        assertEquals("the planning group's to-do", 1, Todo.count(x.member, OUTLINES));
        assertEquals("another group's", 0, Todo.count(x.otherGroup, OUTLINES));
        assertEquals("not the office's", 0, Todo.count(x.office, OUTLINES));

        String out = console("ivr-member", "xuncha:interview-missing-topics " + x.round + " " + x.unit);
        assertTrue(out, out.contains("王强") && out.contains("未安排个别谈话") && out.contains("李华") && out.contains("谈话提纲未列入必谈内容"));

        // planning the other deputy with the leading-group outline leaves only the first deputy missing
        x.member.post("/interview-records/plans/" + planId + "/interviews",
                interview("LEADING_GROUP", x.deputy2, x.templateDeputy, List.of(x.pLeader, x.pMember), x.pMember2)).expect(201);
        JsonNode after = x.member.get("/interview-records/plans/" + planId).expect(200);
        assertEquals(4, after.path("interviews").size());
        assertEquals(List.of(x.deputy + ":NOT_IN_OUTLINE"), missing(after.path("check")));
        out = console("ivr-member", "xuncha:interview-plans -r " + x.round);
        assertTrue(out, out.contains(String.valueOf(planId)) && out.contains("缺 1 人"));
    }

    @Test
    public void b_recordsAreEncryptedAtRestAndEveryReadIsAudited() throws Exception {
        Fixture x = fixture();
        JsonNode plan = x.member.get("/interview-records/plans/" + planId).expect(200);

        // the top leader's own interview, from the plan (interviewers, recorder and interviewee come from it)
        JsonNode created = x.member.post("/interview-records/records", record(planned(plan, x.top), List.of(
                Map.of("topicCode", "party-leadership", "topicTitle", "贯彻落实情况", "text", SAID)),
                List.of(Map.of("personId", x.deputy, "text", "李华分管工作推进有力")))).expect(201);
        topRecordId = created.path("id").asLong();
        assertEquals("DRAFT", created.path("status").asText());
        assertEquals("张明", created.path("intervieweeName").asText());
        assertTrue(created.path("coversMandatoryTopic").asBoolean());
        assertEquals("HELD", x.member.get("/interview-records/plans/" + planId).expect(200).path("interviews").get(0).path("status").asText());

        // a middle manager on the top leader; the first deputy's record says nothing on the mandatory topic
        middleRecordId = x.member.post("/interview-records/records", record(planned(plan, x.middle), List.of(
                Map.of("topicCode", "work-style", "topicTitle", "作风", "text", "会议较多")),
                List.of(Map.of("personId", x.top, "text", ABOUT_TOP)))).expect(201).path("id").asLong();
        JsonNode deputyRecord = x.member.post("/interview-records/records", record(planned(plan, x.deputy), List.of(
                Map.of("topicTitle", "分管领域工作情况", "text", "分管领域总体平稳")), List.of())).expect(201);
        deputyRecordId = deputyRecord.path("id").asLong();
        assertTrue(deputyRecord.path("missesMandatoryTopic").asBoolean());
        assertEquals("held: the outline no longer waits", 0, Todo.count(x.member, OUTLINES));
        assertEquals("three drafts wait for the recorder", 3, Todo.count(x.member, TO_SIGN));
        assertEquals("and for the group leader", 3, Todo.count(x.leader, TO_SIGN));
        assertEquals("not for another member", 0, Todo.count(x.member2, TO_SIGN));
        assertEquals("nor another group", 0, Todo.count(x.otherGroup, TO_SIGN));
        assertEquals("[" + deputyRecordId + "]", x.member.get("/interview-records/plans/missing-topics?roundId=" + x.round + "&unitId=" + x.unit)
                .expect(200).path("recordsMissingTopic").toString());

        // another member of the group reads it: in clear, and audited
        JsonNode read = x.member2.get("/interview-records/records/" + topRecordId).expect(200);
        assertEquals(SAID, read.path("sections").get(0).path("text").asText());

        // the scan of the signed paper record, attached
        String filename = java.net.URLEncoder.encode("谈话记录签字页.txt", StandardCharsets.UTF_8);
        long attachment = x.member.postBytes("/interview-records/records/" + topRecordId + "/attachments?filename=" + filename,
                SCAN.getBytes(StandardCharsets.UTF_8), "text/plain").expect(201).path("id").asLong();
        Api.Response scan = x.member2.get("/interview-records/records/" + topRecordId + "/attachments/" + attachment);
        assertEquals(SCAN, new String(scan.bytes(), StandardCharsets.UTF_8));

        // a letter during the round
        JsonNode letter = x.member.post("/interview-records/letters", Map.of("roundId", x.round, "groupId", x.group, "unitId", x.unit,
                "channel", "LETTER", "receivedOn", java.time.LocalDate.now().toString(), "content", LETTER,
                "concernsLeadingGroup", true)).expect(201);
        letterId = letter.path("id").asLong();
        assertEquals("a record's attachment is not reachable through a letter", "not_found",
                x.member2.get("/interview-records/letters/" + letterId + "/attachments/" + attachment).expect(404).path("code").asText());
        assertTrue(letter.path("content").asText().equals(LETTER) && letter.path("reporterName").isNull());
        JsonNode letters = x.member2.get("/interview-records/letters?unitId=" + x.unit).expect(200);
        assertEquals(1, letters.path("total").asInt());
        assertFalse("a list shows no content", letters.toString().contains("LETTER" + RUN));

        // at rest: the rows are in the database file (the place is stored in clear), what was said is not
        Path db = Path.of(System.getProperty("karaf.data"), "xuncha", "db");
        Wait.until(Duration.ofSeconds(60), () -> contains(db, PLACE));
        for (String secret : List.of(SAID, ABOUT_TOP, LETTER, SCAN)) {
            assertFalse("in clear in the database: " + secret, contains(db, secret) || contains(db, secret.substring(secret.indexOf('-') + 1)));
        }
        Path logs = Path.of(System.getProperty("karaf.data"), "log");
        for (String token : List.of("SAID" + RUN, "ABOUT" + RUN, "LETTER" + RUN, "SCAN" + RUN)) {
            assertFalse("in the logs: " + token, contains(logs, token));
        }

        // the auditor sees who read what, never the content, and cannot read the record
        Api auditor = x.accounts.auditor();
        JsonNode trail = auditor.get("/platform/audit?module=interview-records&entityType=record&entityId=" + topRecordId + "&size=100").expect(200);
        assertTrue(trail.toString(), entries(trail).stream().anyMatch(e -> e.path("action").asText().equals("READ")
                && e.path("actor").asText().equals("ivr-member2")));
        JsonNode all = auditor.get("/platform/audit?module=interview-records&size=500").expect(200);
        for (String token : List.of("SAID" + RUN, "ABOUT" + RUN, "LETTER" + RUN)) {
            assertFalse("in an audit summary: " + token, all.toString().contains(token));
        }
        assertEquals(403, auditor.get("/interview-records/records/" + topRecordId).status());

        // sign-off: by the recorder, once everyone has signed; then only a correction changes it
        assertEquals("not_recorder", x.member2.post("/interview-records/records/" + topRecordId + "/sign-off",
                Map.of("version", read.path("version").asLong())).expect(403).path("code").asText());
        assertEquals("not_ready", x.member.post("/interview-records/records/" + topRecordId + "/sign-off",
                Map.of("version", read.path("version").asLong())).expect(409).path("code").asText());
        JsonNode signed = signOff(x.member, read);
        assertEquals("SIGNED", signed.path("status").asText());
        assertEquals("ivr-member", signed.path("signedOffBy").asText());
        Map<String, Object> change = record(null, List.of(Map.of("text", "改动")), List.of());
        change.put("version", signed.path("version").asLong());
        assertEquals("signed", x.member.put("/interview-records/records/" + topRecordId, change).expect(409).path("code").asText());
        JsonNode corrected = x.member.post("/interview-records/records/" + topRecordId + "/corrections", Map.of("reason", "被谈话人补充说明",
                "sections", List.of(Map.of("topicCode", "party-leadership", "topicTitle", "贯彻落实情况", "text", SAID + "（补充：已当面核实）")),
                "leaderNotes", List.of(Map.of("personId", x.deputy, "text", "李华分管工作推进有力")),
                "version", signed.path("version").asLong())).expect(201);
        assertEquals(1, corrected.path("corrections").size());
        assertEquals(SAID, corrected.path("corrections").get(0).path("previousContent").asText().lines().skip(1).findFirst().orElse(""));
        assertEquals("SIGNED", corrected.path("status").asText());
        signOff(x.member, x.member.get("/interview-records/records/" + middleRecordId).expect(200));
        assertEquals("signed off: only the deputy's draft waits", 1, Todo.count(x.leader, TO_SIGN));
        assertEquals(1, Todo.count(x.member, TO_SIGN));
    }

    @Test
    public void c_othersAreRefused() {
        Fixture x = fixture();
        // a member of another group
        assertEquals("out_of_scope", x.otherGroup.get("/interview-records/records/" + topRecordId).expect(403).path("code").asText());
        assertEquals("out_of_scope", x.otherGroup.get("/interview-records/letters/" + letterId).expect(403).path("code").asText());
        assertEquals(0, x.otherGroup.get("/interview-records/records?unitId=" + x.unit).expect(200).path("total").asInt());
        assertEquals("out_of_scope", x.otherGroup.post("/interview-records/plans", Map.of("roundId", x.round, "groupId", x.group,
                "unitId", x.unit, "title", "越权")).expect(403).path("code").asText());
        assertEquals("out_of_scope", x.otherGroup.get("/interview-records/dossiers?roundId=" + x.round + "&unitId=" + x.unit)
                .expect(403).path("code").asText());
        // business roles without access
        for (Api refused : List.of(x.discipline, x.office)) {
            assertEquals(403, refused.get("/interview-records/records/" + topRecordId).status());
            assertEquals(403, refused.get("/interview-records/records?unitId=" + x.unit).status());
            assertEquals(403, refused.get("/interview-records/dossiers/export?roundId=" + x.round + "&unitId=" + x.unit).status());
        }
        // the office's leader reads
        assertEquals(SAID + "（补充：已当面核实）", x.officeLeader.get("/interview-records/records/" + topRecordId).expect(200)
                .path("sections").get(0).path("text").asText());
    }

    @Test
    public void d_theDossierIsCompiledFromSignedRecordsAndExported() throws Exception {
        Fixture x = fixture();
        JsonNode d = x.leader.get("/interview-records/dossiers?roundId=" + x.round + "&unitId=" + x.unit).expect(200);
        assertEquals("张明", d.path("topLeaders").get(0).path("name").asText());
        assertEquals(2, d.path("recordsUsed").asInt());
        assertEquals(SAID + "（补充：已当面核实）", d.path("topLeaderOwnAccount").get(0).path("text").asText());
        assertEquals(ABOUT_TOP, d.path("aboutTopLeader").get(0).path("text").asText());
        assertEquals("中层干部", d.path("aboutTopLeader").get(0).path("source").asText());
        assertFalse("sources are not named", d.path("aboutTopLeader").toString().contains("陈静"));
        assertFalse("drafts are left out", d.toString().contains("分管领域总体平稳"));

        Api.Response export = x.leader.get("/interview-records/dossiers/export?roundId=" + x.round + "&unitId=" + x.unit);
        assertEquals(200, export.status());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", export.header("Content-Type"));
        assertTrue(export.header("Content-Disposition"), export.header("Content-Disposition").contains("filename*=UTF-8''"));
        assertEquals("a decrypted dossier is kept by no cache", "no-store", export.header("Cache-Control"));
        String document = part(export.bytes(), "word/document.xml");
        assertTrue(document.contains("关于聊城市教育和体育局党组主要负责人和领导班子成员情况的专门材料"));
        assertTrue(document.contains(ABOUT_TOP));

        JsonNode trail = x.accounts.auditor().get("/platform/audit?module=interview-records&entityType=dossier&size=50").expect(200);
        List<String> actions = entries(trail).stream().map(e -> e.path("action").asText() + ":" + e.path("actor").asText()).toList();
        assertTrue(actions.toString(), actions.contains("READ:ivr-leader") && actions.contains("EXPORT:ivr-leader"));

        // dashboard figures, in the reader's scope
        Map<String, Long> figures = statistics(x.officeLeader);
        assertEquals(Long.valueOf(4), figures.get("interview-records.planned"));
        assertEquals(Long.valueOf(3), figures.get("interview-records.held"));
        assertEquals(Long.valueOf(67), figures.get("interview-records.mandatory-coverage"));
        assertEquals(Long.valueOf(0), statistics(x.otherGroup).get("interview-records.held"));
    }

    /**
     * Without the lead-transfer module, raised items wait. The administrator then installs the real
     * module from the console while everything runs, and the pending items reach it on behalf of
     * whoever raised them, with no component of the interview module (or any other bundle but the
     * new module's) restarted or refreshed.
     */
    @Test
    public void e_handOversWaitWithoutLeadTransferAndGoThroughWhenItIsInstalled() throws Exception {
        Fixture x = fixture();
        if (leadTransferRuns()) {
            String out = console("sysadmin", "xuncha:module-uninstall lead-transfer");
            assertTrue(out, out.contains("已卸载模块 lead-transfer"));
        }
        Wait.until(Duration.ofSeconds(120), () -> !leadTransferRuns()
                && !x.member.get("/interview-records/handovers/state").expect(200).path("available").asBoolean());

        JsonNode lead = x.member.post("/interview-records/records/" + topRecordId + "/raised", Map.of("kind", "LEAD", "description", LEAD,
                "personId", x.top)).expect(201);
        assertEquals("PENDING", lead.path("status").asText());
        assertTrue("the top leader is named from reference data", lead.path("concernsTopLeader").asBoolean());
        JsonNode problem = x.member.post("/interview-records/letters/" + letterId + "/raised", Map.of("kind", "PROBLEM",
                "description", "违规发放津贴补贴", "concernsLeadingGroup", true)).expect(201);
        assertEquals("PENDING", problem.path("status").asText());
        assertEquals("RAISED", x.member.get("/interview-records/letters/" + letterId).expect(200).path("disposition").asText());
        JsonNode record = x.member.get("/interview-records/records/" + topRecordId).expect(200);
        assertFalse(record.path("handOverAvailable").asBoolean());
        assertEquals(2, x.member.get("/interview-records/handovers/state").expect(200).path("pending").asInt());
        assertEquals("lead_transfer_unavailable", x.member.post("/interview-records/handovers/" + lead.path("id").asLong() + "/submit", Map.of())
                .expect(503).path("code").asText());
        assertFalse(contains(Path.of(System.getProperty("karaf.data"), "xuncha", "db"), "LEAD" + RUN));

        Bundle impl = Stream.of(bundleContext.getBundles()).filter(b -> b.getSymbolicName().equals("org.xuncha.interviews.impl"))
                .findFirst().orElseThrow();
        long activeSince = impl.getLastModified();
        FrameworkWatch watch = new FrameworkWatch(bundleContext, b -> b.getSymbolicName().startsWith("org.xuncha.leadtransfer")).start();
        assertTrue("components to watch: " + watch.watchedComponents(), watch.watchedComponents() > 20);
        String out = console("sysadmin", "xuncha:module-install lead-transfer");
        assertTrue(out, out.contains("已安装模块 lead-transfer"));

        Wait.until(Duration.ofSeconds(120), () -> x.member.get("/interview-records/handovers/state").expect(200).path("pending").asInt() == 0);
        JsonNode handed = x.member.get("/interview-records/records/" + topRecordId).expect(200);
        assertTrue(handed.path("handOverAvailable").asBoolean());
        JsonNode item = handed.path("raised").get(0);
        assertEquals("HANDED_OVER", item.path("status").asText());
        assertEquals("ivr-member", item.path("handedOverBy").asText());

        // what the lead-transfer module recorded, read through its own API by an office leader
        Api leader = x.accounts.user("ivr-office-leader-2", DIVISION, null, "office-leader");
        Wait.until(Duration.ofSeconds(60), () -> leader.get("/lead-transfer/leads?roundId=" + x.round).status() == 200);
        JsonNode leads = leader.get("/lead-transfer/leads?roundId=" + x.round).expect(200).path("items");
        assertEquals(leads.toString(), 1, leads.size());
        assertEquals(item.path("targetId").asLong(), leads.get(0).path("id").asLong());
        JsonNode recorded = leader.get("/lead-transfer/leads/" + item.path("targetId").asLong()).expect(200);
        assertEquals(LEAD, recorded.path("summary").asText());
        assertEquals("张明", recorded.path("personName").asText());
        assertTrue(recorded.path("topLeader").asBoolean());
        assertEquals("INTERVIEW", recorded.path("source").asText());
        assertEquals("interview-records:record:" + topRecordId, recorded.path("sourceRef").asText());
        assertEquals("ivr-member", recorded.path("createdBy").asText());
        JsonNode problems = leader.get("/lead-transfer/problems?roundId=" + x.round).expect(200).path("items");
        assertTrue(problems.toString(), problems.findValuesAsText("source").contains("LETTER"));

        // while it runs, a new item goes through at once
        JsonNode now = x.member.post("/interview-records/records/" + middleRecordId + "/raised", Map.of("kind", "PROBLEM",
                "description", "会议过多", "concernsLeadingGroup", false)).expect(201);
        assertEquals("HANDED_OVER", now.path("status").asText());

        List<String> touched = watch.stop();
        assertTrue("restarted or refreshed: " + touched, touched.isEmpty());
        assertEquals(Bundle.ACTIVE, impl.getState());
        assertEquals(activeSince, impl.getLastModified());
    }

    /**
     * Strict input: whatever a client sends is refused field by field with a 400 (a 404 naming the
     * parameter for what a query asks for), never stored blind and never a 5xx; what passes fits its
     * column, also once encrypted.
     */
    @Test
    public void f_inputIsRefusedFieldByFieldAndWhatPassesFitsItsColumn() {
        Fixture x = fixture();
        long unknown = 999_999_999L;

        // every id the input names is looked up
        JsonNode noRound = x.member.post("/interview-records/plans", Map.of("roundId", unknown, "groupId", x.group, "unitId", x.unit,
                "title", "计划")).expect(400);
        assertEquals("not_found", field(noRound, "roundId").path("code").asText());
        Map<String, Object> ownOutline = interview("MIDDLE_MANAGER", x.middle, unknown, List.of(x.pMember, x.pMember2), x.pMember);
        ownOutline.put("topics", List.of(Map.of("title", "其他问题")));
        assertEquals("not_found", field(x.member.post("/interview-records/plans/" + planId + "/interviews", ownOutline).expect(400),
                "templateId").path("code").asText());
        assertEquals("not_found", field(x.member.post("/interview-records/records", record(unknown, List.of(Map.of("text", "内容")), List.of()))
                .expect(400), "plannedInterviewId").path("code").asText());
        assertEquals("not_found", field(x.member.post("/interview-records/records/" + topRecordId + "/raised", Map.of("kind", "LEAD",
                "description", "某事", "personId", unknown)).expect(400), "personId").path("code").asText());
        JsonNode noDossier = x.leader.get("/interview-records/dossiers?roundId=" + unknown + "&unitId=" + x.unit).expect(404);
        assertEquals("roundId", noDossier.path("fields").get(0).path("field").asText());

        // text is held to its column, every field at once
        JsonNode tooLong = x.member.post("/interview-records/plans", Map.of("roundId", x.round, "groupId", x.group, "unitId", x.unit,
                "title", "题".repeat(201), "note", "注".repeat(2001))).expect(400);
        assertEquals("too_long", field(tooLong, "title").path("code").asText());
        assertEquals("too_long", field(tooLong, "note").path("code").asText());

        // an encrypted column: the limit is on the plain text, and the longest Chinese text still fits once encrypted
        JsonNode draft = x.member.get("/interview-records/records/" + deputyRecordId).expect(200);
        List<Map<String, Object>> pending = new ArrayList<>();
        draft.path("interviewers").forEach(i -> pending.add(Map.of("personId", i.path("personId").asLong(), "status", "PENDING")));
        String signatures = "/interview-records/records/" + deputyRecordId + "/signatures";
        assertEquals("too_long", field(x.member.put(signatures, Map.of("interviewers", pending, "interviewee", "DECLINED",
                "intervieweeNote", "拒".repeat(901), "version", draft.path("version").asLong())).expect(400), "intervieweeNote").path("code").asText());
        JsonNode declined = x.member.put(signatures, Map.of("interviewers", pending, "interviewee", "DECLINED",
                "intervieweeNote", "拒".repeat(900), "version", draft.path("version").asLong())).expect(200);
        assertEquals("拒".repeat(900), declined.path("intervieweeNote").asText());

        // dates in the years an inspection can have; a body where one is needed; a media type the attachment store can keep
        assertEquals("out_of_range", field(x.member.post("/interview-records/letters", Map.of("roundId", x.round, "groupId", x.group,
                "unitId", x.unit, "channel", "VISIT", "receivedOn", "0001-01-01", "content", "来访反映")).expect(400), "receivedOn")
                .path("code").asText());
        assertEquals(415, x.member.request("POST", "/interview-records/letters", null, null, Map.of()).status());
        assertEquals(400, x.member.raw("POST", "/interview-records/letters", null).status());
        assertEquals(400, x.member.raw("POST", "/interview-records/plans", "null").status());
        assertEquals(400, x.member.raw("POST", "/interview-records/records/" + deputyRecordId + "/sign-off", "{}").status());
        JsonNode mediaType = x.member.postBytes("/interview-records/records/" + deputyRecordId + "/attachments?filename=scan.txt",
                "scan".getBytes(StandardCharsets.UTF_8), "text/plain; note=" + "x".repeat(100)).expect(400);
        assertEquals("too_long", field(mediaType, "Content-Type").path("code").asText());
    }

    private boolean leadTransferRuns() {
        return bundleContext.getServiceReference(LeadIntake.class) != null;
    }

    // ------------------------------------------------------------------ helpers

    /**
     * /health answers as soon as the platform is up, while the boot features' components are still
     * activating and each module's REST server is put in service once all its resources are there
     * (until then its paths answer 503 or 404). Waits until every component of this module and of
     * round planning is active or satisfied and both are served: a request without a session
     * reaches their authentication (401) instead of the dispatcher's refusal.
     */
    private void awaitModules() {
        Api anonymous = new Api(apiBase(), Duration.ofSeconds(5));
        Wait.until(Duration.ofSeconds(300), () -> {
            ServiceComponentRuntime scr = service(ServiceComponentRuntime.class);
            Bundle[] used = Stream.of(bundleContext.getBundles()).filter(b -> b.getSymbolicName().startsWith("org.xuncha.interviews.")
                    || b.getSymbolicName().startsWith("org.xuncha.roundplanning.")).toArray(Bundle[]::new);
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(used)) {
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                    if (c.state != ComponentConfigurationDTO.ACTIVE && c.state != ComponentConfigurationDTO.SATISFIED) {
                        return false;
                    }
                }
            }
            return anonymous.get("/interview-records/templates").status() == 401 && anonymous.get("/round-planning/terms").status() == 401;
        });
    }

    private static long unit(Api office, String code, String name) {
        return office.post("/platform/reference/units", Map.of("code", code + "-" + RUN, "name", name, "divisionCode", DIVISION, "active", true))
                .expect(201).path("id").asLong();
    }

    private static long person(Api office, String name, long unit, String post, String leadership) {
        return office.post("/platform/reference/persons", Map.of("name", name, "unitId", unit, "post", post, "leadership", leadership,
                "active", true)).expect(201).path("id").asLong();
    }

    private static Map<String, Object> member(long personId, String role) {
        return Map.of("personId", personId, "role", role);
    }

    private static long template(JsonNode templates, String name) {
        for (JsonNode t : templates) {
            if (t.path("name").asText().equals(name)) {
                return t.path("id").asLong();
            }
        }
        throw new AssertionError("no template " + name + " in " + templates);
    }

    private static Map<String, Object> interview(String category, long personId, Long templateId, List<Long> interviewers, long recorder) {
        Map<String, Object> m = new HashMap<>();
        m.put("category", category);
        m.put("personId", personId);
        m.put("templateId", templateId);
        m.put("interviewerIds", interviewers);
        m.put("recorderId", recorder);
        m.put("scheduledAt", "2026-11-10T09:00:00");
        m.put("place", PLACE);
        return m;
    }

    private static long planned(JsonNode plan, long personId) {
        for (JsonNode i : plan.path("interviews")) {
            if (i.path("personId").asLong() == personId) {
                return i.path("id").asLong();
            }
        }
        throw new AssertionError("no planned interview with " + personId);
    }

    private static Map<String, Object> record(Long plannedId, List<Map<String, Object>> sections, List<Map<String, Object>> notes) {
        Map<String, Object> m = new HashMap<>();
        m.put("plannedInterviewId", plannedId);
        m.put("heldAt", "2026-11-10T09:30:00");
        m.put("sections", sections);
        m.put("leaderNotes", notes);
        return m;
    }

    /** Everyone signs, then the recorder signs the record off. */
    private static JsonNode signOff(Api recorder, JsonNode record) {
        List<Map<String, Object>> signatures = new ArrayList<>();
        record.path("interviewers").forEach(i -> signatures.add(Map.of("personId", i.path("personId").asLong(), "status", "SIGNED")));
        JsonNode signedBy = recorder.put("/interview-records/records/" + record.path("id").asLong() + "/signatures", Map.of(
                "interviewers", signatures, "interviewee", "SIGNED", "version", record.path("version").asLong())).expect(200);
        return recorder.post("/interview-records/records/" + record.path("id").asLong() + "/sign-off",
                Map.of("version", signedBy.path("version").asLong())).expect(200);
    }

    private static JsonNode field(JsonNode error, String name) {
        for (JsonNode fe : error.path("fields")) {
            if (fe.path("field").asText().equals(name)) {
                return fe;
            }
        }
        throw new AssertionError("no error on " + name + " in " + error);
    }

    private static List<String> missing(JsonNode check) {
        List<String> result = new ArrayList<>();
        check.path("missing").forEach(m -> result.add(m.path("personId").asLong() + ":" + m.path("reason").asText()));
        return result;
    }

    private static List<JsonNode> entries(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false).toList();
    }

    private static Map<String, Long> statistics(Api api) {
        Map<String, Long> result = new HashMap<>();
        for (JsonNode module : api.get("/platform/statistics").expect(200)) {
            module.path("statistics").forEach(s -> result.put(s.path("id").asText(), s.path("value").asLong()));
        }
        return result;
    }

    /** Whether any file below {@code dir} contains the text, as UTF-8 or as UTF-16 (Java's own char layout). */
    private static boolean contains(Path dir, String text) throws IOException {
        List<byte[]> needles = List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16BE),
                text.getBytes(StandardCharsets.UTF_16LE));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                for (byte[] needle : needles) {
                    if (indexOf(content, needle) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String part(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the document");
    }
}
