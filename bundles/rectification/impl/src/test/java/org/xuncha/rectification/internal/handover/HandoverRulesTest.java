package org.xuncha.rectification.internal.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.fields;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.xuncha.rectification.api.HandoverDraft;
import org.xuncha.rectification.api.HandoverService;
import org.xuncha.rectification.api.TaskStatus;

class HandoverRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @Test
    void bothLeadersMustSignAndEverythingElseBeThere() {
        assertThat(fields(() -> HandoverRules.check(new HandoverDraft(null, null, null, null, null, null, null, false), TODAY)))
                .containsExactly("unitId", "outgoingLeader", "incomingLeader", "handedOverOn", "outgoingSigned", "incomingSigned");
        HandoverRules.check(new HandoverDraft(1L, null, "王原任", "李新任", null, TODAY, true, true), TODAY);
        // the incoming leader may be named by the cadre record alone
        HandoverRules.check(new HandoverDraft(1L, null, "王原任", null, 5L, TODAY, true, true), TODAY);
    }

    @Test
    void theIncomingLeaderIsNotTheOutgoingOneAndTheDayIsNotInTheFuture() {
        assertThat(fieldCodes(() -> HandoverRules.check(new HandoverDraft(1L, null, "王原任", " 王原任 ", null, TODAY.plusDays(1), true, true), TODAY)))
                .containsExactly("incomingLeader:same_person", "handedOverOn:future");
    }

    @Test
    void openTasksOfTheOutgoingLeaderOrOfNobodyPassClosedOnesStay() {
        assertThat(HandoverRules.handedOver(TaskStatus.OPEN, "王原任", "王原任")).isTrue();
        assertThat(HandoverRules.handedOver(TaskStatus.CLOSURE_REQUESTED, null, "王原任")).isTrue();
        assertThat(HandoverRules.handedOver(TaskStatus.OPEN, "张副书记", "王原任")).isFalse();
        assertThat(HandoverRules.handedOver(TaskStatus.CLOSED, "王原任", "王原任")).isFalse();
    }

    @Test
    void everySortableFieldHasAPath() {
        assertThat(HandoverRules.SORT.keySet()).isEqualTo(HandoverService.SORTABLE);
    }
}
