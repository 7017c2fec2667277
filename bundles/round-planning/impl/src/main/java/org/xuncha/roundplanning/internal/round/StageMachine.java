package org.xuncha.roundplanning.internal.round;

import java.util.List;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.Stage;

/**
 * The order of a round's stages, 准备 → 进驻 → 了解 → 报告 → 反馈 → 移交 → 整改 → 评估 → 归档.
 * A round moves forward one stage at a time, each step with its own permission. It may step back
 * exactly one stage to correct a mistaken advance, with a reason and the correction permission.
 * Archiving is final: an archived round neither moves on nor back.
 */
public final class StageMachine {

    private static final Stage[] ORDER = Stage.values();

    private StageMachine() {
    }

    /** A permitted move: what it is and the permission it needs. */
    public record Move(Stage from, Stage to, boolean correction, String permission) {
    }

    public static Stage next(Stage s) {
        return s.ordinal() + 1 < ORDER.length ? ORDER[s.ordinal() + 1] : null;
    }

    public static Stage previous(Stage s) {
        return s.ordinal() > 0 ? ORDER[s.ordinal() - 1] : null;
    }

    /**
     * Checks a requested move.
     *
     * @throws ApiException 400 without a target stage or, for a step back, without a reason; 409 for
     *                      any move other than one forward or one back
     */
    public static Move check(Stage from, Stage to, String reason) {
        if (from == Stage.ARCHIVE) {
            throw ApiException.conflict("archived", "本轮已归档，阶段不能再变更", "The round is archived; its stage can no longer change");
        }
        if (to == null) {
            throw ApiException.validation(List.of(new FieldError("to", "required", "请指定要进入的阶段", "the stage to enter is required")));
        }
        if (to == from) {
            throw ApiException.conflict("same_stage", "本轮已处于“" + from.nameZh() + "”阶段",
                    "The round is already in stage " + from.nameEn());
        }
        if (to == next(from)) {
            return new Move(from, to, false, RoundPlanningPermissions.stage(to));
        }
        if (to == previous(from)) {
            if (reason == null || reason.isBlank()) {
                throw ApiException.validation(List.of(new FieldError("reason", "required",
                        "退回上一阶段须说明理由", "a reason is required to step back a stage")));
            }
            return new Move(from, to, true, RoundPlanningPermissions.STAGE_CORRECT);
        }
        Stage next = next(from);
        Stage prev = previous(from);
        String allowedZh = "只能进入下一阶段“" + next.nameZh() + "”"
                + (prev == null ? "" : "，或说明理由后退回上一阶段“" + prev.nameZh() + "”");
        String allowedEn = "only to the next stage (" + next.nameEn() + ")"
                + (prev == null ? "" : " or, with a reason, back to the previous one (" + prev.nameEn() + ")");
        throw ApiException.conflict("invalid_transition",
                "不能从“" + from.nameZh() + "”阶段转到“" + to.nameZh() + "”阶段：" + allowedZh,
                "Cannot move from stage " + from.nameEn() + " to stage " + to.nameEn() + ": " + allowedEn);
    }
}
