package org.xuncha.rectification.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.xuncha.leadtransfer.api.ApprovedProblem;
import org.xuncha.leadtransfer.api.ApprovedProblems;
import org.xuncha.platform.api.module.OtherModule;
import org.xuncha.platform.api.security.Caller;

/**
 * Approved problems from the lead-transfer module: the only class here that holds its
 * {@link ApprovedProblems}, through a dynamic, optional, greedy reference, so that lead transfer can
 * be absent, installed later or updated without touching this module. While it is away, taking tasks
 * from its problems answers 503 {@code lead_transfer_unavailable}; tasks can still be entered by hand.
 */
@Component(service = Problems.class)
public class Problems {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile ApprovedProblems approved;

    /** Lead transfer when it is there (unit tests pass one in memory, or null for none). */
    public static Problems of(ApprovedProblems approved) {
        Problems problems = new Problems();
        problems.approved = approved;
        return problems;
    }

    /** The platform kit's plumbing for another module's service: the same 503 in every module. */
    private final OtherModule<ApprovedProblems> leadTransfer = OtherModule.of("lead-transfer", () -> approved,
            "问题与线索移交模块未运行（可能未安装或正在更新），暂不能导入巡察发现的问题，可手工录入整改任务",
            "The lead transfer module is not running (not installed or being updated); problems cannot be taken from it now, tasks can be entered by hand");

    /** The approved problems of the unit in the round that the caller may read there. */
    public List<ApprovedProblem> approved(Caller caller, long roundId, long unitId) {
        return leadTransfer.ask(a -> a.of(caller, roundId, unitId));
    }
}
