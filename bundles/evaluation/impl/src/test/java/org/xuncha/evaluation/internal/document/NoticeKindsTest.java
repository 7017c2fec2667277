package org.xuncha.evaluation.internal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.evaluation.internal.TestModule.LEADER_C;
import static org.xuncha.evaluation.internal.TestModule.R1;
import static org.xuncha.evaluation.internal.TestModule.R2;
import static org.xuncha.evaluation.internal.TestModule.R3;
import static org.xuncha.evaluation.internal.TestModule.cityOffice;
import static org.xuncha.evaluation.internal.TestModule.countyOffice;
import static org.xuncha.evaluation.internal.TestModule.group;
import static org.xuncha.evaluation.internal.TestModule.unit;
import static org.xuncha.testkit.Refusals.refusal;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.evaluation.api.AssessmentDraft;
import org.xuncha.evaluation.api.Indicator;
import org.xuncha.evaluation.api.IndicatorSource;
import org.xuncha.evaluation.api.ScoreDraft;
import org.xuncha.evaluation.internal.TestModule;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.documents.testing.TestDocuments;
import org.xuncha.testkit.InMemoryReferenceData;
import org.xuncha.testkit.TestCallers;

/**
 * The ranking notice and the assessment notice: what they say comes from the published ranking and
 * the stored assessments, read as the caller may read them, laid out by the platform's real document
 * service and read back with POI.
 */
class NoticeKindsTest {

    private static final DocumentService DOCUMENTS = TestDocuments.service();

    private final TestModule m = new TestModule(Map.of("talkBottom", 1, "talkRounds", 2));
    private final InMemoryReferenceData reference = new InMemoryReferenceData();
    private final Notices notices = new Notices(reference);
    private final RankingNoticeKind ranking = new RankingNoticeKind(m.reports, m.talks, m.sources, notices);
    private final AssessmentNoticeKind assessment = new AssessmentNoticeKind(m.reports, m.sources, notices, m.settings);

    @AfterEach
    void close() {
        m.close();
    }

    private void publish(long round, double g1, double g2, double g3) {
        double[] v = {g1, g2, g3};
        for (int n = 1; n <= 3; n++) {
            m.quality.score(cityOffice(), round, new ScoreDraft(group(round, n), "discipline", v[n - 1], null));
        }
        m.quality.publish(cityOffice(), round);
    }

