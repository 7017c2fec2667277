package org.xuncha.roundplanning.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Amendment;
import org.xuncha.roundplanning.api.Approval;
import org.xuncha.roundplanning.api.Avoidance;
import org.xuncha.roundplanning.api.Coverage;
import org.xuncha.roundplanning.api.Deadline;
import org.xuncha.roundplanning.api.Group;
import org.xuncha.roundplanning.api.Priority;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundDetail;
import org.xuncha.roundplanning.api.RoundPlanningService;
import org.xuncha.roundplanning.api.StageChange;
import org.xuncha.roundplanning.api.Target;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.avoidance.AvoidanceService;
import org.xuncha.roundplanning.internal.deadline.DeadlineService;
import org.xuncha.roundplanning.internal.group.GroupService;
import org.xuncha.roundplanning.internal.priority.PriorityService;
import org.xuncha.roundplanning.internal.round.PlanExport;
import org.xuncha.roundplanning.internal.round.PlanService;
import org.xuncha.roundplanning.internal.round.RoundService;
import org.xuncha.roundplanning.internal.round.StageService;
import org.xuncha.roundplanning.internal.target.TargetService;
import org.xuncha.roundplanning.internal.term.CoverageService;
import org.xuncha.roundplanning.internal.term.TermService;

/**
 * The module's API service for other modules (the demo loader) and the console: each method is
 * the area service's own. The REST resources call the area services directly.
 */
@Component(service = RoundPlanningService.class)
public class RoundPlanningServiceImpl implements RoundPlanningService {

    /** The area services, by what they cover. */
    public record Areas(TermService terms, CoverageService coverage, PriorityService priorities, RoundService rounds,
                        PlanService plans, PlanExport planExport, StageService stages, TargetService targets, GroupService groups,
                        DeadlineService deadlines, AvoidanceService avoidances) {
    }

    private final Areas a;

    @Activate
    public RoundPlanningServiceImpl(@Reference TermService terms, @Reference CoverageService coverage,
                                    @Reference PriorityService priorities, @Reference RoundService rounds,
                                    @Reference PlanService plans, @Reference PlanExport planExport, @Reference StageService stages,
                                    @Reference TargetService targets, @Reference GroupService groups,
                                    @Reference DeadlineService deadlines, @Reference AvoidanceService avoidances) {
        this.a = new Areas(terms, coverage, priorities, rounds, plans, planExport, stages, targets, groups, deadlines, avoidances);
    }

    @Override
    public Page<Term> terms(Caller caller, String divisionCode, PageRequest page) {
        return a.terms().terms(caller, divisionCode, page);
    }

    @Override
    public Term term(Caller caller, long termId) {
        return a.terms().term(caller, termId);
    }

    @Override
    public Term createTerm(Caller caller, Term term) {
        return a.terms().create(caller, term);
    }

    @Override
    public Term updateTerm(Caller caller, long termId, Term term) {
        return a.terms().update(caller, termId, term);
    }

    @Override
    public Coverage coverage(Caller caller, long termId) {
        return a.coverage().coverage(caller, termId);
    }

    @Override
    public byte[] exportCoverage(Caller caller, long termId) {
        return a.coverage().export(caller, termId).bytes();
    }

    @Override
    public List<Priority> priorities(Caller caller, String divisionCode, boolean activeOnly) {
        return a.priorities().priorities(caller, divisionCode, activeOnly);
    }

    @Override
    public Priority createPriority(Caller caller, Priority priority) {
        return a.priorities().create(caller, priority);
    }

    @Override
    public Priority updatePriority(Caller caller, long priorityId, Priority priority) {
        return a.priorities().update(caller, priorityId, priority);
    }

    @Override
    public Page<Round> rounds(Caller caller, Round.Query query, PageRequest page) {
        return a.rounds().rounds(caller, query, page);
    }

    @Override
    public RoundDetail round(Caller caller, long roundId) {
        return a.rounds().round(caller, roundId);
    }

    @Override
    public Round createRound(Caller caller, Round.Draft draft) {
        return a.rounds().create(caller, draft);
    }

    @Override
    public Round updateRound(Caller caller, long roundId, Round.Draft draft) {
        return a.rounds().update(caller, roundId, draft);
    }

    @Override
    public void deleteRound(Caller caller, long roundId) {
        a.rounds().delete(caller, roundId);
    }

    @Override
    public Round changeStage(Caller caller, long roundId, StageChange.Request request) {
        return a.stages().change(caller, roundId, request);
    }

    @Override
    public Round decide(Caller caller, long roundId, Approval.Request request) {
        return a.plans().decide(caller, roundId, request);
    }

    @Override
    public Amendment openAmendment(Caller caller, long roundId, Amendment.Request request) {
        return a.plans().openAmendment(caller, roundId, request);
    }

    @Override
    public Amendment closeAmendment(Caller caller, long roundId, long amendmentId) {
        return a.plans().closeAmendment(caller, roundId, amendmentId);
    }

    @Override
    public byte[] exportPlan(Caller caller, long roundId) {
        return a.planExport().export(caller, roundId).bytes();
    }

    @Override
    public Target.SelectionResult addTargets(Caller caller, long roundId, Target.Selection selection) {
        return a.targets().add(caller, roundId, selection);
    }

    @Override
    public Target tagTarget(Caller caller, long roundId, long unitId, Target.Tags tags) {
        return a.targets().tag(caller, roundId, unitId, tags);
    }

    @Override
    public void removeTarget(Caller caller, long roundId, long unitId) {
        a.targets().remove(caller, roundId, unitId);
    }

    @Override
    public Target recordRectificationReport(Caller caller, long roundId, long unitId, Target.RectificationReport report) {
        return a.targets().recordRectificationReport(caller, roundId, unitId, report);
    }

    @Override
    public List<Group> groups(Caller caller, long roundId) {
        return a.groups().groups(caller, roundId);
    }

    @Override
    public Group createGroup(Caller caller, long roundId, Group.Draft draft) {
        return a.groups().save(caller, roundId, null, draft);
    }

    @Override
    public Group updateGroup(Caller caller, long roundId, long groupId, Group.Draft draft) {
        return a.groups().save(caller, roundId, groupId, draft);
    }

    @Override
    public void deleteGroup(Caller caller, long roundId, long groupId) {
        a.groups().delete(caller, roundId, groupId);
    }

    @Override
    public Group authorise(Caller caller, long roundId, long groupId, Group.Authorisation authorisation) {
        return a.groups().authorise(caller, roundId, groupId, authorisation);
    }

    @Override
    public List<Deadline> overdue(Caller caller) {
        return a.deadlines().overdue(caller);
    }

    @Override
    public List<Avoidance> avoidances(Caller caller, Long personId) {
        return a.avoidances().list(caller, personId);
    }

    @Override
    public Avoidance declareAvoidance(Caller caller, Avoidance avoidance) {
        return a.avoidances().declare(caller, avoidance);
    }

    @Override
    public void withdrawAvoidance(Caller caller, long avoidanceId) {
        a.avoidances().withdraw(caller, avoidanceId);
    }
}
