package org.xuncha.personnelpools.internal.secondment;

import java.util.ArrayList;
import java.util.List;

import org.xuncha.personnelpools.api.Secondment;
import org.xuncha.platform.api.rest.Checks;

/** What a secondment request must satisfy on its own; the round, group and person are looked up by the service. */
final class SecondmentRules {

    private SecondmentRules() {
    }

    /** Every error at once (400); returns the rule codes to waive, without blanks or repeats. */
    static List<String> check(Secondment.Draft d) {
        if (d == null) {
            new Checks().add("body", "required", "请求内容不能为空", "The request body is required").throwIfInvalid();
        }
        List<String> waive = new ArrayList<>();
        if (d.waive() != null) {
            d.waive().stream().filter(r -> r != null && !r.isBlank()).map(String::trim).distinct().forEach(waive::add);
        }
        String justification = d.justification() == null || d.justification().isBlank() ? null : d.justification().trim();
        Checks c = new Checks().required("roundId", d.roundId(), "巡察轮次", "round").required("personId", d.personId(), "人员", "person")
                .required("role", d.role(), "组内职务", "role")
                .maxLength("justification", justification, Secondment.Draft.JUSTIFICATION_MAX, "例外理由", "justification")
                .check(!waive.isEmpty() && justification == null, "justification", "required", "例外处理须说明理由",
                        "An exception needs a justification");
        waive.stream().filter(r -> !AvoidanceRules.RULES.contains(r)).forEach(r -> c.add("waive", "invalid", "没有这条规则：" + r, "No such rule: " + r));
        waive.stream().filter(AvoidanceRules.NOT_IN_POOL::equals).forEach(r -> c.add("waive", "invalid", "只能从人才库抽调，此项不能例外处理",
                "Secondment is from the pools only; this cannot be waived"));
        c.throwIfInvalid();
        return waive;
    }
}
