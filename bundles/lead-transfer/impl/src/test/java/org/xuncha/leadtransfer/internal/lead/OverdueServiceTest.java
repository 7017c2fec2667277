package org.xuncha.leadtransfer.internal.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.leadtransfer.internal.TestModule.member;
import static org.xuncha.leadtransfer.internal.TestModule.office;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.api.LeadEvents;
import org.xuncha.leadtransfer.internal.TestModule;

/** A transferred lead without a disposal report becomes overdue the day after its deadline, and is announced once. */
class OverdueServiceTest {

    final TestModule m = new TestModule();

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    @Test
    void anUntouchedLeadBecomesOverdueAndIsAnnouncedOnce() {
        long untouched = m.aLead();
        long handled = m.aLead();
        for (long id : new long[] {untouched, handled}) {
            m.feedback.transfer(office(), id, new LeadLifecycle.TransferInput(ReceiverKind.ORGANISATION_DEPT, null, "文号", m.today()));
        }
        m.feedback.acknowledge(office(), handled, new LeadLifecycle.AcknowledgeInput(m.today()));
        m.feedback.reportDisposal(office(), handled, new LeadLifecycle.DisposalInput(DisposalMethod.TALK_INQUIRY, m.today(), null));
        assertThat(m.overdue.notifyOverdue()).isZero();
        assertThat(m.overdue.overdue(office())).isEmpty();

        m.db.testClock().advance(Duration.ofDays(100));
        assertThat(m.overdue.overdue(office())).extracting(LeadView::id).containsExactly(untouched);
        assertThat(m.overdue.overdue(office()).get(0).daysOverdue()).isPositive();
        assertThat(m.overdue.overdue(member())).as("the group sees its own").extracting(LeadView::id).containsExactly(untouched);
        m.stopRoundPlanning();
        assertThat(m.overdue.notifyOverdue()).isEqualTo(1);
        assertThat(m.overdue.notifyOverdue()).isZero();
        assertThat(m.db.events(LeadEvents.OVERDUE)).singleElement().satisfies(e -> assertThat(e.entityId()).isEqualTo(String.valueOf(untouched)));
    }
}
