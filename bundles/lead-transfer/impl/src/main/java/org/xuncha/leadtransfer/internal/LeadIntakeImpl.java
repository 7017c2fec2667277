package org.xuncha.leadtransfer.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.LeadDraft;
import org.xuncha.leadtransfer.api.LeadIntake;
import org.xuncha.leadtransfer.api.ProblemDraft;
import org.xuncha.leadtransfer.internal.lead.LeadInput;
import org.xuncha.leadtransfer.internal.lead.LeadRegistrationService;
import org.xuncha.leadtransfer.internal.problem.ProblemService;
import org.xuncha.platform.api.security.Caller;

/**
 * Problems and leads handed in by other modules (interviews, letters) go through the same services
 * and checks as REST; like a new draft over REST they answer 503 while round planning is away.
 */
@Component(service = LeadIntake.class, immediate = true)
public class LeadIntakeImpl implements LeadIntake {

    private final ProblemService problems;
    private final LeadRegistrationService leads;

    @Activate
    public LeadIntakeImpl(@Reference ProblemService problems, @Reference LeadRegistrationService leads) {
        this.problems = problems;
        this.leads = leads;
    }

    @Override
    public long raiseProblem(Caller caller, ProblemDraft d) {
        return problems.create(caller, new ProblemService.ProblemInput(d.roundId(), d.groupId(), d.unitId(), d.category(),
                d.description(), d.topLeader(), d.leadingGroup(), null, d.source(), d.sourceRef(), null)).id();
    }

    @Override
    public long raiseLead(Caller caller, LeadDraft d) {
        return leads.create(caller, new LeadInput(d.roundId(), d.groupId(), d.unitId(), d.personName(), d.personPost(),
                d.personRank(), d.personId(), d.category(), d.summary(), d.topLeader(), d.source(), d.sourceRef(), null)).id();
    }
}
