package org.xuncha.personnelpools.internal.incentive;

import java.util.List;

import org.xuncha.personnelpools.api.Incentives;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;

/** The rules of 单独评优: what a nomination and a decision must say, and the round's quota. Pure. */
final class IncentiveRules {

    private IncentiveRules() {
    }

    static void check(Incentives.NominationDraft d) {
        body(d);
        new Checks().required("roundId", d.roundId(), "巡察轮次", "round").required("personId", d.personId(), "被提名人", "person")
                .required("reason", d.reason(), "提名理由", "reason").maxLength("reason", d.reason(), Incentives.REASON_MAX, "提名理由", "reason")
                .throwIfInvalid();
    }

    static void check(Incentives.Decision d) {
        body(d);
        new Checks().required("approve", d.approve(), "审批意见", "approve").maxLength("note", d.note(), Incentives.NOTE_MAX, "审批说明", "note")
                .throwIfInvalid();
    }

    /** Only a pending nomination is decided; an approval must leave the round within its quota. */
    static void checkDecision(Incentives.NominationStatus status, boolean approve, long approvedAlready, int quota) {
        if (status != Incentives.NominationStatus.PENDING) {
            throw ApiException.conflict("already_decided", "该提名已审批（" + status.nameZh() + "）", "The nomination is decided already (" + status.nameEn() + ")");
        }
        if (approve && approvedAlready >= quota) {
            throw ApiException.conflict("quota_full", "本轮单独评优名额（" + quota + " 名）已满", "The round's excellence quota (" + quota + ") is full");
        }
    }

    private static void body(Object body) {
        if (body == null) {
            throw ApiException.validation(List.of(new FieldError("body", "required", "请求内容不能为空", "A body is required")));
        }
    }
}
