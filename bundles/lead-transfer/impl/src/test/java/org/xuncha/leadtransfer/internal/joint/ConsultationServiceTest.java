package org.xuncha.leadtransfer.internal.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.leadtransfer.internal.TestModule.CITY_ROUND;
import static org.xuncha.leadtransfer.internal.TestModule.COUNTY_GROUP;
import static org.xuncha.leadtransfer.internal.TestModule.GROUP_1;
import static org.xuncha.leadtransfer.internal.TestModule.GROUP_2;
import static org.xuncha.leadtransfer.internal.TestModule.LEADER;
import static org.xuncha.leadtransfer.internal.TestModule.PERSON_ELSEWHERE;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_HEALTH;
import static org.xuncha.leadtransfer.internal.TestModule.groupLeader;
import static org.xuncha.leadtransfer.internal.TestModule.lead;
import static org.xuncha.leadtransfer.internal.TestModule.office;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.internal.TestModule;
import org.xuncha.platform.api.rest.FieldError;

/** Consultations: attendees (the round's non-resident deputies added), the problems and leads discussed, all looked up. */
class ConsultationServiceTest {

    final TestModule m = new TestModule();

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    ConsultationService.ConsultationInput consultation(Long group, List<ConsultationService.AttendeeInput> attendees, List<Long> problems,
                                                       List<Long> leads) {
        return new ConsultationService.ConsultationInput(CITY_ROUND, group, "研判重点线索", m.today(), "建议移交", attendees, null, problems, leads);
    }

    static ConsultationService.AttendeeInput cadre(Long personId) {
        return new ConsultationService.AttendeeInput(personId, null, null, AttendeeRole.GROUP);
    }

    @Test
    void theDeputiesJoinAndAttendeesAreNamedFromReferenceData() {
        long lead = m.aLead();
        ConsultationService.ConsultationView c = m.consultations.create(groupLeader(), consultation(GROUP_1, List.of(cadre(LEADER)), null,
                List.of(lead)));
        assertThat(c.attendees()).extracting(ConsultationService.Attendee::name).containsExactly("张组长", "孙副组长");
        assertThat(c.leadIds()).containsExactly(lead);
        m.stopRoundPlanning();
        assertThat(m.consultations.list(groupLeader(), CITY_ROUND)).hasSize(1);
        assertThat(m.consultations.get(groupLeader(), c.id()).subject()).isEqualTo("研判重点线索");
        assertThat(refusal(() -> m.consultations.create(groupLeader(), consultation(GROUP_1, List.of(cadre(LEADER)), null, null))).status())
                .isEqualTo(503);
    }

    @Test
    void everyIdListedIsLookedUpAndMustBeTheCallers() {
        long otherGroupsLead = m.registration.create(office(), lead(CITY_ROUND, GROUP_2, UNIT_HEALTH, "吴某")).id();
        assertThat(fields(() -> m.consultations.create(office(), consultation(null, List.of(cadre(4242L)), null, null))))
                .containsExactly("attendees[0].personId");
        assertThat(refusal(() -> m.consultations.create(office(), consultation(null, List.of(cadre(PERSON_ELSEWHERE)), null, null)))
                .fields()).extracting(FieldError::field).containsExactly("attendees[0].personId");
        assertThat(fields(() -> m.consultations.create(office(), consultation(null, List.of(cadre(LEADER)), List.of(4242L), null))))
                .containsExactly("problemIds");
        assertThat(fields(() -> m.consultations.create(office(), consultation(COUNTY_GROUP, List.of(cadre(LEADER)), null, null))))
                .containsExactly("groupId");
        var refused = refusal(() -> m.consultations.create(groupLeader(), consultation(GROUP_1, List.of(cadre(LEADER)), null,
                List.of(otherGroupsLead))));
        assertThat(refused.status()).as("another group's lead").isEqualTo(403);
        assertThat(refused.fields()).extracting(FieldError::field).containsExactly("leadIds");
    }

    @Test
    void missingElementsAndOverlongTextsAreFieldErrorsNotCrashes() {
        assertThat(fields(() -> m.consultations.create(office(), consultation(null, Arrays.asList(cadre(LEADER), null), Arrays.asList(1L, null),
                Collections.singletonList(null))))).containsExactlyInAnyOrder("attendees[1]", "problemIds", "leadIds");
        assertThat(fields(() -> m.consultations.create(office(), new ConsultationService.ConsultationInput(CITY_ROUND, null, "事".repeat(201),
                m.today().plusDays(1), "论".repeat(3001), List.of(new ConsultationService.AttendeeInput(null, "名".repeat(101), "单".repeat(101),
                null)), false, null, null)))).containsExactlyInAnyOrder("subject", "heldOn", "conclusion", "attendees[0].name",
                "attendees[0].organisation", "attendees[0].role");
    }
}
