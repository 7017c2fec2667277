package org.xuncha.leadtransfer.internal.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.leadtransfer.internal.TestModule.CITY_ROUND;
import static org.xuncha.leadtransfer.internal.TestModule.GROUP_2;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_HEALTH;
import static org.xuncha.leadtransfer.internal.TestModule.discipline;
import static org.xuncha.leadtransfer.internal.TestModule.lead;
import static org.xuncha.leadtransfer.internal.TestModule.member;
import static org.xuncha.leadtransfer.internal.TestModule.office;
import static org.xuncha.testkit.Refusals.refusal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.internal.TestModule;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;

/** Reading leads: need to know, every read audited by id, and no round planning needed. */
class LeadServiceTest {

    final TestModule m = new TestModule();

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    @Test
    void eachSeesTheLeadsTheyNeedToKnowAndEveryListReadIsAuditedByIds() {
        long ours = m.aLead();
        long theirs = m.registration.create(office(), lead(CITY_ROUND, GROUP_2, UNIT_HEALTH, "吴某")).id();
        assertThat(m.leads.list(office(), LeadQuery.all(), PageRequest.first(20)).items()).extracting(LeadView::id).containsExactly(theirs, ours);
        assertThat(m.leads.list(member(), LeadQuery.all(), PageRequest.first(20)).items()).extracting(LeadView::id).containsExactly(ours);
        assertThat(m.leads.list(discipline(), LeadQuery.all(), PageRequest.first(20)).total()).as("not transferred yet").isZero();
        assertThat(m.db.audits()).anyMatch(a -> a.action() == AuditAction.READ && a.summary().contains(ours + "") && !a.summary().contains("周某"));
        assertThat(refusal(() -> m.leads.get(member(), theirs)).status()).isEqualTo(403);
        assertThat(refusal(() -> m.leads.get(office(), 9999)).status()).isEqualTo(404);
    }

    @Test
    void aListLeavesTheSummaryOutAndTheDetailHasItAndIsAudited() {
        long id = m.aLead();
        assertThat(m.leads.list(office(), LeadQuery.all(), PageRequest.first(20)).items().get(0).summary()).isNull();
        LeadView full = m.leads.get(office(), id);
        assertThat(full.summary()).isEqualTo("反映其虚列支出");
        assertThat(full.personName()).isEqualTo("周某");
        assertThat(m.db.audits()).anyMatch(a -> a.action() == AuditAction.READ && String.valueOf(id).equals(a.id()));
    }

    @Test
    void aListShowsOfEachLeadWhatItsDetailShowsButTheSummaryTheConclusionAndTheHandling() {
        long id = m.aLead();
        m.feedback.transfer(office(), id, new LeadLifecycle.TransferInput(ReceiverKind.DISCIPLINE_COMMISSION, "市纪委监委", "巡察移〔2025〕3号",
                m.today().minusDays(40)));
        m.feedback.acknowledge(discipline(), id, new LeadLifecycle.AcknowledgeInput(m.today().minusDays(39)));
        long other = m.registration.create(office(), lead(CITY_ROUND, GROUP_2, UNIT_HEALTH, "吴某")).id();
        for (long each : new long[] {id, other}) {
            LeadView listed = m.leads.list(office(), LeadQuery.all(), PageRequest.first(20)).items().stream().filter(l -> l.id() == each)
                    .findFirst().orElseThrow();
            LeadView full = m.leads.get(office(), each);
            assertThat(listed).usingRecursiveComparison().ignoringFields("summary", "conclusionNote").isEqualTo(full);
            assertThat(listed.summary()).isNull();
            assertThat(listed.conclusionNote()).isNull();
        }
    }

    @Test
    void filtersFilterAndABlankFilterIsNoFilter() {
        long id = m.aLead();
        LeadQuery blankCategory = new LeadQuery(null, CITY_ROUND, null, null, null, null, null, " ", null);
        assertThat(m.leads.list(office(), blankCategory, PageRequest.first(20)).total()).isEqualTo(1);
        LeadQuery transferred = new LeadQuery(null, null, null, null, LeadStatus.TRANSFERRED, null, null, null, null);
        assertThat(m.leads.list(office(), transferred, PageRequest.first(20)).total()).isZero();
        LeadQuery unknownRound = new LeadQuery(null, 4242L, null, null, null, null, null, null, null);
        assertThat(m.leads.list(office(), unknownRound, PageRequest.first(20)).total()).as("a filter, not a reference").isZero();
        assertThat(m.leads.list(office(), new LeadQuery(null, null, null, null, null, null, null, null, false), PageRequest.first(20))
                .items()).extracting(LeadView::id).containsExactly(id);
    }

    @Test
    void readingNeedsNoRoundPlanning() {
        long id = m.aLead();
        m.stopRoundPlanning();
        assertThat(m.leads.list(office(), LeadQuery.all(), PageRequest.first(20)).total()).isEqualTo(1);
        assertThat(m.leads.get(office(), id).personName()).isEqualTo("周某");
    }
}
