package org.xuncha.itests.evaluation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

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
import org.xuncha.itests.support.Readers;
import org.xuncha.itests.support.Todo;
import org.xuncha.itests.support.Wait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Evaluation in the real distribution, as the office meets it: the office leader sets the city's
 * indicators; round planning has two rounds of three groups; the office scores the groups, the
 * sheet shows where each computed value came from, the rankings are published and the leader whose
 * group was in the bottom two twice running gets a 约谈 record, which the office completes; units'
 * rectification is assessed, with rectification installed and removed; the county sees none of the
 * city's; bad input is a zh/en 400. Then the module is removed and installed again from the
 * console while clients keep reading the other modules, which answer steadily throughout, and its
 * data are still there.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EvaluationIT extends PaxExamSupport {

    private static final String CITY = "371500";
    private static final String COUNTY = "371526";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String TO_RANK = "evaluation.rounds-to-rank";
    private static final String TALKS_DUE = "evaluation.talks-due";
    private static final String TALKS = "/evaluation/talks";
    private static final String GENERATE = "/platform/documents/generate";
    private static final String ISSUED = "/platform/documents/issued";
    private static final String RANKING_NOTICE = "evaluation.ranking-notice";
    private static final String ASSESSMENT_NOTICE = "evaluation.assessment-notice";

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    private Api office;
    private final Map<String, Long> units = new HashMap<>();
    private final Map<String, Long> persons = new HashMap<>();

    @Test
    public void scoringRankingTalksAssessmentsAndHotRemoval() throws Exception {
        awaitApi();
        Wait.until(WAIT, () -> new Api(apiBase()).get("/health").text().contains("evaluation"));
        Accounts accounts = accounts();
        accounts.sysadmin();
        accounts.division(CITY, "聊城市", null);
        accounts.division(COUNTY, "莘县", CITY);
        office = accounts.user("ev-office", CITY, null, "office-staff");
        Api leader = accounts.user("ev-leader", CITY, null, "office-leader");
        Api county = accounts.user("ev-county", COUNTY, null, "office-staff");
        Wait.until(WAIT, () -> office.get(TALKS).status() == 200);

        for (String u : List.of("A", "B", "C")) {
            units.put(u, office.post("/platform/reference/units", Map.of("code", "EV-" + u + "-" + RUN, "name", "评估单位" + u, "divisionCode", CITY,
                    "active", true)).expect(201).path("id").asLong());
        }
        for (String u : List.of("A", "B", "C")) { // each leader works at the unit another group inspects (任职回避)
            persons.put(u, office.post("/platform/reference/persons", Map.of("name", u + "组长", "unitId", units.get(u.equals("A") ? "C" : "A"),
                    "post", "干部", "active", true)).expect(201).path("id").asLong());
        }
        LocalDate today = today();
        long term = office.post("/round-planning/terms", Map.of("name", "评估届次" + RUN, "divisionCode", CITY,
                "startDate", today.minusYears(1).toString(), "endDate", today.plusYears(4).toString())).expect(201).path("id").asLong();
        long r1 = round(term, 1);
        long r2 = round(term, 2);

        // the office leader configures the city's indicators; office staff may not; bad ones are a zh/en 400
        List<Map<String, Object>> indicators = List.of(
                Map.of("code", "problems", "nameZh", "发现问题", "nameEn", "Problems", "weight", 20, "source", "LEAD_TRANSFER"),
                Map.of("code", "discipline", "nameZh", "组风纪律", "nameEn", "Discipline", "weight", 80, "source", "OFFICE"));
        assertEquals(403, office.put("/evaluation/indicators", indicators).status());
        JsonNode bad = leader.put("/evaluation/indicators", List.of(Map.of("code", "X y", "nameZh", "", "weight", 0, "source", "OFFICE")))
                .expect(400);
        assertFieldsNamed(bad, "indicators[0].code", "indicators[0].nameZh", "indicators[0].weight");
        assertEquals(2, leader.put("/evaluation/indicators", indicators).expect(200).size());

        // scoring: bad values refused with fields; a computed indicator cannot be scored by hand
        String sheet1 = "/evaluation/rounds/" + r1 + "/sheet";
        JsonNode groups1 = office.get(sheet1).expect(200).path("groups");
        assertEquals(3, groups1.size());
        JsonNode problems = groups1.get(0).path("values").get(0);
        assertEquals("LEAD_TRANSFER", problems.path("source").asText());
        assertTrue(problems.toString(), !problems.path("origin").asText().isBlank());
        long g1a = groupOf(groups1, "A");
        assertFieldsNamed(office.put("/evaluation/rounds/" + r1 + "/scores", Map.of("groupId", g1a, "indicator", "discipline", "value", 101))
                .expect(400), "value");
        assertFieldsNamed(office.put("/evaluation/rounds/" + r1 + "/scores", Map.of("groupId", g1a, "indicator", "problems", "value", 50))
                .expect(400), "indicator");
        assertEquals("sheet_incomplete", office.post("/evaluation/rounds/" + r1 + "/ranking", Map.of()).expect(409).path("code").asText());
        assertEquals("not_published", office.get("/evaluation/rounds/" + r1 + "/ranking").expect(404).path("code").asText());
        JsonNode noNotice = office.post(GENERATE, notice(RANKING_NOTICE, "docx", r1)).expect(409);
        assertEquals(noNotice.toString(), "not_published", noNotice.path("code").asText());
        assertTrue(noNotice.toString(), noNotice.path("message").asText().contains("尚未发布") && !noNotice.path("messageEn").asText().isBlank());

        // round 1: A 90, B 80, C 70; round 2: A 60, B 85, C 70 - C is in the bottom two both times, A only once
        score(r1, groups1, Map.of("A", 90, "B", 80, "C", 70));
        assertEquals("scored, not ranked: the office's to-do (待办)", 1, Todo.count(office, TO_RANK));
        assertEquals("not the county's", 0, Todo.count(county, TO_RANK));
        JsonNode ranking1 = office.post("/evaluation/rounds/" + r1 + "/ranking", Map.of()).expect(200);
        assertEquals(List.of(1, 2, 3), ranks(ranking1));
        assertEquals("published: gone from the to-do", 0, Todo.count(office, TO_RANK));
        assertEquals(0, office.get(TALKS).expect(200).path("total").asInt());
        score(r2, office.get("/evaluation/rounds/" + r2 + "/sheet").expect(200).path("groups"), Map.of("A", 60, "B", 85, "C", 70));
        JsonNode ranking2 = office.post("/evaluation/rounds/" + r2 + "/ranking", Map.of()).expect(200);
        assertEquals(persons.get("B").longValue(), ranking2.path("groups").get(0).path("leaderPersonId").asLong());
        JsonNode talks = office.get(TALKS + "?roundId=" + r2).expect(200);
        assertEquals(talks.toString(), 1, talks.path("total").asInt());
        JsonNode talk = talks.path("items").get(0);
        assertEquals(persons.get("C").longValue(), talk.path("leaderPersonId").asLong());
        long talkId = talk.path("id").asLong();
        assertEquals("the talk the rule opened waits", 1, Todo.count(office, TALKS_DUE));
        JsonNode recorded = office.put(TALKS + "/" + talkId, Map.of("heldOn", today.toString(), "heldBy", "巡察办主任", "said", "指出质量评估连续靠后的原因",
                "followUp", "一个月内报送改进措施", "version", talk.path("version").asLong())).expect(200);
        assertEquals("指出质量评估连续靠后的原因", recorded.path("said").asText());
        assertEquals("held and recorded: gone from the to-do", 0, Todo.count(office, TALKS_DUE));
        assertEquals(409, office.put(TALKS + "/" + talkId, Map.of("heldOn", today.toString(), "heldBy", "巡察办主任", "said", "再记",
                "version", talk.path("version").asLong())).status());
        String commandOut = console("ev-office", "xuncha:evaluation-ranking " + r2);
        assertTrue(commandOut, commandOut.contains("评估组B"));
        theRankingNoticeIsGeneratedAsWordAndPdf(r2, ranking2, county);
        theRankingNoticeIsIssuedWithItsNumber(r2, leader, county);
        theOtherKindsAreIssuedAndReadBack(r1, g1a, accounts, leader, county);

        // the county sees none of it
        assertEquals(403, county.get(sheet1).status());
        assertEquals(403, county.get("/evaluation/rounds/" + r1 + "/ranking").status());
        assertEquals(0, county.get(TALKS).expect(200).path("total").asInt());

        // rectification assessment: with rectification installed the ledger figures are read (none here), without it the
        // assessment is still made
        // unit A per indicator (the default four, 100 points): the total is their sum
        assertEquals(4, office.get("/evaluation/assessments/indicators").expect(200).size());
        assertFieldsNamed(office.post("/evaluation/assessments", Map.of("roundId", r1, "unitId", units.get("A"), "scores",
                Map.of("responsibility", 10, "results", 41, "mechanisms", 13, "reporting", 10))).expect(400), "scores.results");
        JsonNode assessed = office.post("/evaluation/assessments", Map.of("roundId", r1, "unitId", units.get("A"), "scores",
                Map.of("responsibility", 10, "results", 20, "mechanisms", 13, "reporting", 10), "typicalCase", true, "note", "整改不力")).expect(201);
        assertEquals(53, assessed.path("score").asInt());
        assertEquals(20, assessed.path("scores").path("results").asInt());
        assertEquals("POOR", assessed.path("grade").asText());
        assertFieldsNamed(office.post("/evaluation/assessments", Map.of("roundId", r1, "score", 120)).expect(400), "unitId", "score");
        assertEquals(403, county.post("/evaluation/assessments", Map.of("roundId", r1, "unitId", units.get("B"), "score", 90)).status());
        assertTrue(console("sysadmin", "xuncha:module-uninstall rectification").contains("已卸载模块 rectification"));
        Wait.until(WAIT, () -> office.get("/rectification/ledgers").status() == 404);
        JsonNode without = office.post("/evaluation/assessments", Map.of("roundId", r1, "unitId", units.get("B"), "score", 91)).expect(201);
        assertEquals("GOOD", without.path("grade").asText());
        assertTrue(without.toString(), without.path("tasks").isNull());
        assertTrue(console("sysadmin", "xuncha:module-install rectification").contains("已安装模块 rectification"));
        Wait.until(WAIT, () -> office.get("/rectification/ledgers").status() == 200);
        JsonNode notice = office.get("/evaluation/rounds/" + r1 + "/assessment").expect(200);
        assertEquals(2, notice.path("assessments").size());
        assertEquals(1, notice.path("typicalCases").size());
        assertEquals(1, notice.path("grades").path("POOR").asInt());
        String assessmentText = documentText(office.post(GENERATE, notice(ASSESSMENT_NOTICE, "docx", r1)));
        assertTrue(assessmentText, assessmentText.contains("关于第一轮巡察整改评估情况的通报") && assessmentText.contains("评估单位A：53分，评估等次为“差”")
                && assessmentText.contains("评估单位B：91分，评估等次为“好”")
                && assessmentText.contains("其中：整改主体责任落实10分（满分25分）、问题整改成效20分（满分40分）") && assessmentText.contains("（一）评估单位A") && assessmentText.contains("整改不力。"));
        assertEquals("not_assessed", office.post(GENERATE, notice(ASSESSMENT_NOTICE, "docx", r2)).expect(409).path("code").asText());

        // removed and installed again while clients read the other modules: they answer steadily, the data stay
        List<Readers.Reader> bystanders = new ArrayList<>();
        Readers.Reader evaluation;
        try (Readers readers = new Readers()) {
            Supplier<Api> reader = () -> accounts.user("ev-office", null, null);
            bystanders.add(readers.bystander("terms", reader, "/round-planning/terms/" + term));
            bystanders.add(readers.bystander("templates", reader, "/interview-records/templates"));
            bystanders.add(readers.bystander("units", reader, "/platform/reference/units?size=20"));
            bystanders.add(readers.bystander("pool entries", reader, "/personnel-pools/entries"));
            evaluation = readers.add("talks", reader, TALKS, Readers.changingModule(r -> r.status() == 200));
            readers.start();
            readers.awaitAnswers(5);
            readers.phase("uninstall evaluation");
            assertTrue(console("sysadmin", "xuncha:module-uninstall evaluation").contains("已卸载模块 evaluation"));
            Wait.until(WAIT, () -> office.get(TALKS).status() == 404);
            List<String> kindsWithout = codes(office.get("/platform/documents/kinds").expect(200));
            assertFalse("the notices go with the module: " + kindsWithout,
                    kindsWithout.contains(RANKING_NOTICE) || kindsWithout.contains(ASSESSMENT_NOTICE));
            assertEquals(404, office.post(GENERATE, notice(RANKING_NOTICE, "docx", r2)).status());
            readers.awaitAnswers(5);
            readers.phase("install evaluation");
            assertTrue(console("sysadmin", "xuncha:module-install evaluation").contains("已安装模块 evaluation"));
            Wait.until(WAIT, () -> office.get(TALKS).status() == 200);
            Wait.until(WAIT, () -> codes(office.get("/platform/documents/kinds").expect(200)).contains(RANKING_NOTICE));
            readers.awaitAnswers(5);
            readers.phase("done");
            System.out.println("Evaluation removed and installed:\n" + readers.report());
        }
        for (Readers.Reader b : bystanders) {
            assertEquals("answers of " + b.name() + " other than its steady one: " + b.deviationSamples(), 0, b.deviations());
            assertTrue("requests by " + b.name() + ": " + b.answers(), b.answers() > 10);
        }
        assertEquals("answers of evaluation other than allowed: " + evaluation.deviationSamples(), 0, evaluation.deviations());
        assertTrue(evaluation.count("404 module_not_installed") > 0);
        assertEquals(1, office.get(TALKS).expect(200).path("total").asInt());
        assertEquals(3, office.get("/evaluation/rounds/" + r2 + "/ranking").expect(200).path("groups").size());
    }

    /**
     * 逐轮次书面通报排名 through the platform's document centre: Word and PDF, named in Chinese, with the
     * groups in rank order and the leader the 约谈 rule named; another division's office is refused.
     */
    private void theRankingNoticeIsGeneratedAsWordAndPdf(long round, JsonNode ranking, Api county) throws Exception {
        List<String> kinds = codes(office.get("/platform/documents/kinds").expect(200));
        assertTrue(kinds.toString(), kinds.contains(RANKING_NOTICE) && kinds.contains(ASSESSMENT_NOTICE));
        Api.Response docx = office.post(GENERATE, notice(RANKING_NOTICE, "docx", round));
        assertEquals(docx.text(), 200, docx.status());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.header("Content-Type"));
        String name = URLEncoder.encode("巡察工作质量评估排名通报-轮次" + round + ".docx", StandardCharsets.UTF_8);
        assertTrue(docx.header("Content-Disposition"), docx.header("Content-Disposition").contains("filename*=UTF-8''" + name));
        String text = documentText(docx);
        assertTrue(text, text.contains("关于第二轮巡察工作质量评估排名情况的通报"));
        int at = -1;
        for (JsonNode g : ranking.path("groups")) {
            // B 85, C 70, A 60 by the office; the totals are as published (the computed indicator weighs in)
            String line = "第" + g.path("rank").asInt() + "名：" + g.path("groupName").asText() + "，总分" + points(g.path("total").asDouble()) + "分。";
            int next = text.indexOf(line);
            assertTrue("groups in rank order with totals, " + line + " after " + at + ": " + text, next > at);
            at = next;
        }
        assertTrue(text, text.indexOf("第1名：评估组B") >= 0 && text.indexOf("评估组C") < text.indexOf("第3名：评估组A"));
        assertTrue("the leader the rule named, talked to: " + text, text.contains("评估组C组长C组长，所带巡察组连续2轮排名后2位，巡察办已于"));
        assertFalse("no placeholder left", text.contains("{{"));

        Api.Response pdf = office.post(GENERATE, notice(RANKING_NOTICE, "pdf", round));
        assertEquals(pdf.text(), 200, pdf.status());
        assertEquals("application/pdf", pdf.header("Content-Type"));
        assertTrue(pdf.header("Content-Disposition"), pdf.header("Content-Disposition")
                .contains("filename*=UTF-8''" + URLEncoder.encode("巡察工作质量评估排名通报-轮次" + round + ".pdf", StandardCharsets.UTF_8)));
        assertTrue(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-") && pdf.bytes().length > 5000);

        Api.Response refused = county.post(GENERATE, notice(RANKING_NOTICE, "docx", round));
        assertEquals(refused.text(), 403, refused.status());
        JsonNode bad = office.post(GENERATE, Map.of("kind", RANKING_NOTICE, "parameters", Map.of("roundId", "第二轮"))).expect(400);
        assertFieldsNamed(bad, "roundId");
    }

    /**
     * 印发: the office leader sets the city's 文号 pattern; four notices issued at once take four numbers
     * in a row, each printed in its document, kept and listed in the 发文登记; a draft takes none; the
     * county sees none of the city's.
     */
    private void theRankingNoticeIsIssuedWithItsNumber(long round, Api leader, Api county) throws Exception {
        String rule = "/platform/documents/numbering/" + RANKING_NOTICE;
        assertEquals(403, office.put(rule, Map.of("pattern", "聊巡办〔{年}〕{序号}号")).status());
        assertFieldsNamed(leader.put(rule, Map.of("pattern", "聊巡办〔{年}〕号")).expect(400), "pattern");
        assertEquals("聊巡办〔" + today().getYear() + "〕1号", leader.put(rule, Map.of("pattern", "聊巡办〔{年}〕{序号}号")).expect(200)
                .path("next").asText());

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<JsonNode> issued = new ArrayList<>();
        try {
            List<java.util.concurrent.Future<Api.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> office.post(ISSUED, notice(RANKING_NOTICE, "docx", round))));
            }
            for (java.util.concurrent.Future<Api.Response> call : calls) {
                Api.Response r = call.get();
                assertEquals(r.text(), 201, r.status());
                assertTrue(r.header("Location"), r.header("Location").endsWith(ISSUED + "/" + r.json().path("id").asLong()));
                issued.add(r.json());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> seqs = new ArrayList<>();
        issued.forEach(d -> seqs.add(d.path("seq").asInt()));
        java.util.Collections.sort(seqs);
        assertEquals("every number once, none left out: " + issued, List.of(1, 2, 3, 4), seqs);
        // a draft takes no number
        assertEquals(200, office.post(GENERATE, notice(RANKING_NOTICE, "docx", round)).status());
        JsonNode rules = office.get("/platform/documents/numbering").expect(200);
        rules.forEach(r -> {
            if (r.path("kind").asText().equals(RANKING_NOTICE)) {
                assertEquals(r.toString(), "聊巡办〔" + today().getYear() + "〕5号", r.path("next").asText());
            }
        });

        JsonNode list = office.get(ISSUED + "?kind=" + RANKING_NOTICE + "&sort=number").expect(200);
        assertEquals(list.toString(), 4, list.path("total").asInt());
        JsonNode third = list.path("items").get(2);
        String number = "聊巡办〔" + today().getYear() + "〕3号";
        assertEquals(number, third.path("number").asText());
        Api.Response file = office.get(ISSUED + "/" + third.path("id").asLong() + "/download");
        String text = documentText(file);
        assertTrue(text, text.contains(number) && text.contains("关于第二轮巡察工作质量评估排名情况的通报"));
        assertTrue(file.header("Content-Disposition"), file.header("Content-Disposition").contains("filename*=UTF-8''"
                + URLEncoder.encode("巡察工作质量评估排名通报-轮次" + round + "（" + number + "）.docx", StandardCharsets.UTF_8).replace("+", "%20")));
        Api.Response register = office.get(ISSUED + "/export?kind=" + RANKING_NOTICE);
        assertEquals(register.text(), 200, register.status());
        assertTrue(register.header("Content-Disposition"), register.header("Content-Disposition")
                .contains(URLEncoder.encode("发文登记.xlsx", StandardCharsets.UTF_8)));

        assertEquals(0, county.get(ISSUED).expect(200).path("total").asInt());
        assertEquals(403, county.get(ISSUED + "/" + third.path("id").asLong() + "/download").status());
    }

    /**
     * The rest of 两单一书一报告, the group's report and the feedback opinion, each issued where an office
     * would (its default 文号 pattern, 〔年〕n号, its own sequence) and read back from the kept file: a
     * problem of unit A approved through its three steps feeds the feedback opinion, group A's report
     * and a thematic report of its category; a recommendation letter and a common problem assigned to
     * two units come from rectification. The county may not issue the city's.
     */
    private void theOtherKindsAreIssuedAndReadBack(long round, long groupA, Accounts accounts, Api leader, Api county) throws Exception {
        Api groupLeader = accounts.user("ev-gla", CITY, persons.get("A"), "group-leader");
        String finding = "评估单位A" + RUN + "年度重大投资未经党组会集体研究";
        long problem = office.post("/lead-transfer/problems", Map.of("roundId", round, "groupId", groupA, "unitId", units.get("A"),
                "category", "MAJOR_DECISIONS", "description", finding, "topLeader", false)).expect(201).path("id").asLong();
        groupLeader.post("/lead-transfer/problems/" + problem + "/submit", Map.of("opinion", "情况属实")).expect(200);
        office.post("/lead-transfer/problems/" + problem + "/office-review", Map.of("decision", "APPROVE", "opinion", "同意")).expect(200);
        assertEquals("APPROVED", leader.post("/lead-transfer/problems/" + problem + "/leading-group-decision",
                Map.of("decision", "APPROVE", "opinion", "审定同意")).expect(200).path("status").asText());
        String roundName = "评估第1轮" + RUN;
        String first = "〔" + today().getYear() + "〕1号";

        // the lead's 点人点事交办单: its number becomes the lead's transfer number, which the transfer then carries
        long lead = groupLeader.post("/lead-transfer/problems/" + problem + "/leads", Map.of("personName", "评估某", "personPost", "局长",
                "summary", "反映其违规决定重大投资")).expect(201).path("id").asLong();
        String assignment = issuedText("lead-transfer.assignment-sheet", Map.of("leadId", String.valueOf(lead)), first);
        assertTrue(assignment, assignment.contains("点人点事交办单") && assignment.contains("评估某"));
        assertEquals(first, office.get("/lead-transfer/leads/" + lead).expect(200).path("documentNumber").asText());
        assertEquals(first, office.post("/lead-transfer/leads/" + lead + "/transfer", Map.of("receiverKind", "DISCIPLINE_COMMISSION",
                "transferredOn", today().toString())).expect(200).path("documentNumber").asText());

        String feedback = issuedText("lead-transfer.feedback-opinion", Map.of("roundId", String.valueOf(round), "unitId", String.valueOf(units.get("A"))),
                first);
        assertTrue(feedback, feedback.contains("关于巡察评估单位A的反馈意见") && feedback.contains(finding));
        Map<String, String> report = Map.of("roundId", String.valueOf(round), "groupId", String.valueOf(groupA));
        String groupReport = issuedText("evaluation.group-report", report, first);
        assertTrue(groupReport, groupReport.contains("评估组A关于" + roundName + "情况的报告") && groupReport.contains("对评估单位A进行了巡察")
                && groupReport.contains("由A组长任组长")
                // office staff may not read interview records (confidential): the report says that part is left out
                && groupReport.contains("个别谈话情况（无权读取谈话记录模块的数据，此部分未列入。）") && groupReport.contains("（一）评估单位A")
                && groupReport.contains("1." + finding) && groupReport.contains("以上共1个问题"));
        assertEquals(403, county.post(ISSUED, Map.of("kind", "evaluation.group-report", "parameters", report)).status());
        assertFieldsNamed(office.post(GENERATE, Map.of("kind", "evaluation.thematic-report", "parameters", Map.of("roundId", String.valueOf(round))))
                .expect(400), "title");
        String thematic = issuedText("evaluation.thematic-report", Map.of("roundId", String.valueOf(round), "title", "关于重大事项决策情况的专题报告",
                "category", "MAJOR_DECISIONS", "sentTo", "市委"), first);
        assertTrue(thematic, thematic.contains("关于重大事项决策情况的专题报告") && thematic.contains("市委：")
                && thematic.contains(roundName + "共派出巡察组3个，对3个单位进行了巡察") && thematic.contains(finding)
                && thematic.contains("以上共1个问题，涉及1个单位"));

        long letter = office.post("/rectification/letters", Map.of("department", "市财政局", "title", "关于加强专项资金监管的巡察建议书",
                "content", "建议完善专项资金拨付审批制度。", "sentOn", today().toString(), "replyDue", today().plusDays(30).toString()))
                .expect(201).path("id").asLong();
        String recommendation = issuedText("rectification.recommendation-letter", Map.of("letterId", String.valueOf(letter)), first);
        assertTrue(recommendation, recommendation.contains("关于加强专项资金监管的巡察建议书") && recommendation.contains("市财政局：")
                && recommendation.contains("建议完善专项资金拨付审批制度。"));
        long common = office.post("/rectification/assignments", Map.of("kind", "COMMON_PROBLEM", "title", "公务用车管理不规范", "assignedBy", "市委常委会",
                "assignedOn", today().toString())).expect(201).path("id").asLong();
        office.post("/rectification/assignments/" + common + "/units", Map.of("unitIds", List.of(units.get("A"), units.get("B")))).expect(200);
        String sheet = issuedText("rectification.common-problem-sheet", Map.of("assignmentId", String.valueOf(common)), first);
        assertTrue(sheet, sheet.contains("共性问题交办单") && sheet.contains("公务用车管理不规范") && sheet.contains("评估单位A、评估单位B，共2个单位。"));
    }

    /** Issues a document of {@code kind} as DOCX, checks the number it took and answers the kept file's text. */
    private String issuedText(String kind, Map<String, String> parameters, String number) throws Exception {
        Api.Response r = office.post(ISSUED, Map.of("kind", kind, "format", "docx", "parameters", parameters));
        assertEquals(r.text(), 201, r.status());
        assertEquals(r.text(), number, r.json().path("number").asText());
        String text = documentText(office.get(ISSUED + "/" + r.json().path("id").asLong() + "/download"));
        assertTrue(text, text.contains(number));
        assertFalse("no placeholder left: " + text, text.contains("{{"));
        return text;
    }

    /** A total as the notice writes it: one decimal, none when whole. */
    private static String points(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    private static Map<String, Object> notice(String kind, String format, long round) {
        return Map.of("kind", kind, "format", format, "parameters", Map.of("roundId", String.valueOf(round)));
    }

    private static List<String> codes(JsonNode kinds) {
        List<String> codes = new ArrayList<>();
        kinds.forEach(k -> codes.add(k.path("code").asText()));
        return codes;
    }

    /** The text of a generated Word document as a reader sees it (runs joined, markup left out). */
    private static String documentText(Api.Response docx) throws java.io.IOException {
        assertEquals(docx.text(), 200, docx.status());
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx.bytes()))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
                }
            }
        }
        throw new AssertionError("no word/document.xml in the document");
    }

    /** A round of the term with three groups, led by A, B and C, inspecting units A, B and C; rounds do not overlap (a leader leads one group at a time). */
    private long round(long term, int number) {
        LocalDate today = today();
        long round = office.post("/round-planning/rounds", Map.of("termId", term, "number", number, "name", "评估第" + number + "轮" + RUN,
                "type", "REGULAR", "plannedStart", today.plusDays(60L * number).toString(), "plannedEnd", today.plusDays(60L * number + 30).toString()))
                .expect(201).path("id").asLong();
        office.post("/round-planning/rounds/" + round + "/targets", Map.of("unitIds", List.of(units.get("A"), units.get("B"), units.get("C"))))
                .expect(201);
        for (String g : List.of("A", "B", "C")) {
            office.post("/round-planning/rounds/" + round + "/groups", Map.of("name", "评估组" + g,
                    "members", List.of(Map.of("personId", persons.get(g), "role", "LEADER")), "targetUnitIds", List.of(units.get(g)))).expect(201);
        }
        return round;
    }

    private static long groupOf(JsonNode groups, String letter) {
        for (JsonNode g : groups) {
            if (g.path("groupName").asText().equals("评估组" + letter)) {
                return g.path("groupId").asLong();
            }
        }
        throw new AssertionError("no group " + letter + " in " + groups);
    }

    private void score(long round, JsonNode groups, Map<String, Integer> values) {
        values.forEach((g, v) -> office.put("/evaluation/rounds/" + round + "/scores", Map.of("groupId", groupOf(groups, g), "indicator", "discipline",
                "value", v, "note", "演示评分")).expect(200));
    }

    private static List<Integer> ranks(JsonNode ranking) {
        List<Integer> ranks = new ArrayList<>();
        ranking.path("groups").forEach(g -> ranks.add(g.path("rank").asInt()));
        return ranks;
    }

    /** A 400 naming exactly these fields, each with a Chinese and an English message. */
    private static void assertFieldsNamed(JsonNode body, String... fields) {
        Map<String, JsonNode> byField = new HashMap<>();
        body.path("fields").forEach(f -> byField.put(f.path("field").asText(), f));
        assertEquals(body.toString(), Set.of(fields), byField.keySet());
        byField.values().forEach(f -> assertTrue(f.toString(), !f.path("message").asText().isBlank() && !f.path("messageEn").asText().isBlank()));
    }
}
