package org.xuncha.leadtransfer.internal.problem;

import org.xuncha.platform.api.rest.ApiException;

/**
 * The approval sheet of a problem (问题底稿审批): the group leader signs it off to the office
 * (DRAFT or RETURNED → SUBMITTED), the office reviews it (→ OFFICE_APPROVED), the leading group
 * decides (→ APPROVED). The office and the leading group may return it to the group instead
 * (→ RETURNED), with an opinion; the group corrects and submits it again.
 */
public final class ApprovalFlow {

    /** The step signed and the status it leads to. */
    public record Transition(ApprovalStep step, ProblemStatus to) {
    }

    private ApprovalFlow() {
    }

    /** The group's sign-off. */
    public static Transition submit(ProblemStatus from) {
        if (!from.editable()) {
            throw ApiException.conflict("not_editable", "问题底稿当前状态为“" + from.nameZh() + "”，不能再次报送",
                    "The problem is " + from.nameEn() + " and cannot be submitted again");
        }
        return new Transition(ApprovalStep.GROUP, ProblemStatus.SUBMITTED);
    }

    /** A reviewer's decision at {@code step} (the office's review or the leading group's decision). */
    public static Transition decide(ProblemStatus from, ApprovalStep step, Decision decision) {
        ProblemStatus expected = switch (step) {
            case OFFICE -> ProblemStatus.SUBMITTED;
            case LEADING_GROUP -> ProblemStatus.OFFICE_APPROVED;
            case GROUP -> throw new IllegalArgumentException("the group signs off by submitting");
        };
        if (from != expected) {
            throw ApiException.conflict("wrong_step", "问题底稿当前状态为“" + from.nameZh() + "”，不在" + step.nameZh() + "环节",
                    "The problem is " + from.nameEn() + ", not at the " + step.nameEn() + " step");
        }
        if (decision == Decision.RETURN) {
            return new Transition(step, ProblemStatus.RETURNED);
        }
        return new Transition(step, step == ApprovalStep.OFFICE ? ProblemStatus.OFFICE_APPROVED : ProblemStatus.APPROVED);
    }
}