    private static String text(DocumentContent c) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.docx(c)))) {
            return String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        }
    }

    @Test
    void theRankingNoticeListsTheGroupsInRankOrderWithTotalsAndTheLeaderTheRuleNamed() throws Exception {
        reference.addUnit(700, "市委巡察办", TestCallers.CITY);
        reference.addPerson(LEADER_C, "丙组长", 700);
        m.quality.configure(cityOffice(), List.of(new Indicator("discipline", "组风纪律", "Discipline", 100, IndicatorSource.OFFICE)));
        publish(R1, 90, 80, 70);
        publish(R2, 85, 92.5, 60);
        DocumentContent c = ranking.build(cityOffice(), Map.of("roundId", String.valueOf(R2)));
        assertThat(c.title()).isEqualTo("关于第二轮巡察工作质量评估排名情况的通报");
        String text = text(c);
        assertThat(text).containsSubsequence("关于第二轮巡察工作质量评估排名情况的通报", "十四届市委第2轮巡察", "一、评估排名",
                "第1名：第2巡察组，总分92.5分。", "第2名：第1巡察组，总分85分。", "第3名：第3巡察组，总分60分。",
                "二、约谈情况", "第3巡察组组长丙组长，所带巡察组连续2轮排名后1位，巡察办将对其进行约谈。", "三、有关要求", "巡察工作领导小组办公室",
                "2025年6月30日");
        XWPFParagraph title;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.docx(c)))) {
            title = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("关于")).findFirst().orElseThrow();
            assertThat(title.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
        }
        assertThat(text(ranking.build(cityOffice(), Map.of("roundId", String.valueOf(R1))))).contains("本轮排名未触发约谈。")
                .doesNotContain("丙组长");
        assertThat(ranking.filename(Map.of("roundId", "2"))).isEqualTo("巡察工作质量评估排名通报-轮次2");
    }

    @Test
    void aRankingNotPublishedIsA409AnUnknownRoundA404AnotherDivisionA403AndABadIdA400() {
        m.quality.configure(cityOffice(), List.of(new Indicator("discipline", "组风纪律", "Discipline", 100, IndicatorSource.OFFICE)));
        ApiException notPublished = refusal(() -> ranking.build(cityOffice(), Map.of("roundId", String.valueOf(R3))));
        assertThat(notPublished.status()).isEqualTo(409);
        assertThat(notPublished.code()).isEqualTo("not_published");
        assertThat(refusal(() -> ranking.build(cityOffice(), Map.of("roundId", "777"))).status()).isEqualTo(404);
        publish(R1, 90, 80, 70);
        assertThat(refusal(() -> ranking.build(countyOffice(), Map.of("roundId", String.valueOf(R1)))).status()).isEqualTo(403);
        assertThat(refusal(() -> ranking.build(countyOffice(), Map.of("roundId", String.valueOf(R3)))).status()).isEqualTo(403);
        for (Map<String, String> bad : List.of(Map.<String, String>of(), Map.of("roundId", "第二轮"), Map.of("roundId", "0"))) {
            ApiException e = refusal(() -> ranking.build(cityOffice(), bad));
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.fields()).extracting(FieldError::field).containsExactly("roundId");
        }
    }

    @Test
    void theAssessmentNoticeGivesEveryUnitsScoreAndGradeAndNamesTheTypicalCases() throws Exception {
        reference.addUnit(unit(R1, 1), "市教育局党组", TestCallers.CITY);
        reference.addUnit(unit(R1, 2), "市水利局党组", TestCallers.CITY);
        // the first by indicator (the default four), the others as a total
        m.assessments.assess(cityOffice(), new AssessmentDraft(R1, unit(R1, 1), null, false, null,
                Map.of("responsibility", 25, "results", 38, "mechanisms", 20, "reporting", 13)));
        m.assessments.assess(cityOffice(), new AssessmentDraft(R1, unit(R1, 2), 53, true, "整改责任未压实，台账销号不实"));
        m.assessments.assess(cityOffice(), new AssessmentDraft(R1, unit(R1, 3), 84, false, null));
        DocumentContent c = assessment.build(cityOffice(), Map.of("roundId", String.valueOf(R1)));
        assertThat(c.title()).isEqualTo("关于第一轮巡察整改评估情况的通报");
        assertThat(text(c)).containsSubsequence("关于第一轮巡察整改评估情况的通报", "十四届市委第1轮巡察", "一、总体情况",
                "本轮共评估被巡察单位3个，其中“好”1个、“较好”1个、“一般”0个、“差”1个。", "二、各单位评估结果",
                "市教育局党组：96分，评估等次为“好”。其中：整改主体责任落实25分（满分25分）、问题整改成效38分（满分40分）、长效机制建设20分（满分20分）、"
                        + "整改报告与公开13分（满分15分）。", "单位" + unit(R1, 3) + "：84分，评估等次为“较好”。", "市水利局党组：53分，评估等次为“差”。",
                "三、整改不力典型案例", "（一）市水利局党组", "评估得分53分，等次为“差”。整改责任未压实，台账销号不实。", "四、有关要求",
                "2025年6月30日");
        assertThat(assessment.filename(Map.of("roundId", "1"))).isEqualTo("巡察整改评估情况通报-轮次1");
    }

    @Test
    void aRoundNotAssessedIsA409AndAnotherDivisionsRoundA403() {
        ApiException e = refusal(() -> assessment.build(cityOffice(), Map.of("roundId", String.valueOf(R2))));
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.code()).isEqualTo("not_assessed");
        assertThat(e.messageEn()).isNotBlank();
        m.assessments.assess(cityOffice(), new AssessmentDraft(R1, unit(R1, 1), 96, false, null));
        assertThat(refusal(() -> assessment.build(countyOffice(), Map.of("roundId", String.valueOf(R1)))).status()).isEqualTo(403);
        assertThat(refusal(() -> assessment.build(cityOffice(), Map.of("roundId", "777"))).status()).isEqualTo(404);
    }
}
