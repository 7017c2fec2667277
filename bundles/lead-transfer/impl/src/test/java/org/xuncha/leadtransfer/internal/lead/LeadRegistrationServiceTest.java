package org.xuncha.leadtransfer.internal.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.leadtransfer.internal.TestModule.CITY_ROUND;
import static org.xuncha.leadtransfer.internal.TestModule.GROUP_1;
import static org.xuncha.leadtransfer.internal.TestModule.GROUP_2;
import static org.xuncha.leadtransfer.internal.TestModule.PERSON_ELSEWHERE;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_EDU;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_HEALTH;
import static org.xuncha.leadtransfer.internal.TestModule.lead;
import static org.xuncha.leadtransfer.internal.TestModule.member;
import static org.xuncha.leadtransfer.internal.TestModule.office;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.api.Source;
import org.xuncha.leadtransfer.internal.TestModule;
import org.xuncha.testkit.TestCallers;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.AuditAction;

/** Registering and editing leads: where they belong, whom they name, what is stored, what is refused. */
class LeadRegistrationServiceTest {

    final TestModule m = new TestModule();

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    @Test
    void aLeadIsPlacedAtItsRoundGroupAndUnitAndTheNameIsStoredEncrypted() {
        LeadView v = m.registration.create(member(), new LeadInput(CITY_ROUND, GROUP_1, UNIT_EDU, " 欧阳明远 ", "局长", "正处级", null,
                "DISC_INTEGRITY", "收受礼金", true, Source.INTERVIEW, "interview-records:record:42", null));
        assertThat(v.status()).isEqualTo(LeadStatus.REGISTERED);
        assertThat(v.termId()).isEqualTo(1);
        assertThat(v.personName()).isEqualTo("欧阳明远");
        assertThat(v.summary()).isEqualTo("收受礼金");
        assertThat(m.db.stored("xc_lt_lead", "person_name", v.id())).doesNotContain("欧阳明远");
        assertThat(m.db.audits()).anyMatch(a -> a.action() == AuditAction.CREATE && a.id().equals(String.valueOf(v.id())) && a.inTransaction()
                && !a.summary().contains("欧阳明远"));
    }

    @Test
    void everyTextIsCheckedAgainstItsColumnAndEveryErrorIsReportedAtOnce() {
        LeadInput tooLong = new LeadInput(CITY_ROUND, GROUP_1, UNIT_EDU, "名".repeat(51), "职".repeat(101), "级".repeat(51), null,
                "C".repeat(41), "要".repeat(2001), false, null, "r".repeat(201), null);
        assertThat(fields(() -> m.registration.create(office(), tooLong)))
                .containsExactlyInAnyOrder("personName", "personPost", "personRank", "category", "summary", "sourceRef");
        assertThat(fields(() -> m.registration.create(office(), new LeadInput(null, null, null, null, null, null, null, null, null, null,
                null, null, null)))).containsExactlyInAnyOrder("personName", "roundId", "groupId", "unitId");
        LeadInput longest = new LeadInput(CITY_ROUND, GROUP_1, UNIT_EDU, "名".repeat(50), "职".repeat(100), "级".repeat(50), null,
                null, "要".repeat(2000), false, null, "r".repeat(200), null);
        assertThat(m.registration.create(office(), longest).summary()).hasSize(2000);
    }

