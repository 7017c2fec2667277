package org.xuncha.interviews.internal.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xuncha.interviews.api.HandOverKind;
import org.xuncha.interviews.api.HandOverStatus;
import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.LeaderDossier;
import org.xuncha.interviews.api.MandatoryTopicCheck;

class DocxWriterTest {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static Map<String, byte[]> unzip(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static String text(Document document) {
        NodeList texts = document.getElementsByTagNameNS(W, "t");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            b.append(texts.item(i).getTextContent()).append('\n');
        }
        return b.toString();
    }

    @Test
    void aDocumentIsAZipOfWellFormedPartsWithTheChineseTextInIt() throws Exception {
        byte[] docx = DocxWriter.write(List.of(new DocxWriter.Title("关于某单位的专门材料"), new DocxWriter.Heading(1, "一、基本情况"),
                new DocxWriter.Paragraph("主要负责人：", "张书记（党组书记）\n第二段 <含&符号> \"引号\"\u0001"), new DocxWriter.Closing("第一巡察组")));
        assertThat(docx).startsWith('P', 'K');
        Map<String, byte[]> parts = unzip(docx);
        assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
                "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml");
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            assertThat(parse(part.getValue()).getDocumentElement()).as(part.getKey()).isNotNull();
        }
        Document document = parse(parts.get("word/document.xml"));
        String text = text(document);
        assertThat(text).contains("关于某单位的专门材料", "一、基本情况", "主要负责人：", "张书记（党组书记）", "第二段 <含&符号> \"引号\"", "第一巡察组");
        assertThat(text).doesNotContain("\u0001");
        assertThat(document.getElementsByTagNameNS(W, "p").getLength()).as("the two lines of the paragraph are two paragraphs").isEqualTo(5);
        // every part a relationship names is in the package
        String rels = new String(parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
        for (String target : List.of("styles.xml", "settings.xml", "fontTable.xml", "footer1.xml", "footer2.xml")) {
            assertThat(rels).contains("Target=\"" + target + "\"");
        }
        assertThat(new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8))
                .contains("/word/document.xml", "wordprocessingml.document.main+xml");
    }

    @Test
    void thePageFollowsGbT9704() throws Exception {
        Document document = parse(unzip(DocxWriter.write(List.of(new DocxWriter.Paragraph(null, "正文")))).get("word/document.xml"));
        Element size = (Element) document.getElementsByTagNameNS(W, "pgSz").item(0);
        assertThat(size.getAttributeNS(W, "w")).isEqualTo("11906");
        assertThat(size.getAttributeNS(W, "h")).isEqualTo("16838");
        Element margins = (Element) document.getElementsByTagNameNS(W, "pgMar").item(0);
        // 37 / 35 / 28 / 26 mm in twips
        assertThat(margins.getAttributeNS(W, "top")).isEqualTo("2098");
        assertThat(margins.getAttributeNS(W, "bottom")).isEqualTo("1984");
        assertThat(margins.getAttributeNS(W, "left")).isEqualTo("1587");
        assertThat(margins.getAttributeNS(W, "right")).isEqualTo("1474");
        Element spacing = (Element) document.getElementsByTagNameNS(W, "spacing").item(0);
        assertThat(spacing.getAttributeNS(W, "line")).as("28.95 pt exactly").isEqualTo("579");
        assertThat(spacing.getAttributeNS(W, "lineRule")).isEqualTo("exact");
        Element fonts = (Element) document.getElementsByTagNameNS(W, "rFonts").item(0);
        assertThat(fonts.getAttributeNS(W, "eastAsia")).isEqualTo("仿宋_GB2312");
        Element sz = (Element) document.getElementsByTagNameNS(W, "sz").item(0);
        assertThat(sz.getAttributeNS(W, "val")).as("三号 = 16 pt").isEqualTo("32");
    }

    @Test
    void theTitleIsSecondSizeXiaobiaosong() throws Exception {
        Document document = parse(unzip(DocxWriter.write(List.of(new DocxWriter.Title("标题")))).get("word/document.xml"));
        Element fonts = (Element) document.getElementsByTagNameNS(W, "rFonts").item(0);
        assertThat(fonts.getAttributeNS(W, "eastAsia")).isEqualTo("方正小标宋简体");
        assertThat(((Element) document.getElementsByTagNameNS(W, "sz").item(0)).getAttributeNS(W, "val")).as("二号 = 22 pt").isEqualTo("44");
        assertThat(((Element) document.getElementsByTagNameNS(W, "jc").item(0)).getAttributeNS(W, "val")).isEqualTo("center");
    }

    @Test
    void aDossierRendersItsPartsInOrder() throws Exception {
        LeaderDossier d = new LeaderDossier(9, "十四届市委第五轮巡察", 3, "第一巡察组", 7, "聊城市教育和体育局党组", LocalDateTime.of(2026, 3, 20, 10, 0),
                List.of(new LeaderDossier.PersonLine(1, "张书记", "党组书记、局长")), List.of(new LeaderDossier.PersonLine(2, "李副局长", "副局长")), 2,
                List.of(new LeaderDossier.Entry(10, LocalDateTime.of(2026, 3, 10, 9, 0), "本人", "贯彻落实情况", "本人介绍落实情况")),
                List.of(new LeaderDossier.Entry(12, LocalDateTime.of(2026, 3, 11, 9, 0), "中层干部", "必谈", "一把手插手工程项目")),
                List.of(new LeaderDossier.MemberPart(new LeaderDossier.PersonLine(2, "李副局长", "副局长"), List.of())),
                List.of(), List.of(new LeaderDossier.Raised(12, HandOverKind.LEAD, true, "涉嫌插手工程", HandOverStatus.HANDED_OVER)),
                new MandatoryTopicCheck(9, 7, 2, 1, List.of(new MandatoryTopicCheck.MissingTopic(2, "李副局长", "副局长",
                        IntervieweeCategory.LEADING_GROUP, MandatoryTopicCheck.Reason.NOT_PLANNED)), List.of()));
        String text = text(parse(unzip(DossierDocument.docx(d)).get("word/document.xml")));
        assertThat(text).containsSubsequence("关于聊城市教育和体育局党组主要负责人和领导班子成员情况的专门材料", "一、基本情况", "张书记（党组书记、局长）",
                "应谈领导班子成员2人，谈话计划已覆盖1人，尚未覆盖：李副局长（未安排个别谈话）。", "二、主要负责人本人谈话情况", "本人介绍落实情况",
                "三、谈话中反映的主要负责人情况", "中层干部（2026年3月11日，谈话记录第12号）反映：", "一把手插手工程项目",
                "四、谈话中反映的领导班子成员情况", "（一）李副局长（副局长）", "（无）", "（二）领导班子整体", "（无）",
                "五、", "问题线索（涉及一把手）（已移交，谈话记录第12号）：", "涉嫌插手工程", "第一巡察组", "2026年3月20日");
        assertThat(DossierDocument.filename(d)).isEqualTo("专门材料-聊城市教育和体育局党组-十四届市委第五轮巡察.docx");
    }

    @Test
    void chineseNumerals() {
        assertThat(List.of(1, 9, 10, 11, 20, 35).stream().map(DossierDocument::number).toList())
                .containsExactly("一", "九", "十", "十一", "二十", "三十五");
    }
}
