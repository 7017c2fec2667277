package org.xuncha.evaluation.internal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.evaluation.internal.TestModule.LEADER_A;
import static org.xuncha.evaluation.internal.TestModule.R1;
import static org.xuncha.evaluation.internal.TestModule.R2;
import static org.xuncha.evaluation.internal.TestModule.cityOffice;
import static org.xuncha.evaluation.internal.TestModule.countyOffice;
import static org.xuncha.evaluation.internal.TestModule.group;
import static org.xuncha.evaluation.internal.TestModule.unit;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.evaluation.internal.Sources;
import org.xuncha.evaluation.internal.TestModule;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentService;
import org.xuncha.platform.documents.testing.TestDocuments;
import org.xuncha.testkit.InMemoryReferenceData;
import org.xuncha.testkit.TestCallers;

/**
 * 巡察报告 (a group's report) and 巡察专题报告 (a subject across a round): what they say comes from
 * round planning's groups, lead transfer's approved problems and interview records, as the caller
 * reads them; a module that is away leaves its part out with a sentence. Laid out by the platform's
 * real document service and read back with POI.
 */
class ReportKindsTest {

    private static final DocumentService DOCUMENTS = TestDocuments.service();

    private final TestModule m = new TestModule();
    private final InMemoryReferenceData reference = new InMemoryReferenceData();
    private final Notices notices = new Notices(reference);
    private final GroupReportKind report = new GroupReportKind(new Findings(m.sources), notices);
    private final ThematicReportKind thematic = new ThematicReportKind(new Findings(m.sources), notices);

    @AfterEach
    void close() {
        m.close();
    }

    private static String text(DocumentContent c) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.docx(c)))) {
            return String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        }
    }

    private static Map<String, String> groupOf(long round, long group) {
        return Map.of("roundId", String.valueOf(round), "groupId", String.valueOf(group));
    }

    @Test
    void theGroupsReportSaysWhoInspectedWhomAndListsTheApprovedProblemsUnitByUnit() throws Exception {
        reference.addUnit(unit(R1, 1), "市教育局", TestCallers.CITY);
        reference.addPerson(LEADER_A, "甲组长", unit(R1, 1));
        m.problems.put(List.of(R1, unit(R1, 1)), 2);
        DocumentContent c = report.build(cityOffice(), groupOf(R1, group(R1, 1)));
        assertThat(c.title()).isEqualTo("第1巡察组关于十四届市委第1轮巡察情况的报告");
        assertThat(text(c)).containsSubsequence("第1巡察组关于十四届市委第1轮巡察情况的报告", "巡察工作领导小组：",
                "第1巡察组于2025年1月1日至2025年2月1日对市教育局进行了巡察", "一、巡察工作开展情况", "由甲组长任组长，共2人，巡察单位1个",
                "个别谈话情况（谈话记录模块未安装，此部分未列入。）", "二、发现的主要问题", "（一）市教育局", "1.单位101问题1（涉及主要负责人）",
                "2.单位101问题2", "以上共2个问题", "三、意见建议", "第1巡察组", "2025年2月1日").doesNotContain("{{");
        assertThat(report.filename(groupOf(R1, group(R1, 1)))).isEqualTo("巡察报告-轮次1-巡察组11");
    }

    @Test
    void withoutLeadTransferTheReportSaysItsFindingsAreLeftOut() throws Exception {
        Sources without = Sources.of(m.directory, null, null, null);
        String text = text(new GroupReportKind(new Findings(without), notices).build(cityOffice(), groupOf(R1, group(R1, 2))));
        assertThat(text).contains("（问题线索移交模块未安装，此部分未列入。）", "单位102").doesNotContain("以上共");
    }

    @Test
    void groupsOfOtherRoundsBadIdsAndOtherDivisionsAreRefused() {
        assertThat(fields(() -> report.build(cityOffice(), groupOf(R1, group(R2, 1))))).containsExactly("groupId");
        assertThat(fields(() -> report.build(cityOffice(), Map.of("roundId", "1", "groupId", "第一组")))).containsExactly("groupId");
        assertThat(fields(() -> report.build(cityOffice(), Map.of("groupId", "11")))).containsExactly("roundId");
        assertThat(status(() -> report.build(countyOffice(), groupOf(R1, group(R1, 1))))).isEqualTo(403);
        assertThat(status(() -> report.build(cityOffice(), groupOf(999, 1)))).isEqualTo(404);
    }

    @Test
    void theThematicReportListsTheRoundsProblemsOfOneCategoryAcrossItsUnits() throws Exception {
        reference.addUnit(unit(R1, 1), "市教育局", TestCallers.CITY);
        reference.addUnit(unit(R1, 3), "市农业农村局", TestCallers.CITY);
        m.problems.put(List.of(R1, unit(R1, 1)), 2);
        m.problems.put(List.of(R1, unit(R1, 3)), 3);
        Map<String, String> p = Map.of("roundId", String.valueOf(R1), "title", "关于乡村振兴领域资金使用情况的专题报告", "category", "C1",
                "sentTo", "市委");
        DocumentContent c = thematic.build(cityOffice(), p);
        assertThat(c.title()).isEqualTo("关于乡村振兴领域资金使用情况的专题报告");
        String text = text(c);
        // category C1 is every odd problem: 1 of 市教育局, 1 and 3 of 市农业农村局; 单位102 has none and is left out
        assertThat(text).containsSubsequence("关于乡村振兴领域资金使用情况的专题报告", "市委：", "十四届市委第1轮巡察共派出巡察组3个，对3个单位进行了巡察",
                "（一）市教育局", "1.单位101问题1", "（二）市农业农村局", "1.单位103问题1", "2.单位103问题3", "以上共3个问题，涉及2个单位",
                "二、意见建议", "巡察工作领导小组办公室");
        assertThat(text).doesNotContain("单位101问题2", "单位103问题2", "单位102", "{{");
        assertThat(thematic.filename(p)).isEqualTo("巡察专题报告-轮次1");
    }

    @Test
    void theThematicReportNeedsATitleOfBoundedLength() {
        assertThat(fields(() -> thematic.build(cityOffice(), Map.of("roundId", "1")))).containsExactly("title");
        assertThat(fields(() -> thematic.build(cityOffice(), Map.of("roundId", "1", "title", "题".repeat(101), "sentTo", "委".repeat(101)))))
                .containsExactly("title", "sentTo");
        assertThat(status(() -> thematic.build(countyOffice(), Map.of("roundId", "1", "title", "专题")))).isEqualTo(403);
    }
}
