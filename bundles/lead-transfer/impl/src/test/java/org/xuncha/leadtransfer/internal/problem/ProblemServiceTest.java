package org.xuncha.leadtransfer.internal.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.leadtransfer.internal.TestModule.CITY_ROUND;
import static org.xuncha.leadtransfer.internal.TestModule.GROUP_1;
import static org.xuncha.leadtransfer.internal.TestModule.GROUP_2;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_EDU;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_HEALTH;
import static org.xuncha.leadtransfer.internal.TestModule.member;
import static org.xuncha.leadtransfer.internal.TestModule.office;
import static org.xuncha.leadtransfer.internal.TestModule.problem;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.api.Source;
import org.xuncha.leadtransfer.internal.TestModule;
import org.xuncha.platform.api.rest.PageRequest;

/** Problem drafts: placed through round planning, checked against their columns, edited where they are, read without round planning. */
class ProblemServiceTest {

    final TestModule m = new TestModule();

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    static ProblemService.ProblemQuery all() {
        return new ProblemService.ProblemQuery(null, null, null, null, null, null, null, null);
    }

    @Test
    void aDraftIsStoredEncryptedAndReadInFull() {
        ProblemService.ProblemView v = m.problems.create(member(), problem(CITY_ROUND, GROUP_1, UNIT_EDU, "2025年3项重大投资未经集体研究"));
        assertThat(v.status()).isEqualTo(ProblemStatus.DRAFT);
        assertThat(v.foundOn()).isEqualTo(m.today());
        assertThat(m.db.stored("xc_lt_problem", "description", v.id())).doesNotContain("重大投资");
        assertThat(m.problems.get(member(), v.id()).description()).isEqualTo("2025年3项重大投资未经集体研究");
        assertThat(m.problems.list(member(), all(), PageRequest.first(10)).items().get(0).description())
                .as("the list shows the description").isEqualTo("2025年3项重大投资未经集体研究");
        ProblemService.ProblemView longer = m.problems.create(member(), problem(CITY_ROUND, GROUP_1, UNIT_EDU, "述".repeat(100)));
        assertThat(m.problems.list(member(), all(), PageRequest.first(10)).items()).filteredOn(p -> p.id() == longer.id())
                .extracting(ProblemService.ProblemView::description).containsExactly("述".repeat(60) + "…");
    }

    @Test
    void textsDatesAndReferencesAreChecked() {
        ProblemService.ProblemInput bad = new ProblemService.ProblemInput(CITY_ROUND, GROUP_1, UNIT_EDU, "C".repeat(41), "述".repeat(5001), null,
                null, LocalDate.of(1900, 1, 1), null, "r".repeat(201), null);
        assertThat(fields(() -> m.problems.create(office(), bad))).containsExactlyInAnyOrder("category", "description", "foundOn", "sourceRef");
        assertThat(fields(() -> m.problems.create(office(), new ProblemService.ProblemInput(CITY_ROUND, GROUP_1, UNIT_EDU, null, "x", null,
                null, m.today().plusDays(1), null, null, null)))).containsExactly("foundOn");
        assertThat(fields(() -> m.problems.create(office(), new ProblemService.ProblemInput(null, null, null, null, null, null, null, null,
                null, null, null)))).containsExactlyInAnyOrder("description", "roundId", "groupId", "unitId");
        assertThat(fields(() -> m.problems.create(office(), problem(CITY_ROUND, GROUP_1, UNIT_HEALTH, "x")))).containsExactly("unitId");
        assertThat(refusal(() -> m.problems.create(member(), problem(CITY_ROUND, GROUP_2, UNIT_HEALTH, "x"))).status()).isEqualTo(403);
        assertThat(m.problems.create(office(), problem(CITY_ROUND, GROUP_1, UNIT_EDU, "述".repeat(5000))).description()).hasSize(5000);
    }

    @Test
    void anEditStaysWhereTheDraftIsAndAnswersTheNewVersion() {
        ProblemService.ProblemView v = m.problems.create(office(), problem(CITY_ROUND, GROUP_1, UNIT_EDU, "初稿"));
        ProblemService.ProblemView edited = m.problems.update(office(), v.id(), new ProblemService.ProblemInput(CITY_ROUND, GROUP_1, UNIT_EDU,
                "FINANCE", "修改稿", true, false, null, null, null, v.version()));
        assertThat(edited.version()).isGreaterThan(v.version());
        ProblemService.ProblemView again = m.problems.update(office(), v.id(), new ProblemService.ProblemInput(null, null, null, "FINANCE",
                "再改", true, false, null, null, null, edited.version()));
        assertThat(again.description()).isEqualTo("再改");
        assertThat(fields(() -> m.problems.update(office(), v.id(), new ProblemService.ProblemInput(CITY_ROUND, GROUP_2, UNIT_HEALTH,
                "FINANCE", "移走", false, false, null, Source.AUDIT, "x", again.version()))))
                .containsExactlyInAnyOrder("groupId", "unitId", "source", "sourceRef");
    }

    @Test
    void withoutRoundPlanningDraftsWaitAndEverythingElseGoesOn() {
        long id = m.aProblem();
        m.stopRoundPlanning();
        assertThat(refusal(() -> m.problems.create(office(), problem(CITY_ROUND, GROUP_1, UNIT_EDU, "x"))).code())
                .isEqualTo("round_planning_unavailable");
        assertThat(m.problems.list(office(), all(), PageRequest.first(10)).total()).isEqualTo(1);
        ProblemService.ProblemView v = m.problems.get(office(), id);
        m.problems.update(office(), id, new ProblemService.ProblemInput(null, null, null, "FINANCE", "改", false, false, null, null, null,
                v.version()));
        assertThat(m.problems.repeats(office(), id).repeat()).isFalse();
        m.problems.delete(office(), id);
        assertThat(m.problems.list(office(), all(), PageRequest.first(10)).total()).isZero();
        m.startRoundPlanning();
        assertThat(m.problems.create(office(), problem(CITY_ROUND, GROUP_1, UNIT_EDU, "x")).id()).isPositive();
    }
}
