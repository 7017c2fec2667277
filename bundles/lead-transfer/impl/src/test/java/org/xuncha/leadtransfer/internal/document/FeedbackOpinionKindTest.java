package org.xuncha.leadtransfer.internal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.leadtransfer.internal.TestModule.CITY_ROUND;
import static org.xuncha.leadtransfer.internal.TestModule.GROUP_1;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_EDU;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_SCHOOL;
import static org.xuncha.leadtransfer.internal.TestModule.countyOffice;
import static org.xuncha.leadtransfer.internal.TestModule.office;
import static org.xuncha.leadtransfer.internal.TestModule.officeLeader;
import static org.xuncha.leadtransfer.internal.TestModule.problem;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.internal.ApprovedProblemsImpl;
import org.xuncha.leadtransfer.internal.TestModule;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.documents.testing.TestDocuments;

/** 巡察反馈意见: the approved problems of a unit in a round, by category, read back from the DOCX; drafts left out. */
class FeedbackOpinionKindTest {

    final TestModule m = new TestModule();
    final FeedbackOpinionKind kind = new FeedbackOpinionKind(new ApprovedProblemsImpl(m.problems), m.rounds, m.references, m.taxonomy);
    final Map<String, String> edu = Map.of("roundId", String.valueOf(CITY_ROUND), "unitId", String.valueOf(UNIT_EDU));

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    @Test
    void theOpinionListsTheUnitsApprovedProblemsByCategory() throws Exception {
        m.approvals.createApproved(officeLeader(), List.of(problem(CITY_ROUND, GROUP_1, UNIT_EDU, "虚列支出48万元"),
                problem(CITY_ROUND, GROUP_1, UNIT_SCHOOL, "学校的问题"), problem(CITY_ROUND, GROUP_1, UNIT_EDU, "公务接待超标准")));
        m.aProblem(); // a draft of the unit: not in the opinion
        DocumentContent content = kind.build(office(), edu);
        byte[] docx = TestDocuments.service().docx(content);
        String unit = "市教育和体育局党组";
        String category = m.taxonomy.all().get("FINANCE").nameZh();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("关于巡察" + unit + "的反馈意见", unit + "：", "一、巡察发现的主要问题", "（一）" + category,
                    "1.虚列支出48万元", "2.公务接待超标准", "二、整改意见").doesNotContain("学校的问题").doesNotContain("{{");
        }
        assertThat(kind.filename(edu)).isEqualTo("巡察反馈意见-轮次" + CITY_ROUND + "-单位" + UNIT_EDU);
    }

    @Test
    void noApprovedProblemBadIdsAndOtherDivisionsAreRefused() {
        m.aProblem();
        assertThat(refusal(() -> kind.build(office(), edu)).code()).isEqualTo("no_approved_problems");
        assertThat(fields(() -> kind.build(office(), Map.of("roundId", "第一轮", "unitId", "1")))).containsExactly("roundId");
        assertThat(fields(() -> kind.build(office(), Map.of("roundId", "10")))).containsExactly("unitId");
        assertThat(refusal(() -> kind.build(countyOffice(), edu)).status()).isEqualTo(403);
    }
}
