package org.xuncha.roundplanning.internal.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundEvents;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.StageChange;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.Testbed;

class StageServiceTest {

    private final Testbed t = new Testbed();
    private final StageService stages = t.stages;

    @AfterEach
    void close() {
        t.close();
    }

    private Round move(Round r, Stage to, LocalDate date, String reason) {
        return stages.change(t.office, r.id(), new StageChange.Request(to, date, reason));
    }

    @Test
    void aRoundEntersOnlyWhenItsPlanIsApprovedAndEveryGroupIsReady() {
        Term term = t.cityTerm();
        Round r = t.round(term.id(), t.today());
        t.addTargets(r.id(), t.edu, t.firm);
        t.group(r.id(), "第一巡察组", List.of(Testbed.as(t.member, GroupRole.MEMBER)), t.edu);
        String problems = refusal(() -> move(r, Stage.ENTRY, null, null)).messageZh();
        assertThat(problems).contains("方案尚未经书记专题会（常委会）批准", "1个被巡察单位未分配巡察组", "第一巡察组须有一名组长",
                "第一巡察组尚未取得授权");
    }

    @Test
    void enteringRecordsTheDayAndAStepBackForgetsIt() {
        Term term = t.cityTerm();
        Round entered = t.enteredRound(term.id(), t.today().minusDays(20));
        assertThat(entered.actualStart()).isEqualTo(t.today().minusDays(20));
        assertThat(t.db.events()).filteredOn(e -> e.topic().equals(RoundEvents.STAGE_CHANGED))
                .extracting(e -> e.properties().get(RoundEvents.TO)).containsExactly("ENTRY");

        Round fieldwork = move(entered, Stage.FIELDWORK, t.today().minusDays(10), null);
        assertThat(fieldwork.stageSince()).isEqualTo(t.today().minusDays(10));
        assertThat(fieldCodes(() -> move(fieldwork, Stage.ENTRY, null, " "))).containsExactly("reason:required");
        Round back = move(fieldwork, Stage.ENTRY, null, "误操作");
        assertThat(back.stage()).isEqualTo(Stage.ENTRY);
        assertThat(t.db.audits()).as("the undone move and its reason are audited")
                .anyMatch(a -> a.id().equals(String.valueOf(back.id())) && a.summary().startsWith("退回阶段 ")
                        && a.summary().endsWith("，理由：误操作"));
        assertThat(back.stageSince()).as("since it entered the stage").isEqualTo(t.today().minusDays(20));
        Round backAgain = move(back, Stage.PREPARATION, null, "进驻日期有误");
        assertThat(backAgain.actualStart()).isNull();
        assertThat(t.rounds.round(t.office, entered.id()).history()).extracting(StageChange::correction)
                .containsExactly(false, false, true, true);
    }

    @Test
    void datesLieBetweenTheStagesStartAndTodayAndOnlyOneStepIsAllowed() {
        Term term = t.cityTerm();
        Round entered = t.enteredRound(term.id(), t.today().minusDays(20));
        assertThat(fieldCodes(() -> move(entered, Stage.FIELDWORK, t.today().plusDays(1), null))).containsExactly("date:out_of_range");
        assertThat(fieldCodes(() -> move(entered, Stage.FIELDWORK, t.today().minusDays(21), null))).containsExactly("date:out_of_range");
        assertThat(fieldCodes(() -> move(entered, Stage.FIELDWORK, null, "理".repeat(1001)))).containsExactly("reason:too_long");
        assertThat(refusal(() -> move(entered, Stage.REPORT, null, null)).code()).isEqualTo("invalid_transition");
        Round other = t.round(term.id(), t.today().plusDays(60));
        assertThat(fieldCodes(() -> move(other, Stage.ENTRY, LocalDate.of(1066, 10, 14), null))).containsExactly("date:out_of_range");
    }

    @Test
    void eachStepNeedsItsStagesPermissionAndGroupRolesMoveOnlyTheirOwnRounds() {
        Term term = t.cityTerm();
        Round entered = t.enteredRound(term.id(), t.today().minusDays(5));
        var leader = t.groupMember(t.leader.id(), Set.of(entered.id()), Set.of(), Set.of(), RoundPlanningPermissions.ROUND_READ,
                RoundPlanningPermissions.stage(Stage.FIELDWORK));
        var stranger = t.groupMember(t.member2.id(), Set.of(), Set.of(), Set.of(), RoundPlanningPermissions.ROUND_READ,
                RoundPlanningPermissions.stage(Stage.FIELDWORK));
        assertThat(refusal(() -> stages.change(stranger, entered.id(), new StageChange.Request(Stage.FIELDWORK, null, null))).status())
                .isEqualTo(403);
        assertThat(stages.change(leader, entered.id(), new StageChange.Request(Stage.FIELDWORK, null, null)).stage())
                .isEqualTo(Stage.FIELDWORK);
        assertThat(refusal(() -> stages.change(leader, entered.id(), new StageChange.Request(Stage.ENTRY, null, "错了"))).status())
                .as("stepping back is the office leader's").isEqualTo(403);
    }
}
