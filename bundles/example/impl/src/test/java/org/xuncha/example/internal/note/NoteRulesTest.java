package org.xuncha.example.internal.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;

import javax.persistence.Column;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xuncha.example.api.NoteDraft;
import org.xuncha.example.api.NoteService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;

class NoteRulesTest {

    @Test
    void aDraftWithAUnitAndTextPassesAndIsStoredTrimmed() {
        NoteDraft draft = new NoteDraft(7L, "  进驻前听取纪委监委意见 ");
        NoteRules.check(draft);
        assertThat(NoteRules.text(draft)).isEqualTo("进驻前听取纪委监委意见");
    }

    @Test
    void everyMissingFieldIsReportedAtOnceInChineseAndEnglish() {
        assertThatThrownBy(() -> NoteRules.check(new NoteDraft(null, "  ")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fields()).extracting(FieldError::field).containsExactly("unitId", "text");
                    assertThat(e.fields()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
                    assertThat(e.fields()).allSatisfy(f -> assertThat(f.messageEn()).isNotBlank());
                });
    }

    @Test
    void theTextMayBeAsLongAsItsColumnAndNoLonger() {
        NoteRules.check(new NoteDraft(1L, "备".repeat(NoteDraft.TEXT_MAX)));
        assertThatThrownBy(() -> NoteRules.check(new NoteDraft(1L, "备".repeat(NoteDraft.TEXT_MAX + 1))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.fields()).extracting(FieldError::code).containsExactly("too_long"));
    }

    @Test
    void noBodyIsAFieldErrorNotAFailure() {
        assertThatThrownBy(() -> NoteRules.check(null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.fields()).extracting(FieldError::field).containsExactly("body"));
    }

    @Test
    void everySortableFieldHasAPath() {
        assertThat(NoteRules.SORT.keySet()).isEqualTo(NoteService.SORTABLE);
    }

    /** The limit the service checks, the entity's column and the schema's column are one number. */
    @Test
    void theTextLimitIsTheColumnInTheEntityAndInTheSchema() throws Exception {
        assertThat(NoteEntity.class.getDeclaredField("text").getAnnotation(Column.class).length()).isEqualTo(NoteDraft.TEXT_MAX);
        try (InputStream in = NoteEntity.class.getClassLoader().getResourceAsStream("db/example/changelog.xml")) {
            NodeList columns = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("column");
            String type = null;
            for (int i = 0; i < columns.getLength(); i++) {
                Element c = (Element) columns.item(i);
                if ("text".equals(c.getAttribute("name")) && ((Element) c.getParentNode()).getAttribute("tableName").equals("xc_example_note")) {
                    type = c.getAttribute("type");
                }
            }
            assertThat(type).isEqualTo("VARCHAR(" + NoteDraft.TEXT_MAX + ")");
        }
    }
}
