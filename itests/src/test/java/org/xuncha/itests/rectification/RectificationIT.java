package org.xuncha.itests.rectification;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.xuncha.itests.support.Accounts;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.FrameworkWatch;
import org.xuncha.itests.support.PaxExamSupport;
import org.xuncha.itests.support.Todo;
import org.xuncha.itests.support.Wait;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Rectification in the real distribution, as its users meet it: round planning takes a round to
 * feedback; the office opens the education bureau's ledger (the feedback day comes from round
 * planning, the reports are due two months later) and enters tasks; the bureau's contact sees its own
 * ledger only, plans, reports progress and asks for closure; the office sends a closure back with a
 * reason, then approves; the office receives the reports, records the top leader's handover, exports
 * the ledger; other divisions, other units and bad input are refused; the module is removed and
 * installed again while round planning keeps serving.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RectificationIT extends PaxExamSupport {

    private static final String CITY = "371500";
    private static final String COUNTY = "371524";
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String PROBLEM = "2025年3项重大投资未经党组会集体研究，由主要负责人个人决定";

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    private Api office;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final Map<String, Long> units = new HashMap<>();
    private final Map<String, Long> persons = new HashMap<>();

    @Test
    public void feedbackLedgerProgressClosureReportsHandover() throws Exception {
        awaitApi();
        Wait.until(WAIT, () -> {
            String health = new Api(apiBase()).get("/health").text();
            return health.contains("rectification") && health.contains("round-planning") && health.contains("lead-transfer");
        });
        Accounts accounts = accounts();
        accounts.sysadmin();
        accounts.division(CITY, "聊城市", null);
        accounts.division(COUNTY, "东阿县", CITY);
        office = accounts.user("rc-office", CITY, null, "office-staff");
        Api officeLeader = accounts.user("rc-leader", CITY, null, "office-leader");
        Api secretary = accounts.user("rc-secretary", CITY, null, "committee-leader");
        referenceData();
        ServiceRegistration<EventHandler> listener = listen();
        long round = roundAtFeedback(officeLeader, secretary);
        String feedback = office.get("/round-planning/rounds/" + round).expect(200).path("round").path("feedbackDate").asText();

        // the office opens the bureau's ledger: feedback from round planning, reports due two months later
        Api.Response created = office.post("/rectification/ledgers", Map.of("roundId", round, "unitId", units.get("EDU"), "principalLeader", "王原任"));
        JsonNode ledger = created.expect(201);
        long id = ledger.path("id").asLong();
        assertTrue(created.header("Location"), created.header("Location").endsWith("/api/rectification/ledgers/" + id));
        assertEquals(feedback, ledger.path("feedbackDate").asText());
        assertEquals(java.time.LocalDate.parse(feedback).plusMonths(2).toString(), ledger.path("reportsDue").asText());
        assertEquals("PENDING", ledger.path("unitReport").asText());
        assertEquals("ledger_exists", office.post("/rectification/ledgers", Map.of("roundId", round, "unitId", units.get("EDU"))).expect(409)
                .path("code").asText());
        long healthLedger = office.post("/rectification/ledgers", Map.of("roundId", round, "unitId", units.get("HEA"))).expect(201).path("id").asLong();

        // the problem the group found, approved in lead transfer, becomes a task, once
        long problem = approvedProblem(officeLeader, accounts.user("rc-gleader", CITY, persons.get("张组长"), "group-leader"), round);
        JsonNode imported = office.post("/rectification/ledgers/" + id + "/tasks/import", Map.of()).expect(200);
        assertEquals(1, imported.size());
        assertEquals(problem, imported.get(0).path("sourceProblemId").asLong());
        assertEquals(PROBLEM, imported.get(0).path("problem").asText());
        assertEquals(ledger.path("reportsDue").asText(), imported.get(0).path("deadline").asText());
        long importedId = imported.get(0).path("id").asLong();
        assertEquals(0, office.post("/rectification/ledgers/" + id + "/tasks/import", Map.of()).expect(200).size());

        // bad input: every field named, in both languages; unknown fields and bad parameters refused
        assertFields(office.post("/rectification/ledgers", Map.of()), "roundId", "unitId");
        assertFields(office.post("/rectification/ledgers", Map.of("roundId", round, "unitId", units.get("EDU"), "feedbackDate", feedback)),
                "feedbackDate");
        assertFields(office.post("/rectification/ledgers/" + id + "/tasks", Map.of("problem", "问".repeat(5001))), "problem", "deadline");
        assertFields(office.get("/rectification/tasks?overdue=maybe"), "overdue");
        assertFields(office.get("/rectification/tasks?status=DONE"), "status");
        assertEquals(404, office.get("/rectification/ledgers/999999").status());

        String deadline = java.time.LocalDate.parse(feedback).plusMonths(3).toString();
        JsonNode task = office.post("/rectification/ledgers/" + id + "/tasks", Map.of("problem", "意识形态工作责任制落实不到位",
                "owner", "办公室", "deadline", deadline)).expect(201);
        long taskId = task.path("id").asLong();
        assertEquals("王原任", task.path("responsibleLeader").asText());
        long other = office.post("/rectification/ledgers/" + id + "/tasks", Map.of("problem", "“三重一大”决策制度执行不严格",
                "responsibleLeader", "张副局长", "deadline", deadline)).expect(201).path("id").asLong();
        office.post("/rectification/ledgers/" + healthLedger + "/tasks", Map.of("problem", "卫健问题", "deadline", deadline)).expect(201);

        // the bureau's contact: its own ledger only, plans and reports, cannot decide
        Api contact = accounts.user("rc-contact", CITY, persons.get("联络人"), "inspected-unit");
        JsonNode mine = contact.get("/rectification/ledgers").expect(200);
        assertEquals(1, mine.path("total").asInt());
        assertEquals(id, mine.path("items").get(0).path("id").asLong());
        assertEquals(403, contact.get("/rectification/ledgers/" + healthLedger).status());
        assertEquals(3, contact.get("/rectification/tasks").expect(200).path("total").asInt());
        contact.put("/rectification/tasks/" + taskId + "/measures", Map.of("version", task.path("version").asLong(), "measures", "修订责任制实施细则",
                "phase", "CONTINUING")).expect(200);
        long progress = contact.post("/rectification/tasks/" + taskId + "/progress", Map.of("text", "已起草细则")).expect(201).path("id").asLong();
        byte[] draftPdf = "%PDF-1.4 细则草案".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode file = contact.postBytes("/rectification/tasks/" + taskId + "/evidence?entryId=" + progress + "&filename="
                + java.net.URLEncoder.encode("细则草案.pdf", java.nio.charset.StandardCharsets.UTF_8), draftPdf, "application/pdf").expect(201);
        assertEquals("细则草案.pdf", file.path("filename").asText());
        long wrong = contact.postBytes("/rectification/tasks/" + taskId + "/evidence?entryId=" + progress + "&filename="
                + java.net.URLEncoder.encode("错传.pdf", java.nio.charset.StandardCharsets.UTF_8), draftPdf, "application/pdf").expect(201).path("id").asLong();
        assertEquals("another unit's contact cannot take it back", 403, accounts.user("rc-health-del", CITY, persons.get("卫健联络人"), "inspected-unit")
                .delete("/rectification/tasks/" + taskId + "/evidence/" + wrong).status());
        assertEquals(204, contact.delete("/rectification/tasks/" + taskId + "/evidence/" + wrong).status());
        assertEquals(List.of("细则草案.pdf"), texts(contact.get("/rectification/tasks/" + taskId + "/evidence").expect(200), "filename"));
        assertFields(contact.postBytes("/rectification/tasks/" + taskId + "/evidence?filename=a.pdf", draftPdf, "application/pdf"), "entryId");
        assertFields(contact.postBytes("/rectification/tasks/" + taskId + "/evidence?entryId=" + progress, draftPdf, "application/pdf"), "filename");
        assertFields(office.postBytes("/rectification/tasks/" + other + "/evidence?entryId=" + progress + "&filename=a.pdf", draftPdf,
                "application/pdf"), "entryId");
        assertFields(contact.post("/rectification/tasks/" + taskId + "/closure-request", Map.of("text", "已印发")), "evidence");
        assertEquals("CLOSURE_REQUESTED", contact.post("/rectification/tasks/" + taskId + "/closure-request",
                Map.of("text", "细则已印发", "evidence", "教党〔2026〕12号")).expect(200).path("status").asText());
        long request = contact.get("/rectification/tasks/" + taskId + "/history").expect(200).get(1).path("id").asLong();
        contact.postBytes("/rectification/tasks/" + taskId + "/evidence?entryId=" + request + "&filename=notice.pdf", draftPdf, "application/pdf")
                .expect(201);
        assertRefused(contact.delete("/rectification/tasks/" + taskId + "/evidence/" + file.path("id").asLong()), 409, "evidence_submitted");
        assertEquals(403, contact.post("/rectification/tasks/" + taskId + "/closure-decision", Map.of("approve", true)).status());
        assertEquals("the review queue is the office's", 403, contact.get("/rectification/reviews").status());

        // the office's review queue: the request with its evidence; the file reads back intact, stored encrypted by the platform
        JsonNode queue = office.get("/rectification/reviews").expect(200);
        assertEquals(1, queue.path("total").asInt());
        assertEquals("the office's to-do (待办)", 1, Todo.count(office, "rectification.closures-to-review"));
        assertEquals("not the unit's", 0, Todo.count(contact, "rectification.closures-to-review"));
        assertEquals(taskId, queue.path("items").get(0).path("task").path("id").asLong());
        assertEquals("细则已印发", queue.path("items").get(0).path("request").path("text").asText());
        assertEquals(1, queue.path("items").get(0).path("files").asInt());
        assertEquals(List.of("细则草案.pdf", "notice.pdf"), texts(office.get("/rectification/tasks/" + taskId + "/evidence").expect(200), "filename"));
        Api.Response download = office.get("/rectification/tasks/" + taskId + "/evidence/" + file.path("id").asLong());
        assertEquals(200, download.status());
        assertTrue(java.util.Arrays.equals(draftPdf, download.bytes()));
        assertEquals("a file is read through its own task only", 404,
                office.get("/rectification/tasks/" + other + "/evidence/" + file.path("id").asLong()).status());
        assertEquals(403, accounts.user("rc-health", CITY, persons.get("卫健联络人"), "inspected-unit")
                .get("/rectification/tasks/" + taskId + "/evidence/" + file.path("id").asLong()).status());

        // the office sends it back with a reason, then approves
        assertFields(office.post("/rectification/tasks/" + taskId + "/closure-decision", Map.of("approve", false)), "reason");
        assertEquals("OPEN", office.post("/rectification/tasks/" + taskId + "/closure-decision",
                Map.of("approve", false, "reason", "佐证材料不全")).expect(200).path("status").asText());
        contact.post("/rectification/tasks/" + taskId + "/closure-request", Map.of("text", "补充学习记录", "evidence", "党组会议纪要")).expect(200);
        JsonNode closed = office.post("/rectification/tasks/" + taskId + "/closure-decision", Map.of("approve", true)).expect(200);
        assertEquals("CLOSED", closed.path("status").asText());
        assertEquals(List.of("PROGRESS", "CLOSURE_REQUESTED", "CLOSURE_RETURNED", "CLOSURE_REQUESTED", "CLOSURE_APPROVED"),
                texts(contact.get("/rectification/tasks/" + taskId + "/history").expect(200), "kind"));
        assertEquals(0, office.get("/rectification/reviews").expect(200).path("total").asInt());
        assertEquals("decided: gone from the to-do", 0, Todo.count(office, "rectification.closures-to-review"));
        assertEquals("no evidence after closure", "evidence_closed", contact.postBytes("/rectification/tasks/" + taskId + "/evidence?entryId="
                + progress + "&filename=late.pdf", draftPdf, "application/pdf").expect(409).path("code").asText());
        assertRefused(contact.delete("/rectification/tasks/" + taskId + "/evidence/" + file.path("id").asLong()), 409, "evidence_approved");
        Wait.until(WAIT, () -> events("task_closed").size() == 1);
        assertEquals(String.valueOf(taskId), events("task_closed").get(0).getProperty("entityId"));
        assertEquals(id, events("task_closed").get(0).getProperty("ledgerId"));

        // the reports are received; the ledger counts what was done
        office.post("/rectification/ledgers/" + id + "/reports", Map.of("report", "UNIT_REPORT", "receivedOn", today().toString())).expect(200);
        JsonNode after = office.get("/rectification/ledgers/" + id).expect(200);
        assertEquals("RECEIVED", after.path("unitReport").asText());
        assertEquals("PENDING", after.path("leaderReport").asText());
        assertEquals(3, after.path("tasks").asInt());
        assertEquals(1, after.path("closed").asInt());
        JsonNode figures = office.get("/rectification/ledgers/figures?roundId=" + round).expect(200);
        assertEquals(figures.toString(), 4, figures.path("tasks").asInt());
        assertEquals(figures.toString(), 25.0, figures.path("closureRate").asDouble(-1), 0.001);

        // the top leader changes post: his open task passes to the new leader, the deputy's and the closed one stay
        long his = office.post("/rectification/ledgers/" + id + "/tasks", Map.of("problem", "干部选拔任用程序不规范", "deadline", deadline))
                .expect(201).path("id").asLong();
        JsonNode handover = office.post("/rectification/handovers", Map.of("unitId", units.get("EDU"), "outgoingLeader", "王原任",
                "incomingPersonId", persons.get("李新任"), "handedOverOn", today().toString(), "outgoingSigned", true, "incomingSigned", true))
                .expect(201);
        assertEquals("李新任", handover.path("incomingLeader").asText());
        assertEquals(List.of(String.valueOf(importedId), String.valueOf(his)), texts(handover.path("taskIds"), null));
        assertEquals("李新任", office.get("/rectification/tasks/" + his).expect(200).path("responsibleLeader").asText());
        assertEquals("王原任", office.get("/rectification/tasks/" + taskId).expect(200).path("responsibleLeader").asText());
        assertEquals("李新任", office.get("/rectification/ledgers/" + id).expect(200).path("principalLeader").asText());
        assertEquals("张副局长", office.get("/rectification/tasks/" + other).expect(200).path("responsibleLeader").asText());
        assertFields(office.post("/rectification/handovers", Map.of("unitId", units.get("EDU"), "outgoingLeader", "李新任", "incomingLeader", "赵再任",
                "handedOverOn", today().toString(), "outgoingSigned", true)), "incomingSigned");
        assertEquals(1, office.get("/rectification/handovers").expect(200).path("total").asInt());
        long pending = topLeaderChangeInReferenceData(round, List.of(importedId, his), other);

        // the ledger as a spreadsheet, named in Chinese with an ASCII fallback
        Api.Response xlsx = contact.get("/rectification/ledgers/" + id + "/export");
        assertEquals(xlsx.text(), 200, xlsx.status());
        assertTrue(xlsx.header("Content-Disposition"), xlsx.header("Content-Disposition").contains("filename*=UTF-8''"));
        assertTrue("an xlsx (zip) file", xlsx.bytes().length > 100 && xlsx.bytes()[0] == 'P' && xlsx.bytes()[1] == 'K');
        Api.Response all = office.get("/rectification/ledgers/export?roundId=" + round);
        assertEquals(all.text(), 200, all.status());
        assertTrue(all.header("Content-Disposition"), all.header("Content-Disposition").contains("filename*=UTF-8''"));
        assertTrue("every ledger as one xlsx", all.bytes().length > 100 && all.bytes()[0] == 'P' && all.bytes()[1] == 'K');
        assertEquals("a group member has no export", 403, accounts.user("rc-member", CITY, persons.get("钱组长"), "group-member")
                .get("/rectification/ledgers/export").status());

        // another division sees nothing of the city's and cannot refer to it
        Api county = accounts.user("rc-county", COUNTY, null, "office-staff");
        assertEquals(0, county.get("/rectification/ledgers").expect(200).path("total").asInt());
        assertEquals(403, county.get("/rectification/ledgers/" + id).status());
        assertEquals(403, county.post("/rectification/ledgers/" + id + "/tasks", Map.of("problem", "越权", "deadline", deadline)).status());
        assertEquals(403, county.post("/rectification/handovers", Map.of("unitId", units.get("EDU"), "outgoingLeader", "李新任",
                "incomingLeader", "赵再任", "handedOverOn", today().toString(), "outgoingSigned", true, "incomingSigned", true)).status());
        assertEquals("the system administrator reads no business content", 403, accounts.sysadmin().get("/rectification/ledgers").status());


        // the secretary's instruction, tracked to completion
        long instruction = office.post("/rectification/assignments", Map.of("kind", "INSTRUCTION", "title", "压实被巡察党组织整改主体责任",
                "assignedBy", "市委书记", "assignedOn", today().toString())).expect(201).path("id").asLong();
        assertFields(office.post("/rectification/assignments/" + instruction + "/completion", Map.of("completedOn", today().toString())), "result");
        assertTrue(office.post("/rectification/assignments/" + instruction + "/completion", Map.of("completedOn", today().toString(),
                "result", "已召开专题会议部署")).expect(200).path("completedOn").isTextual());
        assertEquals(1, office.get("/rectification/assignments?kind=INSTRUCTION&completed=true").expect(200).path("total").asInt());
        assertEquals(403, county.get("/rectification/assignments/" + instruction).status());
        assertEquals(0, contact.get("/rectification/assignments").expect(200).path("total").asInt());

        // 三方联审: each party for itself, the conclusion once all three have spoken
        Api discipline = accounts.user("rc-jw", CITY, null, "discipline-commission");
        Api organisation = accounts.user("rc-zzb", CITY, null, "organisation-dept");
        assertFields(office.post("/rectification/joint-reviews", Map.of("ledgerId", 999999, "heldOn", today().toString())), "ledgerId");
        long review = office.post("/rectification/joint-reviews", Map.of("ledgerId", id, "heldOn", today().toString())).expect(201).path("id").asLong();
        assertEquals(403, contact.post("/rectification/joint-reviews/" + review + "/opinions", Map.of("party", "OFFICE", "opinion", "x")).status());
        assertEquals("wrong_party", discipline.post("/rectification/joint-reviews/" + review + "/opinions",
                Map.of("party", "ORGANISATION", "opinion", "代组织部")).expect(403).path("code").asText());
        discipline.post("/rectification/joint-reviews/" + review + "/opinions", Map.of("party", "DISCIPLINE", "opinion", "未发现新的违纪违法问题")).expect(200);
        assertEquals("opinions_missing", office.post("/rectification/joint-reviews/" + review + "/conclusion", Map.of("conclusion", "ACCEPTED"))
                .expect(409).path("code").asText());
        organisation.post("/rectification/joint-reviews/" + review + "/opinions", Map.of("party", "ORGANISATION", "opinion", "班子调整到位")).expect(200);
        office.post("/rectification/joint-reviews/" + review + "/opinions", Map.of("party", "OFFICE", "opinion", "部分任务仍在整改")).expect(200);
        assertFields(office.post("/rectification/joint-reviews/" + review + "/conclusion", Map.of("conclusion", "MAYBE")), "conclusion");
        JsonNode concluded = office.post("/rectification/joint-reviews/" + review + "/conclusion", Map.of("conclusion", "CONTINUE",
                "text", "继续整改")).expect(200);
        assertEquals("未发现新的违纪违法问题", concluded.path("disciplineOpinion").asText());
        assertEquals("rc-jw", concluded.path("disciplineBy").asText());
        assertEquals(1, contact.get("/rectification/joint-reviews?ledgerId=" + id).expect(200).path("total").asInt());
        assertEquals(403, accounts.user("rc-county-jr", COUNTY, null, "office-staff").get("/rectification/joint-reviews/" + review).status());

        // 定期对账: the ledgers' snapshot against the discipline commission's figures, the difference resolved
        JsonNode recon = office.post("/rectification/reconciliations", Map.of("roundId", round, "party", "DISCIPLINE", "counts", List.of(
                Map.of("unitId", units.get("EDU"), "tasks", 4, "closed", 1), Map.of("unitId", units.get("HEA"), "tasks", 2, "closed", 0)))).expect(201);
        assertEquals(1, recon.path("differences").asInt());
        JsonNode healthLine = find(recon.path("lines"), "unitId", String.valueOf(units.get("HEA")));
        assertEquals(1, healthLine.path("ledgerTasks").asInt());
        assertFields(office.post("/rectification/reconciliations", Map.of("roundId", round, "party", "DISCIPLINE",
                "counts", List.of(Map.of("unitId", 999999, "tasks", 1, "closed", 2)))), "counts[0].unitId", "counts[0].closed");
        assertTrue(office.post("/rectification/reconciliations/" + recon.path("id").asLong() + "/lines/" + healthLine.path("id").asLong()
                + "/resolution", Map.of("resolution", "纪委口径含已合并任务，以台账为准")).expect(200).path("reconciled").asBoolean());
        assertEquals(403, contact.get("/rectification/reconciliations/" + recon.path("id").asLong()).status());

        // 巡察建议书 and its reply
        long letter = office.post("/rectification/letters", Map.of("roundId", round, "department", "聊城市财政局", "title", "关于加强教育专项资金监管的巡察建议书",
                "content", "建议完善资金拨付审批", "sentOn", today().toString(), "replyDue", today().plusDays(30).toString())).expect(201).path("id").asLong();
        assertFields(office.post("/rectification/letters/" + letter + "/reply", Map.of("repliedOn", today().toString())), "reply");
        assertEquals("已修订专项资金管理办法", office.post("/rectification/letters/" + letter + "/reply", Map.of("repliedOn", today().toString(),
                "reply", "已修订专项资金管理办法")).expect(200).path("reply").asText());
        assertEquals("建议完善资金拨付审批", office.get("/rectification/letters/" + letter).expect(200).path("content").asText());
        assertEquals(0, contact.get("/rectification/letters").expect(200).path("total").asInt());

        // a common problem's ledger across units: the bureau reports its own line
        long common = office.post("/rectification/assignments", Map.of("kind", "COMMON_PROBLEM", "title", "公务用车管理不规范",
                "assignedBy", "市委常委会", "assignedOn", today().toString())).expect(201).path("id").asLong();
        assertEquals(2, office.post("/rectification/assignments/" + common + "/units", Map.of("unitIds", List.of(units.get("EDU"), units.get("HEA"))))
                .expect(200).size());
        JsonNode own = contact.get("/rectification/assignments/" + common + "/units").expect(200);
        assertEquals(1, own.size());
        contact.post("/rectification/assignments/" + common + "/units/" + units.get("EDU") + "/completion", Map.of("completedOn", today().toString(),
                "result", "已清理超标车辆")).expect(200);
        assertEquals(403, contact.post("/rectification/assignments/" + common + "/units/" + units.get("HEA") + "/completion",
                Map.of("completedOn", today().toString(), "result", "越权")).status());

        for (String list : List.of("assignments?kind=COMMON_PROBLEM", "letters", "reconciliations/" + recon.path("id").asLong(), "statistics?by=UNIT",
                "handovers")) {
            Api.Response x = office.get("/rectification/exports/" + list);
            assertEquals(list + ": " + x.text(), 200, x.status());
            assertTrue(x.header("Content-Disposition"), x.header("Content-Disposition").contains("filename*=UTF-8''%E"));
            assertTrue(list, x.bytes().length > 100 && x.bytes()[0] == 'P' && x.bytes()[1] == 'K');
        }
        assertEquals(403, county.get("/rectification/exports/reconciliations/" + recon.path("id").asLong()).status());
        new OutOfScope(county).ledgerAndTasks(id, his, taskId, file.path("id").asLong()).handovers(pending)
                .reviews(review, recon.path("id").asLong(), id).committee(common, letter);

        // statistics per unit and the ledger summaries the evaluation module reads, in scope
        JsonNode byUnit = office.get("/rectification/statistics?by=UNIT&roundId=" + round).expect(200);
        JsonNode eduRow = find(byUnit, "key", String.valueOf(units.get("EDU")));
        assertEquals(4, eduRow.path("tasks").asInt());
        assertEquals(1, eduRow.path("closed").asInt());
        assertEquals(25.0, eduRow.path("closureRate").asDouble(), 0.001);
        assertFields(office.get("/rectification/statistics?by=GROUP"), "by");
        assertEquals(1, contact.get("/rectification/statistics/ledgers").expect(200).size());
        assertEquals(2, office.get("/rectification/statistics/ledgers?roundId=" + round).expect(200).size());

        // the console
        assertTrue(console("rc-office", "xuncha:rectification-ledger " + id).contains("tasks 4, closed 1"));
        String unitSummary = console("rc-office", "xuncha:rectification-unit " + units.get("EDU"));
        assertTrue(unitSummary, unitSummary.contains("tasks 4, closed 1") && unitSummary.contains("closure rate 25.0%"));

        // removed and installed again: nothing else is touched, the data stay
        FrameworkWatch watch = new FrameworkWatch(bundleContext, b -> b.getSymbolicName().startsWith("org.xuncha.rectification")).start();
        String out = console("sysadmin", "xuncha:module-uninstall rectification");
        assertTrue(out, out.contains("已卸载模块 rectification"));
        Wait.until(WAIT, () -> office.get("/rectification/ledgers/" + id).status() == 404);
        assertEquals("round planning keeps answering", 200, office.get("/round-planning/rounds/" + round).status());
        List<String> touched = watch.stop();
        assertTrue("other bundles or components were touched: " + touched, touched.isEmpty());
        out = console("sysadmin", "xuncha:module-install rectification");
        assertTrue(out, out.contains("已安装模块 rectification"));
        Wait.until(WAIT, () -> office.get("/rectification/ledgers/" + id).status() == 200);
        assertEquals(1, office.get("/rectification/ledgers/" + id).expect(200).path("closed").asInt());
        theClockPassesTheDueDays(id);
        listener.unregister();
    }

    /**
     * The bureau's new top leader comes in with a person file (干部导入), as offices keep their cadres: the import
     * announces the change as a single edit does, and the module opens a handover from the ledger's principal
     * leader, listing every open task that passes; nothing moves until both have signed; other modules keep answering.
     */
    private long topLeaderChangeInReferenceData(long round, List<Long> passing, long deputys) throws Exception {
        SpreadsheetService sheets = service(SpreadsheetService.class);
        byte[] file = sheets.write(List.of(new SpreadsheetService.Sheet("干部", null, List.of("姓名", "单位编码", "职务", "职级", "班子身份", "状态"),
                List.of(List.<Object>of("赵再任", "RC-EDU", "党组书记、局长", "正处级", "一把手", "在用")))));
        String job = office.postBytes("/platform/reference/persons/import", file, "application/octet-stream").expect(202).path("id").asText();
        Wait.until(WAIT, () -> office.get("/platform/reference/imports/" + job).expect(200).path("done").asBoolean());
        assertEquals(1, office.get("/platform/reference/imports/" + job).expect(200).path("report").path("created").asInt());
        String name = java.net.URLEncoder.encode("赵再任", java.nio.charset.StandardCharsets.UTF_8);
        long leader = office.get("/platform/reference/persons?unitId=" + units.get("EDU") + "&text=" + name).expect(200)
                .path("items").get(0).path("id").asLong();
        Wait.until(WAIT, () -> office.get("/rectification/handovers/pending?unitId=" + units.get("EDU")).expect(200).path("total").asInt() == 1);
        JsonNode p = office.get("/rectification/handovers/pending?unitId=" + units.get("EDU")).expect(200).path("items").get(0);
        assertEquals("PENDING", p.path("status").asText());
        assertEquals("李新任", p.path("outgoingLeader").asText());
        assertEquals("赵再任", p.path("incomingLeader").asText());
        assertEquals(leader, p.path("incomingPersonId").asLong());
        assertEquals(passing.stream().map(String::valueOf).toList(), texts(p.path("taskIds"), null));
        long pid = p.path("id").asLong();
        assertEquals("round planning keeps answering", 200, office.get("/round-planning/rounds/" + round).status());
        assertEquals("lead transfer keeps answering", 200, office.get("/lead-transfer/problems?roundId=" + round).status());
        assertEquals("李新任", office.get("/rectification/tasks/" + passing.get(1)).expect(200).path("responsibleLeader").asText());

        String sign = "/rectification/handovers/pending/" + pid + "/signatures";
        assertFields(office.post(sign, Map.of("party", "BOTH", "signedOn", today().toString())), "party");
        assertFields(office.post(sign, Map.of("party", "OUTGOING", "signedOn", today().plusDays(1).toString())), "signedOn");
        assertEquals("PENDING", office.post(sign, Map.of("party", "OUTGOING", "signedOn", today().toString())).expect(200).path("status").asText());
        assertRefused(office.post(sign, Map.of("party", "OUTGOING", "signedOn", today().toString())), 409, "already_signed");
        JsonNode done = office.post(sign, Map.of("party", "INCOMING", "signedOn", today().toString())).expect(200);
        assertEquals("HANDED_OVER", done.path("status").asText());
        JsonNode handover = office.get("/rectification/handovers/" + done.path("handoverId").asLong()).expect(200);
        assertEquals(passing.stream().map(String::valueOf).toList(), texts(handover.path("taskIds"), null));
        for (long t : passing) {
            assertEquals("赵再任", office.get("/rectification/tasks/" + t).expect(200).path("responsibleLeader").asText());
        }
        assertEquals("张副局长", office.get("/rectification/tasks/" + deputys).expect(200).path("responsibleLeader").asText());
        assertEquals(2, office.get("/rectification/handovers").expect(200).path("total").asInt());
        Wait.until(WAIT, () -> events("handover_recorded").size() == 2);
        assertEquals(2, events("handover_recorded").get(1).getProperty("tasks"));
        return pid;
    }

    /** A hundred days on, with the check every two seconds: the leader's report and the open tasks are announced overdue. */
    private void theClockPassesTheDueDays(long ledgerId) throws Exception {
        org.osgi.service.cm.Configuration c = service(org.osgi.service.cm.ConfigurationAdmin.class).getConfiguration("org.xuncha.rectification", "?");
        Dictionary<String, Object> props = c.getProperties() == null ? new Hashtable<>() : c.getProperties();
        props.put("alertCheckSeconds", 2);
        c.update(props);
        setClockOffset("P100D");
        try {
            Wait.until(WAIT, () -> events("report_overdue").stream().anyMatch(e -> Long.valueOf(ledgerId).equals(e.getProperty("ledgerId"))));
            Wait.until(WAIT, () -> events("task_overdue").stream().anyMatch(e -> Long.valueOf(ledgerId).equals(e.getProperty("ledgerId"))));
            assertTrue("events carry no names", events.stream().noneMatch(e -> e.toString().contains("赵再任") || e.toString().contains("李新任")));
        } finally {
            setClockOffset(null);
        }
    }

    private List<Event> events(String name) {
        return events.stream().filter(e -> e.getTopic().equals("xuncha/rectification/" + name)).toList();
    }

    private ServiceRegistration<EventHandler> listen() {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, "xuncha/rectification/*");
        return bundleContext.registerService(EventHandler.class, events::add, props);
    }

    /** A refusal with this status and code, in Chinese and English. */
    static void assertRefused(Api.Response response, int status, String code) {
        JsonNode body = response.expect(status);
        assertEquals(body.toString(), code, body.path("code").asText());
        assertTrue(body.toString(), !body.path("message").asText().isBlank() && !body.path("messageEn").asText().isBlank());
    }

    /** A problem of the bureau drafted and signed off by the group leader, reviewed by the office, approved by the leading group. */
    private long approvedProblem(Api officeLeader, Api groupLeader, long round) {
        long group = find(office.get("/round-planning/rounds/" + round).expect(200).path("groups"), "name", "第一巡察组").path("id").asLong();
        long problem = groupLeader.post("/lead-transfer/problems", Map.of("roundId", round, "groupId", group, "unitId", units.get("EDU"),
                "category", "MAJOR_DECISIONS", "description", PROBLEM)).expect(201).path("id").asLong();
        groupLeader.post("/lead-transfer/problems/" + problem + "/submit", Map.of("opinion", "情况属实")).expect(200);
        office.post("/lead-transfer/problems/" + problem + "/office-review", Map.of("decision", "APPROVE")).expect(200);
        assertEquals("APPROVED", officeLeader.post("/lead-transfer/problems/" + problem + "/leading-group-decision", Map.of("decision", "APPROVE"))
                .expect(200).path("status").asText());
        return problem;
    }

    private void referenceData() {
        unit("JW", "聊城市纪委监委机关");
        unit("EDU", "聊城市教育和体育局党组");
        unit("HEA", "聊城市卫生健康委员会党组");
        person("张组长", "JW");
        person("钱组长", "JW");
        person("联络人", "EDU");
        person("李新任", "EDU");
        person("卫健联络人", "HEA");
    }

    /** A round of the city through round planning's REST API, from planning to feedback today. */
    private long roundAtFeedback(Api officeLeader, Api secretary) {
        java.time.LocalDate today = today();
        long term = office.post("/round-planning/terms", Map.of("name", "中共聊城市第十四届委员会", "divisionCode", CITY,
                "startDate", today.minusYears(2).toString(), "endDate", today.plusYears(3).toString())).expect(201).path("id").asLong();
        long round = office.post("/round-planning/rounds", Map.of("termId", term, "type", "REGULAR", "plannedStart", today.toString(),
                "plannedEnd", today.plusDays(39).toString())).expect(201).path("id").asLong();
        office.post("/round-planning/rounds/" + round + "/targets", Map.of("unitIds", List.of(units.get("EDU"), units.get("HEA")))).expect(201);
        long g1 = office.post("/round-planning/rounds/" + round + "/groups", Map.of("name", "第一巡察组",
                "members", List.of(Map.of("personId", persons.get("张组长"), "role", "LEADER")), "targetUnitIds", List.of(units.get("EDU"))))
                .expect(201).path("id").asLong();
        long g2 = office.post("/round-planning/rounds/" + round + "/groups", Map.of("name", "第二巡察组",
                "members", List.of(Map.of("personId", persons.get("钱组长"), "role", "LEADER")), "targetUnitIds", List.of(units.get("HEA"))))
                .expect(201).path("id").asLong();
        officeLeader.post("/round-planning/rounds/" + round + "/approvals", Map.of("body", "LEADING_GROUP", "approved", true)).expect(200);
        secretary.post("/round-planning/rounds/" + round + "/approvals", Map.of("body", "COMMITTEE", "approved", true)).expect(200);
        for (long g : List.of(g1, g2)) {
            office.put("/round-planning/rounds/" + round + "/groups/" + g + "/authorisation", Map.of("number", "聊巡授〔2026〕" + g + "号",
                    "date", today.toString(), "scope", "常规巡察")).expect(200);
        }
        assertEquals(409, office.post("/rectification/ledgers", Map.of("roundId", round, "unitId", units.get("EDU"))).status());
        for (String stage : List.of("ENTRY", "FIELDWORK", "REPORT")) {
            office.post("/round-planning/rounds/" + round + "/stage", Map.of("to", stage)).expect(200);
        }
        officeLeader.post("/round-planning/rounds/" + round + "/stage", Map.of("to", "FEEDBACK")).expect(200);
        return round;
    }

    private void unit(String code, String name) {
        units.put(code, office.post("/platform/reference/units", Map.of("code", "RC-" + code, "name", name, "divisionCode", CITY, "field", "党政机关",
                "sector", "社会民生", "active", true)).expect(201).path("id").asLong());
    }

    private void person(String name, String unit) {
        persons.put(name, office.post("/platform/reference/persons", Map.of("name", name, "unitId", units.get(unit), "post", "干部",
                "active", true)).expect(201).path("id").asLong());
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
