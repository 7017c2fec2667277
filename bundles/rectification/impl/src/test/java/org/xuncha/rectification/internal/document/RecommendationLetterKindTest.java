package org.xuncha.rectification.internal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.rectification.internal.TestModule.CITY_ROUND;
import static org.xuncha.rectification.internal.TestModule.cityOffice;
import static org.xuncha.rectification.internal.TestModule.countyOffice;
import static org.xuncha.rectification.internal.TestModule.unitContact;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.documents.testing.TestDocuments;
import org.xuncha.rectification.internal.TestModule;
import org.xuncha.rectification.internal.letter.LetterService.Draft;
import org.xuncha.rectification.internal.letter.LetterService.Letter;

/** 巡察建议书 from a recorded letter, read back from the DOCX the platform lays out. */
class RecommendationLetterKindTest {

    private final TestModule m = new TestModule();
    private final RecommendationLetterKind kind = new RecommendationLetterKind(m.letters);

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void theLetterNamesTheDepartmentWhatIsRecommendedAndTheReplyDay() throws Exception {
        Letter l = m.letters.send(cityOffice(), new Draft(null, CITY_ROUND, "市财政局", "关于加强专项资金监管的巡察建议书",
                "建议完善资金拨付审批制度。\n建议开展专项资金使用情况检查。", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1)));
        Map<String, String> p = Map.of("letterId", String.valueOf(l.id()));
        DocumentContent content = kind.build(cityOffice(), p);
        byte[] docx = TestDocuments.service().docx(content.with(DocumentContent.NUMBER, "聊巡办〔2025〕9号"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).containsSubsequence("聊巡办〔2025〕9号", "关于加强专项资金监管的巡察建议书", "市财政局：", "建议完善资金拨付审批制度。",
                    "建议开展专项资金使用情况检查。", "于2025年7月1日前将落实情况书面反馈", "2025年6月1日").doesNotContain("{{");
        }
        assertThat(kind.filename(p)).isEqualTo("巡察建议书-" + l.id());
    }

    @Test
    void badIdsOtherDivisionsAndUnitContactsAreRefused() {
        Letter l = m.letters.send(cityOffice(), new Draft(null, null, "市财政局", "建议书", null, LocalDate.of(2025, 6, 1), null));
        assertThat(fields(() -> kind.build(cityOffice(), Map.of("letterId", "第一")))).containsExactly("letterId");
        assertThat(fields(() -> kind.build(cityOffice(), Map.of()))).containsExactly("letterId");
        assertThat(status(() -> kind.build(countyOffice(), Map.of("letterId", String.valueOf(l.id()))))).isEqualTo(403);
        assertThat(status(() -> kind.build(unitContact(null), Map.of("letterId", String.valueOf(l.id()))))).isEqualTo(403);
        assertThat(status(() -> kind.build(cityOffice(), Map.of("letterId", "999999")))).isEqualTo(404);
    }
}
