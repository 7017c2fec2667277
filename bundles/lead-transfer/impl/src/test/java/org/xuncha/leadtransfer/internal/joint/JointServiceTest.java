package org.xuncha.leadtransfer.internal.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.leadtransfer.internal.TestModule.CITY_ROUND;
import static org.xuncha.leadtransfer.internal.TestModule.COUNTY_ROUND;
import static org.xuncha.leadtransfer.internal.TestModule.GROUP_1;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_COUNTY;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_SCHOOL;
import static org.xuncha.leadtransfer.internal.TestModule.countyOffice;
import static org.xuncha.leadtransfer.internal.TestModule.office;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.api.Source;
import org.xuncha.leadtransfer.internal.TestModule;

/** Joint operations and the findings brought in through them. */
class JointServiceTest {

    final TestModule m = new TestModule();

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    JointService.JointInput operation(Long round, Long version) {
        return new JointService.JointInput("巡纪审联动（市教育系统）", round, "专项监督", "经济责任审计", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 6, 30), null, version);
    }

    JointService.FindingInput finding(ItemType kind, long unit, String description, String person) {
        return new JointService.FindingInput(kind, unit, "FINANCE", description, null, null, person, null, null, null, null, "审计发现第12项", null);
    }

    @Test
    void anOperationIsCreatedForARoundAndReadAndEditedWithoutRoundPlanning() {
        JointService.JointView j = m.joint.create(office(), operation(CITY_ROUND, null));
        assertThat(j.termId()).isEqualTo(1);
        assertThat(refusal(() -> m.joint.create(countyOffice(), operation(CITY_ROUND, null))).status()).isEqualTo(403);
        assertThat(fields(() -> m.joint.create(office(), operation(4242L, null)))).containsExactly("roundId");
        assertThat(fields(() -> m.joint.create(office(), new JointService.JointInput("名".repeat(201), CITY_ROUND, "项".repeat(201),
                "审".repeat(201), LocalDate.of(1000, 1, 1), LocalDate.of(3000, 1, 1), "注".repeat(1001), null))))
                .containsExactlyInAnyOrder("name", "disciplineProject", "auditProject", "startsOn", "endsOn", "note");
        m.stopRoundPlanning();
        assertThat(m.joint.list(office(), null, CITY_ROUND)).hasSize(1);
        assertThat(m.joint.list(countyOffice(), null, null)).isEmpty();
        JointService.JointView edited = m.joint.update(office(), j.id(), new JointService.JointInput("巡纪审联动（市教育系统）", CITY_ROUND, null, null,
                null, null, "第一次修改", j.version()));
        assertThat(edited.version()).isGreaterThan(j.version());
        assertThat(m.joint.update(office(), j.id(), new JointService.JointInput("巡纪审联动", CITY_ROUND, null, null, null, null, "第二次修改",
                edited.version())).version()).as("the answer's version is the one to send next").isGreaterThan(edited.version());
        assertThat(fields(() -> m.joint.update(office(), j.id(), operation(COUNTY_ROUND, edited.version() + 1)))).containsExactly("roundId");
        assertThat(m.joint.get(office(), j.id()).figures().problemsBroughtIn()).isZero();
    }

    @Test
    void aFindingBecomesADraftOrALeadOfTheGroupThatInspectsTheUnit() {
        long j = m.joint.create(office(), operation(CITY_ROUND, null)).id();
        JointService.FindingResult p = m.joint.bringIn(office(), j, finding(ItemType.PROBLEM, UNIT_SCHOOL, "虚列支出", null));
        assertThat(p.groupId()).isEqualTo(GROUP_1);
        assertThat(p.source()).isEqualTo(Source.AUDIT);
        assertThat(m.problems.get(office(), p.id()).sourceRef()).isEqualTo("joint-operation:" + j + ":审计发现第12项");
        JointService.FindingResult l = m.joint.bringIn(office(), j, finding(ItemType.LEAD, UNIT_SCHOOL, null, "赵某"));
        assertThat(m.leads.get(office(), l.id()).personName()).isEqualTo("赵某");
        assertThat(m.joint.get(office(), j).figures().problemsBroughtIn()).isEqualTo(1);
    }

    /** Issue 22: a past operation's findings keep the day they were found, not the day they are typed in. */
    @Test
    void aFindingOfAPastOperationKeepsTheDayItWasFound() {
        long j = m.joint.create(office(), operation(CITY_ROUND, null)).id();
        LocalDate found = m.today().minusMonths(8);
        JointService.FindingResult p = m.joint.bringIn(office(), j, new JointService.FindingInput(ItemType.PROBLEM, UNIT_SCHOOL, "FINANCE",
                "虚列支出", null, null, null, null, null, null, Source.DISCIPLINE, "纪检发现第3项", found));
        assertThat(m.problems.get(office(), p.id()).foundOn()).isEqualTo(found);
        assertThat(m.problems.get(office(), m.joint.bringIn(office(), j, finding(ItemType.PROBLEM, UNIT_SCHOOL, "白条抵库", null)).id()).foundOn())
                .as("left out: today").isEqualTo(m.today());
        assertThat(fields(() -> m.joint.bringIn(office(), j, new JointService.FindingInput(ItemType.PROBLEM, UNIT_SCHOOL, "FINANCE", "x", null,
                null, null, null, null, null, null, null, m.today().plusDays(1))))).containsExactly("foundOn");
        assertThat(fields(() -> m.joint.bringIn(office(), j, new JointService.FindingInput(ItemType.LEAD, UNIT_SCHOOL, null, null, null,
                null, "赵某", null, null, "摘要", null, null, found)))).containsExactly("foundOn");
    }

    @Test
    void whatDoesNotBelongToTheKindOrTheRoundIsRefused() {
        long j = m.joint.create(office(), operation(CITY_ROUND, null)).id();
        assertThat(fields(() -> m.joint.bringIn(office(), j, new JointService.FindingInput(ItemType.PROBLEM, UNIT_SCHOOL, null, "x", null,
                null, "赵某", "科长", "正科级", "摘要", null, null, null)))).containsExactlyInAnyOrder("personName", "personPost", "personRank", "summary");
        assertThat(fields(() -> m.joint.bringIn(office(), j, new JointService.FindingInput(ItemType.LEAD, UNIT_SCHOOL, null, "x", null,
                true, "赵某", null, null, null, null, null, null)))).containsExactlyInAnyOrder("description", "leadingGroup");
        assertThat(fields(() -> m.joint.bringIn(office(), j, finding(ItemType.PROBLEM, UNIT_COUNTY, "x", null)))).containsExactly("unitId");
        assertThat(fields(() -> m.joint.bringIn(office(), j, new JointService.FindingInput(ItemType.PROBLEM, UNIT_SCHOOL, null, "x", null,
                null, null, null, null, null, Source.LETTER, "号".repeat(151), null)))).containsExactlyInAnyOrder("source", "reference");
        m.stopRoundPlanning();
        assertThat(refusal(() -> m.joint.bringIn(office(), j, finding(ItemType.PROBLEM, UNIT_SCHOOL, "x", null))).status()).isEqualTo(503);
    }
}
