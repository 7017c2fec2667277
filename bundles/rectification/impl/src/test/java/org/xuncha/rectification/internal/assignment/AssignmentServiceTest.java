package org.xuncha.rectification.internal.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.rectification.internal.TestModule.EDU_CONTACT;
import static org.xuncha.rectification.internal.TestModule.cityOffice;
import static org.xuncha.rectification.internal.TestModule.countyOffice;
import static org.xuncha.rectification.internal.TestModule.unitContact;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.status;

import java.time.LocalDate;
import java.util.Map;

import javax.persistence.Column;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.Assignment;
import org.xuncha.rectification.api.AssignmentDraft;
import org.xuncha.rectification.api.AssignmentKind;
import org.xuncha.rectification.api.AssignmentService;
import org.xuncha.rectification.internal.TestModule;
import org.xuncha.testkit.TestCallers;

class AssignmentServiceTest {

    private static final LocalDate ON = LocalDate.of(2025, 3, 1);

    private final TestModule m = new TestModule();
    private final Caller office = cityOffice();

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void anInstructionIsTrackedToCompletion() {
        Assignment a = m.assignments.record(office, new AssignmentDraft(AssignmentKind.INSTRUCTION, null, " 压实被巡察党组织整改主体责任 ", "市委书记", ON));
        assertThat(a.divisionCode()).isEqualTo(TestCallers.CITY);
        assertThat(a.title()).isEqualTo("压实被巡察党组织整改主体责任");
        assertThat(a.completed()).isFalse();
        assertThat(m.assignments.assignments(office, AssignmentKind.INSTRUCTION, false, PageRequest.first(20)).total()).isEqualTo(1);

        assertThat(fieldCodes(() -> m.assignments.complete(office, a.id(), new AssignmentDraft.Completion(ON.minusDays(1), null))))
                .containsExactly("completedOn:before_assigned", "result:required");
        Assignment done = m.assignments.complete(office, a.id(), new AssignmentDraft.Completion(ON.plusDays(30), "已召开专题会议部署"));
        assertThat(done.completed()).isTrue();
        assertThat(m.assignments.assignments(office, AssignmentKind.INSTRUCTION, false, PageRequest.first(20)).total()).isZero();
        assertThat(m.assignments.assignments(office, null, true, PageRequest.first(20)).items()).extracting(Assignment::id).containsExactly(a.id());
        assertThat(m.db.audits()).extracting(x -> x.type()).containsExactly("assignment", "assignment");
    }

    @Test
    void eachKindIsCountedInTheCallersDivisionsAndAUnitContactSeesNone() {
        m.assignments.record(office, new AssignmentDraft(AssignmentKind.COMMON_PROBLEM, null, "农村集体“三资”管理不规范", "市委常委会", ON));
        m.assignments.record(office, new AssignmentDraft(AssignmentKind.CAMPAIGN, null, "“三资”清管用专项整治", null, ON));
        long county = m.assignments.record(countyOffice(), new AssignmentDraft(AssignmentKind.CAMPAIGN, null, "县专项整治", null, ON)).id();
        assertThat(m.assignments.count(office, AssignmentKind.CAMPAIGN)).isEqualTo(2);
        assertThat(m.assignments.count(countyOffice(), AssignmentKind.CAMPAIGN)).isEqualTo(1);
        assertThat(m.assignments.count(countyOffice(), AssignmentKind.COMMON_PROBLEM)).isZero();
        assertThat(m.assignments.assignment(office, county).divisionCode()).isEqualTo(TestCallers.COUNTY);
        assertThat(m.assignments.count(unitContact(EDU_CONTACT), null)).isZero();
        assertThat(status(() -> m.assignments.assignment(unitContact(EDU_CONTACT), county))).isEqualTo(403);
        assertThat(status(() -> m.assignments.record(countyOffice(), new AssignmentDraft(AssignmentKind.CAMPAIGN, TestCallers.CITY, "越权", null, ON))))
                .isEqualTo(403);
        assertThat(status(() -> m.assignments.record(unitContact(EDU_CONTACT), new AssignmentDraft(AssignmentKind.CAMPAIGN, null, "x", null, ON))))
                .isEqualTo(403);
    }

    @Test
    void aDraftNamesWhatIsMissingOrWrong() {
        assertThat(fields(() -> m.assignments.record(office, new AssignmentDraft(null, null, " ", "长".repeat(101), null))))
                .containsExactly("kind", "title", "assignedBy", "assignedOn");
        assertThat(fieldCodes(() -> m.assignments.record(office, new AssignmentDraft(AssignmentKind.CAMPAIGN, "999999", "x", null, ON))))
                .containsExactly("divisionCode:not_found");
        assertThat(status(() -> m.assignments.assignment(office, 999_999))).isEqualTo(404);
    }

    @Test
    void theLimitsAreTheColumnsAndEverySortHasAPath() throws Exception {
        Map<String, Integer> limits = Map.of("title", AssignmentDraft.TITLE_MAX, "assignedBy", AssignmentDraft.BY_MAX, "result",
                AssignmentDraft.RESULT_MAX);
        for (Map.Entry<String, Integer> e : limits.entrySet()) {
            assertThat(AssignmentEntity.class.getField(e.getKey()).getAnnotation(Column.class).length()).isEqualTo(e.getValue());
        }
        assertThat(AssignmentRules.SORT.keySet()).isEqualTo(AssignmentService.SORTABLE);
    }
}
