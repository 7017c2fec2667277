package org.xuncha.leadtransfer.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.ApprovedProblem;
import org.xuncha.leadtransfer.api.ApprovedProblems;
import org.xuncha.leadtransfer.internal.problem.ProblemService;
import org.xuncha.leadtransfer.internal.problem.ProblemStatus;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * Approved problems for other modules, through the same service (permission, scope) as the screens:
 * the list, then each problem in full, so every description read is audited as a read.
 */
@Component(service = ApprovedProblems.class, immediate = true)
public class ApprovedProblemsImpl implements ApprovedProblems {

    private final ProblemService problems;

    @Activate
    public ApprovedProblemsImpl(@Reference ProblemService problems) {
        this.problems = problems;
    }

    @Override
    public List<ApprovedProblem> of(Caller caller, long roundId, long unitId) {
        return problems.list(caller, new ProblemService.ProblemQuery(null, roundId, null, unitId, null, ProblemStatus.APPROVED, null, null),
                        PageRequest.of(1, MAX, "id", ProblemService.SORT.keySet(), "id"))
                .items().stream().map(p -> problems.get(caller, p.id()))
                .map(p -> new ApprovedProblem(p.id(), p.roundId(), p.groupId(), p.unitId(), p.category(), p.description(), p.topLeader(),
                        p.approvedOn()))
                .toList();
    }
}
