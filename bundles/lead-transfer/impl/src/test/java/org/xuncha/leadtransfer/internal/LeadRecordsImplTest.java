package org.xuncha.leadtransfer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.internal.lead.OutcomeKind;
import org.xuncha.leadtransfer.internal.lead.ReceiverKind;
import org.xuncha.testkit.Refusals;

/** The codes LeadRecords takes are the module's own kinds; anything else is a 400 on the field. */
class LeadRecordsImplTest {

    @Test
    void codesAreTheKindsNames() {
        assertThat(LeadRecordsImpl.code(ReceiverKind.class, "receiverKind", " ORGANISATION_DEPT ")).isEqualTo(ReceiverKind.ORGANISATION_DEPT);
        assertThat(LeadRecordsImpl.code(OutcomeKind.class, "kind", null)).isNull();
        assertThat(LeadRecordsImpl.code(OutcomeKind.class, "kind", " ")).isNull();
    }

    @Test
    void anUnknownCodeIsRefusedOnItsField() {
        assertThat(Refusals.fields(() -> LeadRecordsImpl.code(OutcomeKind.class, "kind", "党纪处分"))).containsExactly("kind");
    }
}
