package org.xuncha.leadtransfer.internal.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.testkit.TestCallers;

/** Need to know: the office, the group that raised a lead, and the organisation that received it. */
class LeadVisibilityTest {

    static final LeadVisibility.Facts REGISTERED_CITY = new LeadVisibility.Facts(TestCallers.CITY, 11, LeadStatus.REGISTERED, null);
    static final LeadVisibility.Facts TO_DISCIPLINE_CITY = new LeadVisibility.Facts(TestCallers.CITY, 11, LeadStatus.TRANSFERRED,
            ReceiverKind.DISCIPLINE_COMMISSION);
    static final LeadVisibility.Facts TO_ORGANISATION_CITY = new LeadVisibility.Facts(TestCallers.CITY, 12, LeadStatus.ACKNOWLEDGED,
            ReceiverKind.ORGANISATION_DEPT);
    static final LeadVisibility.Facts TO_DISCIPLINE_COUNTY = new LeadVisibility.Facts(TestCallers.COUNTY, 21, LeadStatus.DISPOSING,
            ReceiverKind.DISCIPLINE_COMMISSION);

    @Test
    void theOfficeSeesEveryLeadOfItsDivisions() {
        LeadVisibility office = LeadVisibility.of(TestCallers.city(Roles.OFFICE_LEADER));
        assertThat(office.canSee(REGISTERED_CITY)).isTrue();
        assertThat(office.canSee(TO_DISCIPLINE_COUNTY)).isTrue();
        assertThat(office.canRecordFeedback(TO_ORGANISATION_CITY)).isTrue();
        LeadVisibility countyOffice = LeadVisibility.of(TestCallers.county(Roles.OFFICE_STAFF));
        assertThat(countyOffice.canSee(TO_DISCIPLINE_COUNTY)).isTrue();
        assertThat(countyOffice.canSee(REGISTERED_CITY)).as("a county account never sees a city lead").isFalse();
    }

    @Test
    void aGroupSeesOnlyItsOwnLeads() {
        LeadVisibility group11 = LeadVisibility.of(TestCallers.groupMember(Roles.GROUP_MEMBER, Set.of(1L), Set.of(11L), Set.of(100L)));
        assertThat(group11.canSee(REGISTERED_CITY)).isTrue();
        assertThat(group11.canSee(TO_DISCIPLINE_CITY)).isTrue();
        assertThat(group11.canSee(TO_ORGANISATION_CITY)).as("another group's lead").isFalse();
        assertThat(group11.canRecordFeedback(TO_DISCIPLINE_CITY)).as("the group is not the receiver").isFalse();
        assertThat(LeadVisibility.of(TestCallers.groupMember(Roles.GROUP_MEMBER, Set.of(), Set.of(), Set.of())).canSee(REGISTERED_CITY)).isFalse();
    }

    @Test
    void aReceiverSeesOnlyLeadsTransferredToItsKindOfReceiver() {
        LeadVisibility discipline = LeadVisibility.of(TestCallers.city(Roles.DISCIPLINE_COMMISSION));
        assertThat(discipline.canSee(TO_DISCIPLINE_CITY)).isTrue();
        assertThat(discipline.canRecordFeedback(TO_DISCIPLINE_CITY)).isTrue();
        assertThat(discipline.canSee(REGISTERED_CITY)).as("not yet transferred").isFalse();
        assertThat(discipline.canSee(TO_ORGANISATION_CITY)).isFalse();
        LeadVisibility organisation = LeadVisibility.of(TestCallers.city(Roles.ORGANISATION_DEPT));
        assertThat(organisation.canSee(TO_ORGANISATION_CITY)).isTrue();
        assertThat(organisation.canSee(TO_DISCIPLINE_CITY)).as("organisation dept and a discipline lead").isFalse();
        assertThat(LeadVisibility.of(TestCallers.county(Roles.DISCIPLINE_COMMISSION)).canSee(TO_DISCIPLINE_CITY))
                .as("a county discipline commission and a city lead").isFalse();
    }

    @Test
    void otherRolesSeeNoLeadWhateverTheirPermissions() {
        Caller committee = TestCallers.city(Roles.COMMITTEE_LEADER, "lead-transfer.lead.read");
        LeadVisibility v = LeadVisibility.of(committee);
        assertThat(v.canSee(REGISTERED_CITY) || v.canSee(TO_DISCIPLINE_CITY) || v.canSee(TO_ORGANISATION_CITY)).isFalse();
        assertThat(v.where("l").sql()).contains("l.id is null");
        assertThat(LeadVisibility.of(Caller.system("test")).canSee(TO_DISCIPLINE_COUNTY)).isTrue();
    }

    @Test
    void theQueryConditionFollowsTheSameRules() {
        assertThat(LeadVisibility.of(TestCallers.city(Roles.OFFICE_STAFF)).where("l").sql()).isEqualTo(" where l.divisionCode in :visDivisions");
        assertThat(LeadVisibility.of(TestCallers.city(Roles.DISCIPLINE_COMMISSION)).where("l").sql())
                .isEqualTo(" where l.divisionCode in :visDivisions and ((l.receiverKind in :visKinds and l.status <> :visRegistered))");
        assertThat(LeadVisibility.of(TestCallers.groupMember(Roles.GROUP_LEADER, Set.of(1L), Set.of(11L), Set.of())).where("l").sql())
                .isEqualTo(" where l.divisionCode in :visDivisions and (l.groupId in :visGroups)");
    }
}
