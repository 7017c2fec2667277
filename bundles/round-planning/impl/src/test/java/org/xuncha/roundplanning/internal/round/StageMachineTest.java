package org.xuncha.roundplanning.internal.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.Stage;

class StageMachineTest {

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = "ARCHIVE", mode = EnumSource.Mode.EXCLUDE)
    void everyStageMovesForwardOneStepWithItsOwnPermission(Stage from) {
        Stage to = Stage.values()[from.ordinal() + 1];
        StageMachine.Move move = StageMachine.check(from, to, null);
        assertThat(move.correction()).isFalse();
        assertThat(move.permission()).isEqualTo("round-planning.stage." + to.name().toLowerCase());
    }

    @Test
    void skippingAStageIsRefusedNamingWhatIsAllowed() {
        assertThatThrownBy(() -> StageMachine.check(Stage.FIELDWORK, Stage.FEEDBACK, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("invalid_transition");
                    assertThat(e.messageZh()).isEqualTo("不能从“了解”阶段转到“反馈”阶段：只能进入下一阶段“报告”，或说明理由后退回上一阶段“进驻”");
                    assertThat(e.messageEn()).contains("Cannot move from stage fieldwork to stage feedback", "next stage (report)");
                });
        assertThatThrownBy(() -> StageMachine.check(Stage.PREPARATION, Stage.ARCHIVE, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.messageZh()).endsWith("只能进入下一阶段“进驻”"));
        assertThatThrownBy(() -> StageMachine.check(Stage.REPORT, Stage.ENTRY, "录入错误"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("invalid_transition"));
    }

    @Test
    void steppingBackOneStageIsACorrectionThatNeedsAReason() {
        StageMachine.Move back = StageMachine.check(Stage.REPORT, Stage.FIELDWORK, "报告阶段误录，实际仍在了解阶段");
        assertThat(back.correction()).isTrue();
        assertThat(back.permission()).isEqualTo(RoundPlanningPermissions.STAGE_CORRECT);

        assertThatThrownBy(() -> StageMachine.check(Stage.REPORT, Stage.FIELDWORK, " "))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fields()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("reason"));
                });
    }

    @Test
    void archivedRoundsAndSameStageAreRefused() {
        assertThatThrownBy(() -> StageMachine.check(Stage.ARCHIVE, Stage.ASSESSMENT, "误操作"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("archived"));
        assertThatThrownBy(() -> StageMachine.check(Stage.ENTRY, Stage.ENTRY, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("same_stage");
                    assertThat(e.messageZh()).isEqualTo("本轮已处于“进驻”阶段");
                });
        assertThatThrownBy(() -> StageMachine.check(Stage.ENTRY, null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
