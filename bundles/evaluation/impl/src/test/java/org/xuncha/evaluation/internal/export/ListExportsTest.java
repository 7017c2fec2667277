package org.xuncha.evaluation.internal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuncha.evaluation.internal.TestModule.R1;
import static org.xuncha.evaluation.internal.TestModule.cityOffice;
import static org.xuncha.evaluation.internal.TestModule.unit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.evaluation.api.AssessmentDraft;
import org.xuncha.evaluation.internal.TestModule;
import org.xuncha.evaluation.internal.document.Notices;
import org.xuncha.evaluation.internal.talk.TalkRules;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.testkit.RecordingSpreadsheets;
import org.xuncha.testkit.InMemoryReferenceData;
import org.xuncha.testkit.TestCallers;

/** 整改评估 and 约谈记录 as spreadsheets: the page's rows with names, Chinese headers, the caller's scope, audited. */
class ListExportsTest {

    private final TestModule m = new TestModule(Map.of("talkBottom", 1));
    private final InMemoryReferenceData reference = new InMemoryReferenceData();
    private final RecordingSpreadsheets sheets = new RecordingSpreadsheets();
    private final List<SpreadsheetService.Sheet> written = sheets.written;
    private final ListExports exports = new ListExports(m.store, sheets, m.assessments, m.talks, new Notices(reference), m.settings);

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void aRoundsAssessmentsByUnitName() {
        reference.addUnit(unit(R1, 1), "市教育局党组", TestCallers.CITY);
        reference.addUnit(unit(R1, 2), "市水利局党组", TestCallers.CITY);
        m.assessments.assess(cityOffice(), new AssessmentDraft(R1, unit(R1, 1), 96, false, null));
        m.assessments.assess(cityOffice(), new AssessmentDraft(R1, unit(R1, 2), 53, true, "整改不力"));

        exports.assessments(cityOffice(), R1);
        assertThat(written.get(0).header()).containsExactly("被巡察单位", "得分", "分项得分", "等次", "典型案例", "整改任务", "已销号", "说明");
        assertThat(written.get(0).rows()).extracting(r -> r.get(0)).containsExactlyInAnyOrder("市教育局党组", "市水利局党组");
        assertThat(written.get(0).rows()).anySatisfy(r -> assertThat(r).startsWith("市水利局党组", 53).contains("差", "是", "整改不力"));
        assertThat(m.db.audits()).anySatisfy(a -> assertThat(a.action()).isEqualTo(AuditAction.EXPORT));

        exports.assessments(TestModule.countyOffice(), R1);
        assertThat(written.get(1).rows()).as("a city round, out of the county's scope").isEmpty();
        assertThatThrownBy(() -> exports.assessments(TestCallers.city(org.xuncha.platform.api.security.Roles.OFFICE_STAFF), R1))
                .as("no read permission").isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void theTalksWithTheLeaderByName() {
        reference.addUnit(700, "市委巡察办", TestCallers.CITY);
        reference.addPerson(TestModule.LEADER_C, "丙组长", 700);
        m.store.db().write(em -> m.talks.applyRule(em, cityOffice(), m.directory.round(R1).orElseThrow(),
                List.of(List.of(new TalkRules.Place(TestModule.LEADER_A, 90), new TalkRules.Place(TestModule.LEADER_C, 10)),
                        List.of(new TalkRules.Place(TestModule.LEADER_A, 90), new TalkRules.Place(TestModule.LEADER_C, 10)))));

        exports.talks(cityOffice(), R1);
        assertThat(written.get(0).header()).containsExactly("组长", "约谈事由", "建立时间", "约谈日期", "约谈人", "后续跟进");
        assertThat(written.get(0).rows()).singleElement().satisfies(r -> {
            assertThat(r.get(0)).isEqualTo("丙组长");
            assertThat(r.subList(3, 6)).isEqualTo(Arrays.asList("未约谈", null, null));
        });
        exports.talks(TestModule.countyOffice(), null);
        assertThat(written.get(1).rows()).as("the county sees none of the city's talks").isEmpty();
    }
}
