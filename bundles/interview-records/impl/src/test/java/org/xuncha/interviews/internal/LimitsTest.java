package org.xuncha.interviews.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xuncha.interviews.internal.handover.HandOverRules;

/** Every limit an input is held to against the column it ends in, read from the module's own changelog. */
class LimitsTest {

    static final int CLOB = Integer.MAX_VALUE;
    static final Map<String, Integer> COLUMNS = new HashMap<>();

    @BeforeAll
    static void readChangelog() throws Exception {
        try (InputStream in = LimitsTest.class.getClassLoader().getResourceAsStream(Store.CHANGELOG)) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            NodeList tables = doc.getElementsByTagName("createTable");
            Pattern varchar = Pattern.compile("VARCHAR\\((\\d+)\\)");
            for (int t = 0; t < tables.getLength(); t++) {
                Element table = (Element) tables.item(t);
                NodeList columns = table.getElementsByTagName("column");
                for (int c = 0; c < columns.getLength(); c++) {
                    Element column = (Element) columns.item(c);
                    String type = column.getAttribute("type");
                    Matcher m = varchar.matcher(type);
                    Integer length = m.matches() ? Integer.valueOf(m.group(1)) : "CLOB".equals(type) ? CLOB : null;
                    if (length != null) {
                        COLUMNS.put(table.getAttribute("tableName") + "." + column.getAttribute("name"), length);
                    }
                }
            }
        }
        assertThat(COLUMNS).hasSizeGreaterThan(40);
    }

    static int column(String name) {
        assertThat(COLUMNS).as("column %s in the changelog", name).containsKey(name);
        return COLUMNS.get(name);
    }

    static void plain(int limit, String... columns) {
        for (String c : columns) {
            assertThat(limit).as("limit of %s", c).isEqualTo(column(c));
        }
    }

    static void encrypted(int limit, String... columns) {
        for (String c : columns) {
            assertThat(Limits.sealedLength(limit)).as("ciphertext of %d characters in %s", limit, c).isLessThanOrEqualTo(column(c));
        }
    }

    @Test
    void aPlainTextLimitIsItsColumnsLength() {
        plain(Limits.TITLE, "xc_ivr_plan.title", "xc_ivr_template.name");
        plain(Limits.PLAN_NOTE, "xc_ivr_plan.note");
        plain(Limits.DESCRIPTION, "xc_ivr_template.description");
        plain(Limits.CODE, "xc_ivr_template_topic.code", "xc_ivr_planned_topic.code", "xc_ivr_record_section.topic_code");
        plain(Limits.TOPIC_TITLE, "xc_ivr_template_topic.title", "xc_ivr_planned_topic.title", "xc_ivr_record_section.topic_title");
        plain(Limits.GUIDANCE, "xc_ivr_template_topic.guidance", "xc_ivr_planned_topic.guidance");
        plain(Limits.POST, "xc_ivr_planned.post", "xc_ivr_record.post");
        plain(Limits.PLACE, "xc_ivr_planned.place", "xc_ivr_record.place");
        plain(Limits.CATEGORY, "xc_ivr_handover.category");
        plain(HandOverRules.REASON_MAX, "xc_ivr_handover.last_error");
    }

    @Test
    void anEncryptedTextLimitLeavesRoomForTheCiphertext() {
        encrypted(Limits.NAME, "xc_ivr_planned.name_enc", "xc_ivr_record.name_enc", "xc_ivr_letter.reporter_name_enc",
                "xc_ivr_handover.person_name_enc");
        encrypted(Limits.POST, "xc_ivr_handover.person_post_enc");
        encrypted(Limits.RANK, "xc_ivr_handover.person_rank_enc");
        encrypted(Limits.CONTACT, "xc_ivr_letter.reporter_contact_enc");
        encrypted(Limits.INTERVIEWEE_NOTE, "xc_ivr_record.interviewee_note_enc");
        encrypted(Limits.TEXT, "xc_ivr_record_section.text_enc", "xc_ivr_leader_note.text_enc", "xc_ivr_letter.content_enc",
                "xc_ivr_letter.handling_note_enc", "xc_ivr_handover.description_enc", "xc_ivr_correction.previous_enc");
        encrypted(Limits.REASON, "xc_ivr_correction.reason_enc");
        // the note was once allowed 2000 characters: encrypted, Chinese text that long broke its column (a 500)
        assertThat(Limits.sealedLength(2000)).isGreaterThan(column("xc_ivr_record.interviewee_note_enc"));
    }

    @Test
    void theSealedLengthCountsThreeBytesACharacterAndTheCiphersFraming() {
        // a key-naming prefix of at most 18 characters ("sm4gcm:" + 10 + ":", "sm4b:" + 12 + ":") + Base64(12-byte IV + text + 16-byte tag)
        assertThat(Limits.sealedLength(0)).isEqualTo(7 + 10 + 1 + 40);
        assertThat(Limits.sealedLength(1)).isEqualTo(7 + 10 + 1 + 44);
        assertThat(Limits.sealedLength(100)).isEqualTo(7 + 10 + 1 + 4 * ((12 + 300 + 16 + 2) / 3));
    }
}
