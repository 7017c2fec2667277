package org.xuncha.leadtransfer.internal.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.leadtransfer.internal.TestModule.CITY_ROUND;
import static org.xuncha.leadtransfer.internal.TestModule.ROUND_START;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_EDU;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_ELSEWHERE;
import static org.xuncha.leadtransfer.internal.TestModule.office;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.internal.TestModule;

/** The shared calendar: inspections from round planning and the visits recorded here, which may not overlap. */
class CalendarServiceTest {

    final TestModule m = new TestModule();

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    CalendarService.VisitInput audit(Long term, long unit, LocalDate from, LocalDate to, Long joint) {
        return new CalendarService.VisitInput(term, unit, VisitKind.AUDIT, "市审计局", "经济责任审计", from, to, joint);
    }

    @Test
    void aVisitDuringAnInspectionIsRefusedUnlessItBelongsToTheSameJointOperation() {
        LocalDate during = ROUND_START.plusDays(10);
        assertThat(refusal(() -> m.calendar.recordVisit(office(), audit(1L, UNIT_EDU, during, during.plusDays(5), null))).code())
                .isEqualTo("visit_conflict");
        long joint = m.joint.create(office(), new JointService.JointInput("联动", CITY_ROUND, null, null, null, null, null, null)).id();
        assertThat(m.calendar.recordVisit(office(), audit(null, UNIT_EDU, during, during.plusDays(5), joint)).warnings()).isEmpty();
        assertThat(m.calendar.calendar(office(), 1, UNIT_EDU, null, null)).extracting(Calendar.Entry::kind)
                .containsExactly(VisitKind.INSPECTION, VisitKind.AUDIT);
    }

    @Test
    void everythingTheVisitRefersToIsLookedUp() {
        LocalDate after = ROUND_START.plusDays(60);
        assertThat(fields(() -> m.calendar.recordVisit(office(), audit(4242L, UNIT_EDU, after, after, null)))).containsExactly("termId");
        assertThat(fields(() -> m.calendar.recordVisit(office(), audit(1L, 4242L, after, after, null)))).containsExactly("unitId");
        assertThat(refusal(() -> m.calendar.recordVisit(office(), audit(1L, UNIT_ELSEWHERE, after, after, null))).status()).isEqualTo(403);
        assertThat(fields(() -> m.calendar.recordVisit(office(), audit(null, UNIT_EDU, after, after, 4242L)))).containsExactly("jointOperationId");
        long joint = m.joint.create(office(), new JointService.JointInput("联动", CITY_ROUND, null, null, null, null, null, null)).id();
        assertThat(fields(() -> m.calendar.recordVisit(office(), audit(2L, UNIT_EDU, after, after, joint)))).containsExactly("termId");
        assertThat(fields(() -> m.calendar.recordVisit(office(), new CalendarService.VisitInput(1L, UNIT_EDU, VisitKind.INSPECTION,
                "组".repeat(101), "项".repeat(201), LocalDate.of(1, 1, 1), LocalDate.of(9999, 1, 1), null))))
                .containsExactlyInAnyOrder("kind", "organisation", "project", "startsOn", "endsOn");
    }

    @Test
    void theCalendarWaitsForRoundPlanningAndRemovingAVisitDoesNot() {
        LocalDate after = ROUND_START.plusDays(60);
        CalendarService.VisitResult v = m.calendar.recordVisit(office(), audit(1L, UNIT_EDU, after, after.plusDays(3), null));
        m.stopRoundPlanning();
        assertThat(refusal(() -> m.calendar.calendar(office(), 1, null, null, null)).code()).isEqualTo("round_planning_unavailable");
        m.calendar.deleteVisit(office(), v.visit().visitId());
        m.startRoundPlanning();
        assertThat(m.calendar.calendar(office(), 1, UNIT_EDU, null, null)).extracting(Calendar.Entry::kind).containsExactly(VisitKind.INSPECTION);
    }
}