    @Test
    void everyIdTheInputRefersToIsLookedUp() {
        assertThat(refusal(() -> m.registration.create(office(), lead(99, GROUP_1, UNIT_EDU, "周某"))).fields())
                .extracting(FieldError::field, FieldError::code).containsExactly(org.assertj.core.groups.Tuple.tuple("roundId", "not_found"));
        assertThat(fields(() -> m.registration.create(office(), lead(CITY_ROUND, 99, UNIT_EDU, "周某")))).containsExactly("groupId");
        assertThat(fields(() -> m.registration.create(office(), lead(CITY_ROUND, GROUP_1, UNIT_HEALTH, "周某")))).containsExactly("unitId");
        LeadInput unknownCategory = new LeadInput(CITY_ROUND, GROUP_1, UNIT_EDU, "周某", null, null, null, "NO_SUCH", null, null, null, null, null);
        assertThat(fields(() -> m.registration.create(office(), unknownCategory))).containsExactly("category");
        LeadInput unknownPerson = new LeadInput(CITY_ROUND, GROUP_1, UNIT_EDU, "周某", null, null, 999L, null, null, null, null, null, null);
        assertThat(fields(() -> m.registration.create(office(), unknownPerson))).containsExactly("personId");
        LeadInput elsewhere = new LeadInput(CITY_ROUND, GROUP_1, UNIT_EDU, "周某", null, null, PERSON_ELSEWHERE, null, null, null, null, null,
                null);
        ApiException outside = refusal(() -> m.registration.create(office(), elsewhere));
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.fields()).extracting(FieldError::field).containsExactly("personId");
        assertThat(m.leads.list(office(), LeadQuery.all(), org.xuncha.platform.api.rest.PageRequest.first(10)).total()).isZero();
    }

    @Test
    void aGroupRegistersOnlyInItsOwnGroupAndFindingsNeedTheImportPermission() {
        ApiException otherGroup = refusal(() -> m.registration.create(member(), lead(CITY_ROUND, GROUP_2, UNIT_HEALTH, "周某")));
        assertThat(otherGroup.status()).isEqualTo(403);
        assertThat(otherGroup.fields()).extracting(FieldError::field).containsExactly("groupId");
        LeadInput audit = new LeadInput(CITY_ROUND, GROUP_1, UNIT_EDU, "周某", null, null, null, null, null, null, Source.AUDIT, null, null);
        assertThat(refusal(() -> m.registration.create(member(), audit)).status()).isEqualTo(403);
    }

    @Test
    void aLeadRaisedFromAProblemNeedsNoRoundPlanningAndStaysWhereTheProblemIs() {
        long problem = m.aProblem();
        m.stopRoundPlanning();
        LeadInput in = new LeadInput(null, null, null, "周某", null, null, null, null, null, null, null, null, null, "线索紧急，先行移交");
        LeadView v = m.registration.createFromProblem(office(), problem, in);
        assertThat(v.problemId()).isEqualTo(problem);
        assertThat(v.category()).as("the problem's").isEqualTo("FINANCE");
        assertThat(v.groupId()).isEqualTo(GROUP_1);
        LeadInput elsewhere = new LeadInput(CITY_ROUND, GROUP_2, null, "周某", null, null, null, null, null, null, null, null, null);
        assertThat(fields(() -> m.registration.createFromProblem(office(), problem, elsewhere))).containsExactly("groupId");
        assertThat(refusal(() -> m.registration.createFromProblem(office(), 9999, in)).status()).isEqualTo(404);
        assertThat(refusal(() -> m.registration.create(office(), lead(CITY_ROUND, GROUP_1, UNIT_EDU, "周某"))).code())
                .isEqualTo("round_planning_unavailable");
    }

    @Test
    void aPersonPickedFromTheDirectoryGivesTheLeadItsNameAndTheTopLeaderFlagOfTheirLeadership() {
        m.referenceData.add(new Person(60L, "欧阳明远", UNIT_EDU, "党组书记、局长", "正处级", Person.Leadership.TOP_LEADER, TestCallers.CITY, true, 0L));
        m.referenceData.add(new Person(61L, "李科员", UNIT_EDU, "科员", null, Person.Leadership.STAFF, TestCallers.CITY, true, 0L));
        LeadView top = m.registration.create(office(), new LeadInput(CITY_ROUND, GROUP_1, UNIT_EDU, null, null, null, 60L, null, null,
                false, null, null, null));
        assertThat(top.personName()).as("from the directory, none typed").isEqualTo("欧阳明远");
        assertThat(top.personPost()).isEqualTo("党组书记、局长");
        assertThat(top.personRank()).isEqualTo("正处级");
        assertThat(top.topLeader()).as("the person's leadership, not what was sent").isTrue();
        LeadView staff = m.registration.create(office(), new LeadInput(CITY_ROUND, GROUP_1, UNIT_EDU, "别的名字", null, null, 61L, null,
                null, true, null, null, null));
        assertThat(staff.personName()).isEqualTo("李科员");
        assertThat(staff.topLeader()).isFalse();
        assertThat(m.db.audits()).anyMatch(a -> a.id().equals(String.valueOf(staff.id())) && a.summary().contains("干部 61"));
        // a person not on file is typed, and the audit says so
        LeadView typed = m.registration.create(office(), lead(CITY_ROUND, GROUP_1, UNIT_EDU, "周某"));
        assertThat(typed.personId()).isNull();
        assertThat(m.db.audits()).anyMatch(a -> a.id().equals(String.valueOf(typed.id())) && a.summary().contains("未在干部库"));
    }

    @Test
    void aLeadFromAProblemNotYetApprovedIsRefusedUnlessTheOfficeGivesItsReasonWhichIsAudited() {
        long problem = m.aProblem();
        LeadInput plain = new LeadInput(null, null, null, "周某", null, null, null, null, null, null, null, null, null);
        ApiException early = refusal(() -> m.registration.createFromProblem(office(), problem, plain));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("problem_not_approved");
        LeadInput override = new LeadInput(null, null, null, "周某", null, null, null, null, null, null, null, null, null, "线索紧急，先行移交");
        assertThat(refusal(() -> m.registration.createFromProblem(member(), problem, override)).status())
                .as("a group member is not the office").isEqualTo(403);
        assertThat(fields(() -> m.registration.createFromProblem(office(), problem,
                new LeadInput(null, null, null, "周某", null, null, null, null, null, null, null, null, null, "理".repeat(501)))))
                .containsExactly("overrideReason");
        LeadView v = m.registration.createFromProblem(office(), problem, override);
        assertThat(v.problemId()).isEqualTo(problem);
        assertThat(m.db.audits()).anyMatch(a -> a.action() == AuditAction.CREATE && a.id().equals(String.valueOf(v.id()))
                && a.summary().contains("巡察办提前登记，理由：线索紧急，先行移交"));
    }

    @Test
    void anEditKeepsThePlaceAndTheSourceAndNeedsTheCurrentVersion() {
        LeadView v = m.registration.create(office(), lead(CITY_ROUND, GROUP_1, UNIT_EDU, "周某"));
        LeadInput edit = new LeadInput(CITY_ROUND, GROUP_1, UNIT_EDU, "周某某", "副局长", null, null, "CADRES", null, true, null, null, v.version());
        LeadView edited = m.registration.update(office(), v.id(), edit);
        assertThat(edited.personName()).isEqualTo("周某某");
        assertThat(edited.topLeader()).isTrue();
        assertThat(refusal(() -> m.registration.update(office(), v.id(), edit)).code()).as("an old version").isEqualTo("stale");
        LeadInput moved = new LeadInput(CITY_ROUND, GROUP_2, UNIT_HEALTH, "周某", null, null, null, null, null, null, Source.LETTER, null,
                edited.version());
        assertThat(fields(() -> m.registration.update(office(), v.id(), moved))).containsExactlyInAnyOrder("groupId", "unitId", "source");
    }
}
