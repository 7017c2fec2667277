package org.xuncha.rectification.internal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.rectification.internal.TestModule.UNIT_EDU;
import static org.xuncha.rectification.internal.TestModule.UNIT_HEALTH;
import static org.xuncha.rectification.internal.TestModule.cityOffice;
import static org.xuncha.rectification.internal.TestModule.countyOffice;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.documents.testing.TestDocuments;
import org.xuncha.rectification.api.Assignment;
import org.xuncha.rectification.api.AssignmentDraft;
import org.xuncha.rectification.api.AssignmentKind;
import org.xuncha.rectification.internal.TestModule;
import org.xuncha.rectification.internal.assignment.AssignmentUnits.UnitsDraft;

/** 共性问题交办单 from a common problem and the units it was assigned to, read back from the DOCX the platform lays out. */
class CommonProblemSheetKindTest {

    private final TestModule m = new TestModule();
    private final CommonProblemSheetKind kind = new CommonProblemSheetKind(m.assignments, m.assignmentUnits);
    private final Caller office = cityOffice();

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void theSheetNamesTheProblemTheUnitsAndWhoAssignedIt() throws Exception {
        Assignment common = m.assignments.record(office, new AssignmentDraft(AssignmentKind.COMMON_PROBLEM, null, "公务用车管理不规范", "市委常委会",
                LocalDate.of(2025, 6, 1)));
        m.assignmentUnits.assign(office, common.id(), new UnitsDraft(List.of(UNIT_EDU, UNIT_HEALTH)));
        Map<String, String> p = Map.of("assignmentId", String.valueOf(common.id()));
        DocumentContent content = kind.build(office, p);
        byte[] docx = TestDocuments.service().docx(content.with(DocumentContent.NUMBER, "聊巡办〔2025〕7号"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("共性问题交办单", "聊巡办〔2025〕7号", "经市委常委会研究，现作为共性问题交办", "公务用车管理不规范",
                    "共2个单位。", "2025年6月1日").doesNotContain("{{");
            for (var line : m.assignmentUnits.units(office, common.id())) {
                assertThat(text).contains(line.unitName());
            }
        }
        assertThat(kind.filename(p)).isEqualTo("共性问题交办单-" + common.id());
    }

    @Test
    void otherKindsBadIdsAndOtherDivisionsAreRefused() {
        Assignment instruction = m.assignments.record(office, new AssignmentDraft(AssignmentKind.INSTRUCTION, null, "批示", "市委书记",
                LocalDate.of(2025, 6, 1)));
        assertThat(fields(() -> kind.build(office, Map.of("assignmentId", String.valueOf(instruction.id()))))).containsExactly("assignmentId");
        assertThat(fields(() -> kind.build(office, Map.of("assignmentId", "第一")))).containsExactly("assignmentId");
        assertThat(fields(() -> kind.build(office, Map.of()))).containsExactly("assignmentId");
        Assignment common = m.assignments.record(office, new AssignmentDraft(AssignmentKind.COMMON_PROBLEM, null, "问题", null, LocalDate.of(2025, 6, 1)));
        assertThat(status(() -> kind.build(countyOffice(), Map.of("assignmentId", String.valueOf(common.id()))))).isEqualTo(403);
        assertThat(status(() -> kind.build(office, Map.of("assignmentId", "999999")))).isEqualTo(404);
    }
}
