package org.xuncha.interviews.internal.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.xuncha.interviews.api.HandOverKind;
import org.xuncha.interviews.api.HandOverStatus;
import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.LeaderDossier;
import org.xuncha.interviews.api.MandatoryTopicCheck;
import org.xuncha.platform.documents.testing.TestDocuments;

/** The dossier's content, laid out by the platform's real document service and read back with POI. */
class DossierDocumentTest {

    @Test
    void aDossierRendersItsPartsInOrderInTheOfficialLayout() throws Exception {
        LeaderDossier d = new LeaderDossier(9, "十四届市委第五轮巡察", 3, "第一巡察组", 7, "聊城市教育和体育局党组", LocalDateTime.of(2026, 3, 20, 10, 0),
                List.of(new LeaderDossier.PersonLine(1, "张书记", "党组书记、局长")), List.of(new LeaderDossier.PersonLine(2, "李副局长", "副局长")), 2,
                List.of(new LeaderDossier.Entry(10, LocalDateTime.of(2026, 3, 10, 9, 0), "本人", "贯彻落实情况", "本人介绍落实情况")),
                List.of(new LeaderDossier.Entry(12, LocalDateTime.of(2026, 3, 11, 9, 0), "中层干部", "必谈", "一把手插手工程项目")),
                List.of(new LeaderDossier.MemberPart(new LeaderDossier.PersonLine(2, "李副局长", "副局长"), List.of())),
                List.of(), List.of(new LeaderDossier.Raised(12, HandOverKind.LEAD, true, "涉嫌插手工程", HandOverStatus.HANDED_OVER)),
                new MandatoryTopicCheck(9, 7, 2, 1, List.of(new MandatoryTopicCheck.MissingTopic(2, "李副局长", "副局长",
                        IntervieweeCategory.LEADING_GROUP, MandatoryTopicCheck.Reason.NOT_PLANNED)), List.of()));
        byte[] docx = TestDocuments.service().docx(DossierDocument.content(d));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text).containsSubsequence("关于聊城市教育和体育局党组主要负责人和领导班子成员情况的专门材料", "一、基本情况", "张书记（党组书记、局长）",
                    "应谈领导班子成员2人，谈话计划已覆盖1人，尚未覆盖：李副局长（未安排个别谈话）。", "二、主要负责人本人谈话情况", "本人介绍落实情况",
                    "三、谈话中反映的主要负责人情况", "中层干部（2026年3月11日，谈话记录第12号）反映：", "一把手插手工程项目",
                    "四、谈话中反映的领导班子成员情况", "（一）李副局长（副局长）", "（无）", "（二）领导班子整体", "（无）",
                    "五、", "问题线索（涉及一把手）（已移交，谈话记录第12号）：", "涉嫌插手工程", "第一巡察组", "2026年3月20日");
            XWPFParagraph title = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("关于")).findFirst().orElseThrow();
            assertThat(title.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            XWPFParagraph heading = doc.getParagraphs().stream().filter(p -> p.getText().equals("一、基本情况")).findFirst().orElseThrow();
            assertThat(heading.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
            XWPFParagraph sub = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("（一）")).findFirst().orElseThrow();
            assertThat(sub.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("楷体_GB2312");
        }
        assertThat(DossierDocument.filename(d)).isEqualTo("专门材料-聊城市教育和体育局党组-十四届市委第五轮巡察.docx");
    }

    @Test
    void chineseNumerals() {
        assertThat(List.of(1, 9, 10, 11, 20, 35).stream().map(DossierDocument::number).toList())
                .containsExactly("一", "九", "十", "十一", "二十", "三十五");
    }
}
