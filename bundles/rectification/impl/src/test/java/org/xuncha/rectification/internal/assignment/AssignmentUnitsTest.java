package org.xuncha.rectification.internal.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.rectification.internal.TestModule.EDU_CONTACT;
import static org.xuncha.rectification.internal.TestModule.HEALTH_PERSON;
import static org.xuncha.rectification.internal.TestModule.UNIT_COUNTY;
import static org.xuncha.rectification.internal.TestModule.UNIT_EDU;
import static org.xuncha.rectification.internal.TestModule.UNIT_HEALTH;
import static org.xuncha.rectification.internal.TestModule.cityOffice;
import static org.xuncha.rectification.internal.TestModule.countyOffice;
import static org.xuncha.rectification.internal.TestModule.unitContact;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;
import static org.xuncha.testkit.Refusals.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.Assignment;
import org.xuncha.rectification.api.AssignmentDraft;
import org.xuncha.rectification.api.AssignmentKind;
import org.xuncha.rectification.internal.TestModule;
import org.xuncha.rectification.internal.assignment.AssignmentUnits.UnitLine;
import org.xuncha.rectification.internal.assignment.AssignmentUnits.UnitsDraft;

/** The ledger across units of a common problem or a campaign. */
class AssignmentUnitsTest {

    private final TestModule m = new TestModule();
    private final Caller office = cityOffice();
    private final LocalDate on = LocalDate.of(2025, 6, 1);

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void theOfficeAssignsUnitsEachUnitReportsItsOwnLine() {
        Assignment common = m.assignments.record(office, new AssignmentDraft(AssignmentKind.COMMON_PROBLEM, null, "公务用车管理不规范", "市委常委会", on));
        List<UnitLine> lines = m.assignmentUnits.assign(office, common.id(), new UnitsDraft(List.of(UNIT_EDU, UNIT_HEALTH, UNIT_EDU)));
        assertThat(lines).extracting(UnitLine::unitId).containsExactly(UNIT_EDU, UNIT_HEALTH);
        assertThat(m.assignmentUnits.assign(office, common.id(), new UnitsDraft(List.of(UNIT_HEALTH, UNIT_COUNTY)))).as("added once")
                .extracting(UnitLine::unitId).containsExactly(UNIT_EDU, UNIT_HEALTH, UNIT_COUNTY);

        Caller edu = unitContact(EDU_CONTACT);
        assertThat(m.assignmentUnits.units(edu, common.id())).extracting(UnitLine::unitId).containsExactly(UNIT_EDU);
        UnitLine done = m.assignmentUnits.complete(edu, common.id(), UNIT_EDU, new AssignmentDraft.Completion(LocalDate.of(2025, 6, 20), "已清理超标车辆"));
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2025, 6, 20));
        assertThat(status(() -> m.assignmentUnits.complete(edu, common.id(), UNIT_HEALTH,
                new AssignmentDraft.Completion(LocalDate.of(2025, 6, 20), "越权")))).isEqualTo(403);
        assertThat(m.assignmentUnits.units(office, common.id())).filteredOn(l -> l.completedOn() != null).extracting(UnitLine::unitId)
                .containsExactly(UNIT_EDU);
    }

    @Test
    void instructionsBadUnitsAndOtherDivisionsAreRefused() {
        Assignment instruction = m.assignments.record(office, new AssignmentDraft(AssignmentKind.INSTRUCTION, null, "批示", "市委书记", on));
        assertThat(refusal(() -> m.assignmentUnits.assign(office, instruction.id(), new UnitsDraft(List.of(UNIT_EDU)))).code()).isEqualTo("not_per_unit");
        Assignment campaign = m.assignments.record(office, new AssignmentDraft(AssignmentKind.CAMPAIGN, null, "专项整治", null, on));
        assertThat(fields(() -> m.assignmentUnits.assign(office, campaign.id(), new UnitsDraft(List.of())))).containsExactly("unitIds");
        assertThat(fields(() -> m.assignmentUnits.assign(office, campaign.id(), new UnitsDraft(List.of(UNIT_EDU, 999_999L)))))
                .containsExactly("unitIds[1]");
        assertThat(status(() -> m.assignmentUnits.assign(countyOffice(), campaign.id(), new UnitsDraft(List.of(UNIT_COUNTY))))).isEqualTo(403);
        assertThat(status(() -> m.assignmentUnits.assign(countyOffice(), campaign.id(), new UnitsDraft(List.of(UNIT_EDU))))).isEqualTo(403);
        assertThat(status(() -> m.assignmentUnits.units(unitContact(HEALTH_PERSON), campaign.id()))).as("no line of its unit").isEqualTo(403);
        assertThat(status(() -> m.assignmentUnits.units(office, 999_999))).isEqualTo(404);
    }
}
