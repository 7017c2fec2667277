package org.xuncha.itests.leadtransfer;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

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
 * The life of a lead, from a problem found to the discipline commission's outcome, over REST as the
 * people who do it: a group member drafts a problem with evidence, the group leader signs it off,
 * the office reviews it and the office leader records the leading group's decision; a lead is
 * raised from it and transferred; the discipline commission acknowledges it and reports disposal
 * and outcomes. Along the way people outside the lead's need-to-know are refused, the statistics
 * count exactly what was done, an untouched lead becomes overdue once the clock passes its
 * deadline, the person concerned never reaches the database file in plain text, and the module is
 * removed and reinstalled from the console without touching anything else.
 *
 * <p>The test does not import the module's API package, so that removing the module leaves no
 * bundle wired to it.</p>
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LeadTransferIT extends PaxExamSupport {

    private static final String CITY = "371500";
    private static final String COUNTY = "371521";
    private static final String TOPICS = "xuncha/lead_transfer/*";
    private static final Duration WAIT = Duration.ofSeconds(120);
    /** The person concerned: must never be in the database file in plain text. */
    private static final String PERSON = "欧阳明远";
    private static final String DOCUMENT = "聊巡办移〔2026〕17号";
    private static final String SHEET = "lead-transfer.assignment-sheet";

    @Configuration
    public Option[] config() {
        // A one-month feedback deadline and a check every two seconds, so a 40-day clock shift makes a lead overdue.
        return OptionUtils.combine(baseConfig(),
                editConfigurationFilePut("etc/org.xuncha.leadtransfer.cfg", "feedbackMonths", "1"),
                editConfigurationFilePut("etc/org.xuncha.leadtransfer.cfg", "overdueCheckSeconds", "2"));
    }

    private Accounts accounts;
    private Api office;
    private final Map<String, Long> units = new HashMap<>();
    private final Map<String, Long> persons = new HashMap<>();
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private long term;
    private long round;
    private long group1;
    private long group2;

    @Test
    public void fromProblemToOutcome() throws Exception {
        awaitApi();
        Wait.until(WAIT, () -> {
            String health = new Api(apiBase()).get("/health").text();
            return health.contains("lead-transfer") && health.contains("round-planning");
        });
        accounts = accounts();
        accounts.sysadmin();
        accounts.division(CITY, "聊城市", null);
        office = accounts.user("lt-office", CITY, null, "office-staff");
        ServiceRegistration<EventHandler> listener = listen();
        try {
            referenceDataAndRound();
            Api member = accounts.user("lt-member", CITY, persons.get("赵组员"), "group-member");
            Api groupLeader = accounts.user("lt-gleader", CITY, persons.get("张组长"), "group-leader");
            Api otherGroup = accounts.user("lt-other", CITY, persons.get("钱组员"), "group-member");
            Api officeLeader = accounts.user("lt-leader", CITY, null, "office-leader");
            Api discipline = accounts.user("lt-jw", CITY, null, "discipline-commission");
            Api organisation = accounts.user("lt-zzb", CITY, null, "organisation-dept");
            Api county = accounts.user("lt-county", COUNTY, null, "office-staff", "discipline-commission");

            long problem = aProblemIsDraftedSignedOffReviewedAndDecided(member, groupLeader, officeLeader, otherGroup, county);
            long lead = aLeadIsRaisedAndTransferred(groupLeader, problem);
            onlyThoseWhoNeedToKnowSeeTheLead(lead, member, discipline, organisation, otherGroup, county);
            theAssignmentSheetIsGeneratedAsWordAndPdf(lead, member, otherGroup);
            anOfficeTemplateIsUploadedAndUsed(lead, member, county);
            aBatchRunsInTheBackgroundWithProgress(lead, member, otherGroup);
            theReceiverReportsDisposalAndOutcomes(lead, discipline, organisation);
            long untouched = aSecondLeadIsTransferredToTheOrganisationDepartment(member);
            jointWork(groupLeader, lead);
            statisticsCountWhatWasDone(officeLeader, member);
            theLedgerAndTheConsole(lead);
            thePersonConcernedIsNotInTheDatabaseFile();
            aLeadBeforeApprovalOnlyByTheOfficeWithItsReasonAndThePersonFromTheDirectory(member, groupLeader);
            aLeadWithoutFeedbackBecomesOverdue(lead, untouched);
            strictInputAndNoInputAnswers5xx(lead);
            uninstallAndReinstallTouchNothingElse(lead);
        } finally {
            listener.unregister();
            setClockOffset(null);
        }
    }

    // ------------------------------------------------------------------ steps

    private void referenceDataAndRound() {
        office.put("/platform/reference/divisions/" + CITY, Map.of("nameZh", "聊城市", "level", "CITY")).expectSaved();
        office.put("/platform/reference/divisions/" + COUNTY, Map.of("nameZh", "茌平区", "level", "COUNTY", "parentCode", CITY)).expectSaved();
        unit("LT-EDU", "聊城市教育和体育局党组");
        unit("LT-EDU-1", "聊城第一中学党委");
        unit("LT-HEA", "聊城市卫生健康委员会党组");
        for (String name : List.of("张组长", "赵组员", "孙副组长", "李组长", "钱组员")) {
            // the first group's members work at the health commission, the second's at the education bureau: neither inspects its own unit
            String home = List.of("李组长", "钱组员").contains(name) ? "LT-EDU" : "LT-HEA";
            persons.put(name, office.post("/platform/reference/persons", Map.of("name", name, "unitId", units.get(home), "post", "干部",
                    "active", true)).expect(201).path("id").asLong());
        }
        LocalDate today = today();
        term = office.post("/round-planning/terms", Map.of("name", "中共聊城市第十四届委员会", "divisionCode", CITY,
                "startDate", today.minusYears(2).toString(), "endDate", today.plusYears(3).toString())).expect(201).path("id").asLong();
        round = office.post("/round-planning/rounds", Map.of("termId", term, "type", "REGULAR", "plannedStart", today.toString(),
                "plannedEnd", today.plusDays(39).toString())).expect(201).path("id").asLong();
        office.post("/round-planning/rounds/" + round + "/targets", Map.of("unitIds", List.copyOf(units.values()))).expect(201);
        group1 = office.post("/round-planning/rounds/" + round + "/groups", Map.of("name", "第一巡察组",
                "members", List.of(member("张组长", "LEADER"), member("赵组员", "MEMBER"), member("孙副组长", "NONRESIDENT_DEPUTY")),
                "targetUnitIds", List.of(units.get("LT-EDU"), units.get("LT-EDU-1")))).expect(201).path("id").asLong();
        group2 = office.post("/round-planning/rounds/" + round + "/groups", Map.of("name", "第二巡察组",
                "members", List.of(member("李组长", "LEADER"), member("钱组员", "MEMBER")),
                "targetUnitIds", List.of(units.get("LT-HEA")))).expect(201).path("id").asLong();
    }

    private long aProblemIsDraftedSignedOffReviewedAndDecided(Api member, Api groupLeader, Api officeLeader, Api otherGroup, Api county) {
        Map<String, Object> draft = new HashMap<>(Map.of("roundId", round, "groupId", group1, "unitId", units.get("LT-EDU"),
                "category", "MAJOR_DECISIONS", "description", "2025年3项重大投资未经党组会集体研究，由主要负责人个人决定", "topLeader", true));
        Api.Response wrongUnit = member.post("/lead-transfer/problems", Map.of("roundId", round, "groupId", group1, "unitId", units.get("LT-HEA"),
                "description", "x"));
        assertEquals(wrongUnit.text(), 400, wrongUnit.status());
        assertEquals("unitId", wrongUnit.json().path("fields").get(0).path("field").asText());
        assertEquals("another group's target", 403, otherGroup.post("/lead-transfer/problems", draft).status());

        long problem = member.post("/lead-transfer/problems", draft).expect(201).path("id").asLong();
        member.postBytes("/lead-transfer/problems/" + problem + "/evidence?filename=%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81.txt",
                "党组会议纪要（摘录）".getBytes(StandardCharsets.UTF_8), "text/plain").expect(201);
        assertEquals("group scope", 403, otherGroup.get("/lead-transfer/problems/" + problem).status());
        assertEquals("a county account, a city problem", 403, county.get("/lead-transfer/problems/" + problem).status());
        assertEquals(0, otherGroup.get("/lead-transfer/problems?roundId=" + round).expect(200).path("total").asInt());

        // 待办: each step waits for the one who acts next, and is gone once done
        assertEquals("the leader's to-do", 1, Todo.count(groupLeader, "lead-transfer.problems-to-sign"));
        assertEquals("a member signs nothing off", 0, Todo.count(member, "lead-transfer.problems-to-sign"));
        assertEquals("another group's leader", 0, Todo.count(otherGroup, "lead-transfer.problems-to-sign"));
        assertEquals("a member does not sign off", 403, member.post("/lead-transfer/problems/" + problem + "/submit", Map.of()).status());
        assertEquals("SUBMITTED", groupLeader.post("/lead-transfer/problems/" + problem + "/submit", Map.of("opinion", "情况属实，报巡察办"))
                .expect(200).path("status").asText());
        assertEquals("editing is over", 409, member.put("/lead-transfer/problems/" + problem, draft).status());
        assertEquals("signed off: gone from the leader's to-do", 0, Todo.count(groupLeader, "lead-transfer.problems-to-sign"));
        assertEquals("now the office's", 1, Todo.count(office, "lead-transfer.problems-to-review"));
        Api.Response early = officeLeader.post("/lead-transfer/problems/" + problem + "/leading-group-decision", Map.of("decision", "APPROVE"));
        assertEquals(early.text(), 409, early.status());
        assertEquals("OFFICE_APPROVED", office.post("/lead-transfer/problems/" + problem + "/office-review",
                Map.of("decision", "APPROVE", "opinion", "同意提交领导小组")).expect(200).path("status").asText());
        assertEquals(0, Todo.count(office, "lead-transfer.problems-to-review"));
        assertEquals("now the office leader's", 1, Todo.count(officeLeader, "lead-transfer.problems-to-decide"));
        assertEquals("staff cannot decide for the leading group", 403,
                office.post("/lead-transfer/problems/" + problem + "/leading-group-decision", Map.of("decision", "APPROVE")).status());
        assertEquals("APPROVED", officeLeader.post("/lead-transfer/problems/" + problem + "/leading-group-decision",
                Map.of("decision", "APPROVE", "opinion", "领导小组审定同意")).expect(200).path("status").asText());
        assertEquals(0, Todo.count(officeLeader, "lead-transfer.problems-to-decide"));

        JsonNode detail = member.get("/lead-transfer/problems/" + problem).expect(200);
        assertEquals(draft.get("description"), detail.path("description").asText());
        assertEquals(List.of("GROUP", "OFFICE", "LEADING_GROUP"), texts(detail.path("approvals"), "step"));
        assertEquals(List.of("lt-gleader", "lt-office", "lt-leader"), texts(detail.path("approvals"), "actor"));
        assertEquals("领导小组审定同意", detail.path("approvals").get(2).path("opinion").asText());
        JsonNode evidence = detail.path("attachments").get(0);
        assertEquals("会议纪要.txt", evidence.path("filename").asText());
        assertEquals("党组会议纪要（摘录）", member.get("/lead-transfer/problems/" + problem + "/evidence/" + evidence.path("id").asLong()).text());
        Wait.until(WAIT, () -> events("problem_approved").size() == 1);
        return problem;
    }

    private long aLeadIsRaisedAndTransferred(Api groupLeader, long problem) {
        JsonNode lead = groupLeader.post("/lead-transfer/problems/" + problem + "/leads", Map.of("personName", PERSON, "personPost", "党组书记、局长",
                "personRank", "正处级", "summary", "反映其违规决定重大投资并收受工程承包方财物")).expect(201);
        long id = lead.path("id").asLong();
        assertEquals("from the problem", "MAJOR_DECISIONS", lead.path("category").asText());
        assertTrue(lead.path("topLeader").asBoolean());
        assertEquals(round, lead.path("roundId").asLong());
        assertEquals("the group does not transfer", 403, groupLeader.post("/lead-transfer/leads/" + id + "/transfer", transfer("DISCIPLINE_COMMISSION")).status());
        JsonNode transferred = office.post("/lead-transfer/leads/" + id + "/transfer", transfer("DISCIPLINE_COMMISSION")).expect(200);
        assertEquals("TRANSFERRED", transferred.path("status").asText());
        assertEquals("one month, as configured", today().plusMonths(1).toString(), transferred.path("feedbackDue").asText());
        Wait.until(WAIT, () -> events("transferred").size() == 1);
        Event e = events("transferred").get(0);
        assertEquals(String.valueOf(id), e.getProperty("entityId"));
        assertEquals("DISCIPLINE_COMMISSION", e.getProperty("receiverKind"));
        assertFalse("events carry no names", e.toString().contains(PERSON));
        assertEquals(409, office.post("/lead-transfer/leads/" + id + "/transfer", transfer("ORGANISATION_DEPT")).status());
        return id;
    }

    private void onlyThoseWhoNeedToKnowSeeTheLead(long lead, Api member, Api discipline, Api organisation, Api otherGroup, Api county) {
        assertEquals(PERSON, member.get("/lead-transfer/leads/" + lead).expect(200).path("personName").asText());
        assertEquals(PERSON, discipline.get("/lead-transfer/leads/" + lead).expect(200).path("personName").asText());
        for (Api refused : List.of(organisation, otherGroup, county)) {
            Api.Response r = refused.get("/lead-transfer/leads/" + lead);
            assertEquals(r.text(), 403, r.status());
            assertEquals("out_of_scope", r.json().path("code").asText());
            assertEquals(0, refused.get("/lead-transfer/leads").expect(200).path("total").asInt());
        }
        assertEquals(1, discipline.get("/lead-transfer/leads").expect(200).path("total").asInt());
        // every read is in the audit trail, by id and without the name
        JsonNode reads = accounts.auditor().get("/platform/audit?module=lead-transfer&action=READ&entityId=" + lead).expect(200);
        List<String> readers = texts(reads.path("items"), "actor");
        assertTrue(readers.toString(), readers.contains("lt-member") && readers.contains("lt-jw"));
        assertFalse(reads.toString().contains(PERSON));
    }

    /** 点人点事交办单 through the platform's document centre: the lead's scope holds, the file is named in Chinese. */
    private void theAssignmentSheetIsGeneratedAsWordAndPdf(long lead, Api member, Api otherGroup) throws Exception {
        JsonNode kinds = member.get("/platform/documents/kinds").expect(200);
        assertTrue(kinds.toString(), texts(kinds, "code").contains(SHEET));
        Map<String, Object> body = Map.of("kind", SHEET, "parameters", Map.of("leadId", String.valueOf(lead)));
        Api.Response docx = member.post("/platform/documents/generate", body);
        assertEquals(docx.text(), 200, docx.status());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.header("Content-Type"));
        String name = java.net.URLEncoder.encode("点人点事交办单-线索" + lead + ".docx", StandardCharsets.UTF_8);
        assertTrue(docx.header("Content-Disposition"), docx.header("Content-Disposition").contains("filename*=UTF-8''" + name));
        String xml = zipPart(docx.bytes(), "word/document.xml");
        assertTrue(xml.contains("点人点事交办单") && xml.contains(PERSON) && xml.contains(DOCUMENT) && xml.contains("反映其违规决定重大投资"));
        assertTrue("GB/T 9704 fonts and margins", xml.contains("仿宋_GB2312") && xml.contains("方正小标宋简体") && xml.contains("w:top=\"2098\""));
        assertFalse("no placeholder left", xml.contains("{{"));

        Api.Response pdf = member.post("/platform/documents/generate", Map.of("kind", SHEET, "format", "pdf",
                "parameters", Map.of("leadId", String.valueOf(lead))));
        assertEquals(pdf.text(), 200, pdf.status());
        assertEquals("application/pdf", pdf.header("Content-Type"));
        assertTrue(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-") && pdf.bytes().length > 5000);

        Api.Response refused = otherGroup.post("/platform/documents/generate", body);
        assertEquals(refused.text(), 403, refused.status());
        assertEquals("out_of_scope", refused.json().path("code").asText());
        Api.Response badId = member.post("/platform/documents/generate", Map.of("kind", SHEET, "parameters", Map.of("leadId", "十二")));
        assertEquals(400, badId.status());
        assertEquals("leadId", badId.json().path("fields").get(0).path("field").asText());
        assertEquals(404, member.post("/platform/documents/generate", Map.of("kind", "no.such-kind")).status());
        assertEquals(400, member.post("/platform/documents/generate", Map.of("kind", SHEET, "format", "rtf")).status());
        Api.Response template = member.get("/platform/documents/templates/default");
        assertEquals(200, template.status());
        assertTrue(zipPart(template.bytes(), "word/document.xml").contains("{{body}}"));

        JsonNode trail = accounts.auditor().get("/platform/audit?module=documents&action=EXPORT&size=50").expect(200);
        List<String> actors = texts(trail.path("items"), "actor");
        assertEquals(trail.toString(), List.of("lt-member", "lt-member"), actors);
        assertFalse(trail.toString().contains(PERSON));
    }

    /** The office replaces the default template with its own; a broken upload changes nothing; versions are kept. */
    private void anOfficeTemplateIsUploadedAndUsed(long lead, Api member, Api county) throws Exception {
        assertEquals(0, office.get("/platform/documents/templates").expect(200).size());
        Api.Response broken = office.postBytes("/platform/documents/templates?filename=broken.docx", "这不是Word文档".getBytes(StandardCharsets.UTF_8),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertEquals(broken.text(), 400, broken.status());
        assertEquals("bad_template", broken.json().path("code").asText());
        assertEquals("nothing stored", 0, office.get("/platform/documents/templates").expect(200).size());
        assertEquals("a group member does not change the office's template", 403,
                member.postBytes("/platform/documents/templates", new byte[] {1}, "application/octet-stream").status());

        Api.Response standard = office.get("/platform/documents/templates/default");
        byte[] ours = replaceInZip(standard.bytes(), "word/document.xml", "{{title}}", "{{title}}（聊城市委巡察办）");
        String encoded = java.net.URLEncoder.encode("聊城公文模板.docx", StandardCharsets.UTF_8);
        JsonNode v1 = office.postBytes("/platform/documents/templates?filename=" + encoded, ours,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document").expect(201);
        assertEquals(1, v1.path("version").asInt());
        assertEquals("聊城公文模板.docx", v1.path("filename").asText());

        Api.Response docx = member.post("/platform/documents/generate", Map.of("kind", SHEET, "parameters", Map.of("leadId", String.valueOf(lead))));
        assertEquals(docx.text(), 200, docx.status());
        assertEquals("1", docx.header("X-Template-Version"));
        // the text as Word shows it: poi-tl puts the filled tag and the office's words in runs of their own
        assertTrue(zipPart(docx.bytes(), "word/document.xml").replaceAll("<[^>]+>", "").contains("点人点事交办单（聊城市委巡察办）"));
        Api.Response v1File = member.get("/platform/documents/templates/" + v1.path("id").asLong());
        assertEquals(200, v1File.status());
        Api.Response otherOffice = county.get("/platform/documents/templates/" + v1.path("id").asLong());
        assertEquals(otherOffice.text(), 403, otherOffice.status());
        JsonNode trail = accounts.auditor().get("/platform/audit?module=documents&action=EXPORT&size=50").expect(200);
        assertTrue(trail.toString(), trail.toString().contains("模板第1版"));
    }

    /** A batch: 202, progress to DONE, a zip of Chinese-named files; a failing document fails the batch with the reason and no zip. */
    private void aBatchRunsInTheBackgroundWithProgress(long lead, Api member, Api otherGroup) throws Exception {
        Map<String, String> item = Map.of("leadId", String.valueOf(lead));
        JsonNode started = member.post("/platform/documents/batches", Map.of("kind", SHEET, "items", List.of(item, item))).expect(202);
        String id = started.path("id").asText();
        assertEquals(2, started.path("total").asInt());
        Wait.until(WAIT, () -> !"RUNNING".equals(member.get("/platform/documents/batches/" + id).expect(200).path("state").asText()));
        JsonNode done = member.get("/platform/documents/batches/" + id).expect(200);
        assertEquals(done.toString(), "DONE", done.path("state").asText());
        assertEquals(2, done.path("done").asInt());
        assertEquals("only its owner sees a batch", 404, otherGroup.get("/platform/documents/batches/" + id).status());
        Api.Response zip = member.get("/platform/documents/batches/" + id + "/download");
        assertEquals(zip.text(), 200, zip.status());
        assertTrue(zip.header("Content-Disposition"), zip.header("Content-Disposition")
                .contains(java.net.URLEncoder.encode("点人点事交办单（批量）.zip", StandardCharsets.UTF_8)));
        List<String> names = new ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertEquals(List.of("点人点事交办单-线索" + lead + ".docx", "点人点事交办单-线索" + lead + "（2）.docx"), names);

        String failing = member.post("/platform/documents/batches", Map.of("kind", SHEET, "format", "pdf",
                "items", List.of(item, Map.of("leadId", "99999999")))).expect(202).path("id").asText();
        Wait.until(WAIT, () -> !"RUNNING".equals(member.get("/platform/documents/batches/" + failing).expect(200).path("state").asText()));
        JsonNode failed = member.get("/platform/documents/batches/" + failing).expect(200);
        assertEquals(failed.toString(), "FAILED", failed.path("state").asText());
        assertTrue(failed.toString(), failed.path("messageZh").asText().startsWith("第2份"));
        Api.Response noZip = member.get("/platform/documents/batches/" + failing + "/download");
        assertEquals(409, noZip.status());
        assertEquals("batch_failed", noZip.json().path("code").asText());
        assertEquals(400, member.post("/platform/documents/batches", Map.of("kind", SHEET, "items", List.of())).status());
    }

    private static byte[] replaceInZip(byte[] zip, String part, String from, String to) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip));
             java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(part)) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    assertTrue(xml.contains(from));
                    bytes = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                z.write(bytes);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String zipPart(byte[] zip, String name) throws java.io.IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the document");
    }

    private void theReceiverReportsDisposalAndOutcomes(long lead, Api discipline, Api organisation) {
        String today = today().toString();
        assertEquals("not their kind of lead", 403, organisation.post("/lead-transfer/leads/" + lead + "/acknowledge", Map.of("acknowledgedOn", today)).status());
        assertEquals("acknowledge first", 409, discipline.post("/lead-transfer/leads/" + lead + "/disposals",
                Map.of("method", "PRELIMINARY_VERIFICATION", "reportedOn", today)).status());
        assertEquals("ACKNOWLEDGED", discipline.post("/lead-transfer/leads/" + lead + "/acknowledge", Map.of("acknowledgedOn", today)).expect(200)
                .path("status").asText());
        discipline.post("/lead-transfer/leads/" + lead + "/disposals", Map.of("method", "PRELIMINARY_VERIFICATION", "reportedOn", today)).expect(201);
        Api.Response noCase = discipline.post("/lead-transfer/leads/" + lead + "/outcomes", Map.of("kind", "PARTY_SANCTION", "grade", "EXPULSION",
                "people", 1, "decidedOn", today));
        assertEquals(noCase.text(), 409, noCase.status());
        assertEquals("no_case", noCase.json().path("code").asText());
        discipline.post("/lead-transfer/leads/" + lead + "/disposals", Map.of("method", "CASE_INVESTIGATION", "reportedOn", today, "note", "经市纪委常委会研究立案"))
                .expect(201);
        discipline.post("/lead-transfer/leads/" + lead + "/outcomes", Map.of("kind", "PARTY_SANCTION", "grade", "EXPULSION", "people", 1,
                "decidedOn", today)).expect(201);
        discipline.post("/lead-transfer/leads/" + lead + "/outcomes", Map.of("kind", "GOVERNMENT_SANCTION", "grade", "EXPULSION_FROM_OFFICE",
                "people", 1, "decidedOn", today)).expect(201);
        discipline.post("/lead-transfer/leads/" + lead + "/outcomes", Map.of("kind", "ORGANISATIONAL_HANDLING", "people", 2, "decidedOn", today,
                "note", "对分管副局长等2人诫勉")).expect(201);
        discipline.post("/lead-transfer/leads/" + lead + "/outcomes", Map.of("kind", "PROSECUTION", "people", 1, "decidedOn", today)).expect(201);
        assertEquals("CONCLUDED", discipline.post("/lead-transfer/leads/" + lead + "/conclude", Map.of("concludedOn", today, "note", "处分决定已送达"))
                .expect(200).path("status").asText());
        JsonNode detail = office.get("/lead-transfer/leads/" + lead).expect(200);
        assertEquals(List.of("PRELIMINARY_VERIFICATION", "CASE_INVESTIGATION"), texts(detail.path("disposals"), "method"));
        assertEquals(4, detail.path("outcomes").size());
        assertEquals(today, detail.path("firstFeedbackOn").asText());
        assertEquals("the receiver's note on concluding is kept", "处分决定已送达", detail.path("conclusionNote").asText());
        Wait.until(WAIT, () -> events("feedback").size() == 8);
    }

    private long aSecondLeadIsTransferredToTheOrganisationDepartment(Api member) {
        long id = member.post("/lead-transfer/leads", Map.of("roundId", round, "groupId", group1, "unitId", units.get("LT-EDU-1"),
                "personName", "周某", "personPost", "副校长", "category", "CADRES", "source", "INTERVIEW")).expect(201).path("id").asLong();
        office.post("/lead-transfer/leads/" + id + "/transfer", transfer("ORGANISATION_DEPT")).expect(200);
        office.post("/lead-transfer/leads/surrenders", Map.of("roundId", round, "unitId", units.get("LT-EDU"), "personName", "冯某",
                "personPost", "财务科科长", "surrenderedOn", today().toString(), "receivedBy", "市纪委监委")).expect(201);
        return id;
    }

    private void jointWork(Api groupLeader, long lead) {
        LocalDate today = today();
        long joint = office.post("/lead-transfer/joint-operations", Map.of("name", "巡纪审联动（市教育系统）", "roundId", round,
                "disciplineProject", "市纪委监委第二监督检查室专项监督", "auditProject", "市审计局经济责任审计")).expect(201).path("id").asLong();
        Api audit = accounts.user("lt-audit", CITY, null, "audit-bureau");
        JsonNode finding = audit.post("/lead-transfer/joint-operations/" + joint + "/findings", Map.of("kind", "PROBLEM", "unitId", units.get("LT-EDU-1"),
                "category", "FINANCE", "description", "审计发现虚列支出48万元", "reference", "审计发现第12项")).expect(201);
        assertEquals("AUDIT", finding.path("source").asText());
        assertEquals(group1, finding.path("groupId").asLong());
        JsonNode broughtIn = office.get("/lead-transfer/problems/" + finding.path("id").asLong()).expect(200);
        assertEquals("joint-operation:" + joint + ":审计发现第12项", broughtIn.path("sourceRef").asText());
        assertEquals(1, office.get("/lead-transfer/joint-operations/" + joint).expect(200).path("figures").path("problemsBroughtIn").asInt());

        // the unit is inspected from today for 40 days: a separate audit in that time is refused, the joint one is not
        Map<String, Object> visit = new HashMap<>(Map.of("termId", term, "unitId", units.get("LT-EDU"), "kind", "AUDIT",
                "organisation", "市审计局", "startsOn", today.plusDays(20).toString(), "endsOn", today.plusDays(50).toString()));
        Api.Response twice = audit.post("/lead-transfer/joint-operations/visits", visit);
        assertEquals(twice.text(), 409, twice.status());
        assertEquals("visit_conflict", twice.json().path("code").asText());
        assertTrue(twice.text(), twice.json().path("message").asText().contains("第一巡察组"));
        visit.put("jointOperationId", joint);
        assertEquals(0, audit.post("/lead-transfer/joint-operations/visits", visit).expect(201).path("warnings").size());
        JsonNode calendar = office.get("/lead-transfer/joint-operations/calendar?termId=" + term + "&unitId=" + units.get("LT-EDU")).expect(200);
        assertEquals(List.of("INSPECTION", "AUDIT"), texts(calendar, "kind"));

        JsonNode consultation = groupLeader.post("/lead-transfer/consultations", Map.of("roundId", round, "groupId", group1, "subject", "研判第一巡察组重点线索",
                "heldOn", today.toString(), "conclusion", "线索具体，建议移交市纪委监委", "leadIds", List.of(lead),
                "attendees", List.of(Map.of("personId", persons.get("张组长"), "role", "GROUP")))).expect(201);
        assertEquals("the round's non-resident deputy joins", List.of("张组长", "孙副组长"), texts(consultation.path("attendees"), "name"));
        assertEquals("NONRESIDENT_DEPUTY", consultation.path("attendees").get(1).path("role").asText());
    }

    private void statisticsCountWhatWasDone(Api officeLeader, Api member) {
        JsonNode report = officeLeader.get("/lead-transfer/leads/statistics?dimension=ROUND&termId=" + term).expect(200);
        assertEquals(1, report.path("rows").size());
        JsonNode row = report.path("rows").get(0);
        assertEquals("named as round planning names it", office.get("/round-planning/rounds/" + round).expect(200).path("round").path("name").asText(),
                row.path("labelZh").asText());
        JsonNode f = row.path("figures");
        assertEquals("the approved problem; the audit finding is still a draft", 1, f.path("problemsFound").asInt());
        assertEquals(1, f.path("topLeaderProblems").asInt());
        assertEquals(2, f.path("leadsTransferred").asInt());
        assertEquals(1, f.path("topLeaderLeads").asInt());
        assertEquals(1, f.path("topLeaderInvestigated").asInt());
        assertEquals("1 Party + 1 government sanction + 2 organisational", 4, f.path("peopleHandled").asInt());
        assertEquals(4, f.path("topLeaderPeopleHandled").asInt());
        assertEquals(1, f.path("prosecuted").asInt());
        assertEquals(1, f.path("selfSurrendered").asInt());
        assertEquals(0, f.path("overdueLeads").asInt());
        assertEquals(1, f.path("peopleByGrade").path("EXPULSION").asInt());
        assertEquals(report.path("totals").path("peopleHandled"), f.path("peopleHandled"));
        // the statistics page's charts: leads by receiver, and by the disposal methods reported on them
        JsonNode leads = report.path("leads");
        assertEquals(1, leads.path("byReceiver").path("DISCIPLINE_COMMISSION").asInt());
        assertEquals(1, leads.path("byReceiver").path("ORGANISATION_DEPT").asInt());
        assertEquals(1, leads.path("byDisposal").path("PRELIMINARY_VERIFICATION").asInt());
        assertEquals(1, leads.path("byDisposal").path("CASE_INVESTIGATION").asInt());
        assertEquals(2, leads.path("byDisposal").size());
        // a group member's figures are their group's; the dashboard shows the same totals
        assertEquals(2, member.get("/lead-transfer/leads/statistics").expect(200).path("totals").path("leadsTransferred").asInt());
        JsonNode dashboard = find(officeLeader.get("/platform/statistics").expect(200), "module", "lead-transfer").path("statistics");
        assertEquals(1, find(dashboard, "id", "lead-transfer.problems").path("value").asInt());
        assertEquals(4, find(dashboard, "id", "lead-transfer.people-handled").path("value").asInt());
        assertEquals(1, find(dashboard, "id", "lead-transfer.prosecuted").path("value").asInt());
        JsonNode byReceiver = find(dashboard, "id", "lead-transfer.leads");
        assertEquals("pie", byReceiver.path("chart").asText());
        assertEquals(1, find(byReceiver.path("points"), "labelZh", "组织部").path("value").asInt());
    }

    private void theLedgerAndTheConsole(long lead) throws Exception {
        Api.Response ledger = office.get("/lead-transfer/leads/export?roundId=" + round);
        assertEquals(ledger.text(), 200, ledger.status());
        // a browser saves it as 问题线索台账.xlsx (RFC 6266 filename*), an old client gets the ASCII fallback
        String disposition = ledger.header("Content-Disposition");
        assertTrue(disposition, disposition.contains("filename*=UTF-8''%E9%97%AE%E9%A2%98%E7%BA%BF%E7%B4%A2%E5%8F%B0%E8%B4%A6.xlsx"));
        assertTrue(disposition, disposition.contains("filename=\"______.xlsx\""));
        List<List<String>> rows = service(SpreadsheetService.class).readFirstSheet(new ByteArrayInputStream(ledger.bytes()));
        List<String> first = rows.stream().filter(r -> r.contains(String.valueOf(lead))).findFirst().orElseThrow();
        assertTrue(first.toString(), first.containsAll(List.of(PERSON, "党组书记、局长", "是", DOCUMENT, "已办结", "4", "1")));
        assertTrue(first.toString(), first.contains("聊城市教育和体育局党组"));
        String list = console("lt-office", "xuncha:lead-list");
        assertTrue(list, list.contains("共 2 条") && !list.contains(PERSON));
        String stats = console("lt-office", "xuncha:lead-stats --term " + term);
        assertTrue(stats, stats.contains("合计"));
    }

    private void thePersonConcernedIsNotInTheDatabaseFile() throws Exception {
        Path dir = Path.of(System.getProperty("karaf.data"), "xuncha", "db");
        // the document number is stored in clear: once it is in the file, the lead's row is on disk
        Wait.until(WAIT, () -> contains(dir, DOCUMENT));
        assertFalse("the name of the person concerned is in the database file", contains(dir, PERSON));
        assertFalse("the post of the person concerned is in the database file", contains(dir, "党组书记、局长"));
    }

    private void aLeadWithoutFeedbackBecomesOverdue(long concluded, long untouched) throws Exception {
        assertEquals(0, office.get("/lead-transfer/leads/overdue").expect(200).size());
        setClockOffset("P40D");
        office = accounts.user("lt-office", CITY, null, "office-staff");     // the sessions expired meanwhile
        JsonNode overdue = office.get("/lead-transfer/leads/overdue").expect(200);
        assertEquals(List.of(String.valueOf(untouched)), texts(overdue, "id"));
        assertTrue(overdue.get(0).path("daysOverdue").asLong() >= 9);
        assertFalse(office.get("/lead-transfer/leads/" + concluded).expect(200).path("overdue").asBoolean());
        Wait.until(WAIT, () -> events("overdue").size() == 1);
        assertEquals(String.valueOf(untouched), events("overdue").get(0).getProperty("entityId"));
        String console = console("lt-office", "xuncha:lead-overdue");
        assertTrue(console, console.contains("逾期 1 条"));
    }

    /**
     * Every text within its column, every id looked up, the evidence's name and media type checked:
     * each refused with a 400 naming the field; and no input at all is answered with a 5xx.
     */
    private void strictInputAndNoInputAnswers5xx(long lead) {
        Api member = accounts.user("lt-member", CITY, persons.get("赵组员"), "group-member");
        long draft = member.post("/lead-transfer/problems", Map.of("roundId", round, "groupId", group1, "unitId", units.get("LT-EDU"),
                "description", "待补充证据")).expect(201).path("id").asLong();
        String evidence = "/lead-transfer/problems/" + draft + "/evidence?filename=a.txt";
        byte[] file = "证据".getBytes(StandardCharsets.UTF_8);
        // a media type longer than its column (a 500 before it was checked) or not a media type at all
        assertField(member.postBytes(evidence, file, "application/" + "x".repeat(89)), "Content-Type");
        for (String type : List.of("text", "text/", "a/b/c", "text/plain;", "text/plain; charset", "*/*", "text/plain x")) {
            Api.Response r = member.postBytes(evidence, file, type);
            assertTrue(type + " → " + r.status() + " " + r.text(), r.status() >= 400 && r.status() < 500);
        }
        for (String name : List.of("..", "..%2F..%2Fetc%2Fpasswd", "a%5Cb", "a%0Ab", "%20", "x".repeat(201))) {
            assertField(member.postBytes("/lead-transfer/problems/" + draft + "/evidence?filename=" + name, file, "text/plain"), "filename");
        }
        assertField(member.postBytes("/lead-transfer/problems/" + draft + "/evidence", file, "text/plain"), "filename");
        assertEquals(201, member.postBytes(evidence, file, "text/plain; charset=UTF-8").status());

        // texts longer than their columns, and ids that are not there
        Map<String, Object> newLead = new HashMap<>(Map.of("roundId", round, "groupId", group1, "unitId", units.get("LT-EDU"),
                "personName", "名".repeat(51)));
        assertField(member.post("/lead-transfer/leads", newLead), "personName");
        newLead.put("personName", "周某");
        newLead.put("personId", 987654321);
        assertField(office.post("/lead-transfer/leads", newLead), "personId");
        assertField(office.post("/lead-transfer/leads/surrenders", Map.of("roundId", round, "unitId", 987654321, "personName", "冯某",
                "surrenderedOn", today().toString(), "receivedBy", "市纪委监委")), "unitId");
        assertField(office.post("/lead-transfer/consultations", Map.of("roundId", round, "subject", "研判", "heldOn", today().toString(),
                "attendees", List.of(Map.of("personId", 987654321, "role", "GROUP")))), "attendees[0].personId");
        assertField(office.post("/lead-transfer/joint-operations/visits", Map.of("termId", term, "unitId", units.get("LT-EDU"), "kind", "AUDIT",
                "organisation", "市审计局", "startsOn", "2030-01-01", "endsOn", "2030-01-02", "jointOperationId", 987654321)), "jointOperationId");
        assertField(office.post("/lead-transfer/problems", Map.of("roundId", 987654321, "groupId", group1, "unitId", units.get("LT-EDU"),
                "description", "x")), "roundId");
        assertEquals("a new category is created", 201, office.put("/lead-transfer/problems/categories/LT_TEST", Map.of("nameZh", "测试类别"))
                .status());
        assertEquals("and then changed", 200, office.put("/lead-transfer/problems/categories/LT_TEST", Map.of("nameZh", "测试类别二")).status());

        // nothing a client sends is answered with a 5xx
        String big = "9223372036854775807";
        List<String[]> requests = List.of(
                new String[] {"POST", "/lead-transfer/problems", ""},
                new String[] {"POST", "/lead-transfer/problems", "null"},
                new String[] {"POST", "/lead-transfer/problems", "[]"},
                new String[] {"POST", "/lead-transfer/problems", "{\"roundId\": " + big + ", \"groupId\": -1, \"unitId\": 0, \"description\": \"x\"}"},
                new String[] {"POST", "/lead-transfer/leads", "{\"roundId\": " + round + ", \"personName\": \"x\", \"personId\": " + big + "}"},
                new String[] {"POST", "/lead-transfer/consultations", "{\"roundId\": " + round + ", \"attendees\": [null], \"problemIds\": [null], \"leadIds\": [null]}"},
                new String[] {"POST", "/lead-transfer/consultations", "{\"roundId\": " + round + ", \"subject\": \"x\", \"heldOn\": \"-999999999-01-01\"}"},
                new String[] {"POST", "/lead-transfer/leads/" + lead + "/transfer", "{\"receiverKind\": \"OTHER\", \"documentNumber\": \"x\", \"transferredOn\": \"-999999999-01-01\"}"},
                new String[] {"POST", "/lead-transfer/leads/" + lead + "/conclude", ""},
                new String[] {"POST", "/lead-transfer/problems/" + draft + "/submit", ""},
                new String[] {"POST", "/lead-transfer/joint-operations", "{\"name\": \"x\", \"roundId\": " + round + ", \"startsOn\": \"+999999999-12-31\"}"},
                new String[] {"POST", "/lead-transfer/joint-operations/visits", "{\"termId\": " + big + ", \"unitId\": " + big + ", \"kind\": \"AUDIT\", \"organisation\": \"x\", \"startsOn\": \"2030-01-01\", \"endsOn\": \"2030-01-01\"}"},
                new String[] {"POST", "/lead-transfer/joint-operations/" + big + "/findings", "{\"kind\": \"LEAD\", \"unitId\": 1}"},
                new String[] {"PUT", "/lead-transfer/problems/categories/" + "A".repeat(41), "{\"nameZh\": \"x\", \"parentCode\": \"" + "B".repeat(60) + "\"}"},
                new String[] {"PUT", "/lead-transfer/problems/" + draft, "{\"description\": \"x\", \"version\": " + big + "}"},
                new String[] {"GET", "/lead-transfer/leads/" + big, null},
                new String[] {"GET", "/lead-transfer/leads/-1", null},
                new String[] {"GET", "/lead-transfer/leads/abc", null},
                new String[] {"GET", "/lead-transfer/leads?page=100000&size=500&sort=-feedbackDue,category", null},
                new String[] {"GET", "/lead-transfer/leads?roundId=" + big + "&status=nope", null},
                new String[] {"GET", "/lead-transfer/leads/statistics?dimension=ROUND&year=99999", null},
                new String[] {"GET", "/lead-transfer/leads/surrenders?roundId=" + big, null},
                new String[] {"GET", "/lead-transfer/consultations?roundId=" + big, null},
                new String[] {"GET", "/lead-transfer/joint-operations/calendar?termId=" + big + "&from=2026-02-30", null},
                new String[] {"GET", "/lead-transfer/problems/common?termId=" + big + "&minUnits=" + big, null},
                new String[] {"GET", "/lead-transfer/problems/" + draft + "/evidence/" + big, null},
                new String[] {"DELETE", "/lead-transfer/joint-operations/visits/" + big, null});
        List<String> failures = new ArrayList<>();
        for (String[] r : requests) {
            Api.Response answer = office.raw(r[0], r[1], r[2]);
            if (answer.status() >= 500) {
                failures.add(r[0] + " " + r[1] + " " + r[2] + " → " + answer.status() + " " + answer.text());
            }
        }
        assertTrue("answered with a 5xx: " + failures, failures.isEmpty());
    }

    private static void assertField(Api.Response r, String field) {
        assertEquals(r.text(), 400, r.status());
        assertTrue(r.text(), texts(r.json().path("fields"), "field").contains(field));
        assertFalse("every error in both languages: " + r.text(), r.json().path("message").asText().isBlank()
                || r.json().path("messageEn").asText().isBlank());
    }

    private void uninstallAndReinstallTouchNothingElse(long lead) throws Exception {
        FrameworkWatch watch = new FrameworkWatch(bundleContext, b -> b.getSymbolicName().startsWith("org.xuncha.leadtransfer")).start();
        assertTrue("components to watch: " + watch.watchedComponents(), watch.watchedComponents() > 20);
        int overdueBefore = Todo.count(office, "lead-transfer.leads-overdue");
        assertTrue("the office has a lead-transfer to-do item before", overdueBefore > 0);
        String out = console("sysadmin", "xuncha:module-uninstall lead-transfer");
        assertTrue(out, out.contains("已卸载模块 lead-transfer"));
        Wait.until(WAIT, () -> office.get("/lead-transfer/leads/" + lead).status() == 404);
        assertEquals("round planning keeps answering", 200, office.get("/round-planning/rounds/" + round).status());
        JsonNode todoWithout = office.get("/platform/todo").expect(200);
        assertFalse("a removed module's to-do items are gone: " + todoWithout, todoWithout.toString().contains("lead-transfer"));
        assertFalse("its kind of document goes with the module", texts(office.get("/platform/documents/kinds").expect(200), "code").contains(SHEET));
        List<String> touched = watch.stop();
        assertTrue("other bundles or components were touched: " + touched, touched.isEmpty());

        out = console("sysadmin", "xuncha:module-install lead-transfer");
        assertTrue(out, out.contains("已安装模块 lead-transfer"));
        Wait.until(WAIT, () -> office.get("/lead-transfer/leads/" + lead).status() == 200);
        JsonNode again = office.get("/lead-transfer/leads/" + lead).expect(200);
        assertEquals(PERSON, again.path("personName").asText());
        assertEquals(4, again.path("outcomes").size());
        assertEquals("installed again: its to-do items are back", overdueBefore, Todo.count(office, "lead-transfer.leads-overdue"));
    }

    /**
     * Issue 21: a lead comes from an approved problem; before approval only the office raises one, with
     * its reason, which the audit trail keeps. The person picked from the directory gives the lead its
     * name and the top-leader flag of their leadership, whatever was typed.
     */
    private void aLeadBeforeApprovalOnlyByTheOfficeWithItsReasonAndThePersonFromTheDirectory(Api member, Api groupLeader) {
        long draft = member.post("/lead-transfer/problems", Map.of("roundId", round, "groupId", group1, "unitId", units.get("LT-EDU"),
                "category", "FINANCE", "description", "虚列支出48万元")).expect(201).path("id").asLong();
        long top = office.post("/platform/reference/persons", Map.of("name", "王局长", "unitId", units.get("LT-EDU"), "post", "党组书记、局长",
                "rank", "正处级", "leadership", "TOP_LEADER", "active", true)).expect(201).path("id").asLong();
        Map<String, Object> lead = Map.of("personId", top, "personName", "别的名字", "topLeader", false);
        Api.Response early = groupLeader.post("/lead-transfer/problems/" + draft + "/leads", lead);
        assertEquals(early.text(), 409, early.status());
        assertEquals("problem_not_approved", early.json().path("code").asText());
        Map<String, Object> withReason = new HashMap<>(lead);
        withReason.put("overrideReason", "线索涉及证据灭失风险，先行移交");
        assertEquals("a group cannot override", 403, groupLeader.post("/lead-transfer/problems/" + draft + "/leads", withReason).status());
        JsonNode raised = office.post("/lead-transfer/problems/" + draft + "/leads", withReason).expect(201);
        assertEquals("the directory's name", "王局长", raised.path("personName").asText());
        assertEquals("党组书记、局长", raised.path("personPost").asText());
        assertTrue("the person's leadership", raised.path("topLeader").asBoolean());
        JsonNode trail = accounts.auditor().get("/platform/audit?module=lead-transfer&action=CREATE&entityId=" + raised.path("id").asLong())
                .expect(200);
        assertTrue(trail.toString(), trail.toString().contains("巡察办提前登记，理由：线索涉及证据灭失风险，先行移交"));
    }

    // ------------------------------------------------------------------ helpers

    private void unit(String code, String name) {
        units.put(code, office.post("/platform/reference/units", Map.of("code", code, "name", name, "divisionCode", CITY, "field", "党政机关",
                "sector", "社会民生", "active", true)).expect(201).path("id").asLong());
    }

    private Map<String, Object> member(String name, String role) {
        return Map.of("personId", persons.get(name), "role", role);
    }

    private Map<String, Object> transfer(String kind) {
        return Map.of("receiverKind", kind, "documentNumber", DOCUMENT, "transferredOn", today().toString());
    }

    private List<Event> events(String name) {
        List<Event> result = new ArrayList<>();
        for (Event e : events) {
            if (e.getTopic().equals("xuncha/lead_transfer/" + name)) {
                result.add(e);
            }
        }
        return result;
    }

    private ServiceRegistration<EventHandler> listen() {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, TOPICS);
        return bundleContext.registerService(EventHandler.class, events::add, props);
    }

    /** Whether any file of the directory holds the text, in any encoding a database might store it in. */
    private static boolean contains(Path dir, String text) throws Exception {
        List<byte[]> needles = List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16LE),
                text.getBytes(StandardCharsets.UTF_16BE), h2Encoding(text));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                byte[] content = Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0];
                if (needles.stream().anyMatch(n -> indexOf(content, n) >= 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** H2's MVStore writes characters like UTF-8 but without the continuation bits (DataUtils.writeStringData). */
    private static byte[] h2Encoding(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            } else {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
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
}
