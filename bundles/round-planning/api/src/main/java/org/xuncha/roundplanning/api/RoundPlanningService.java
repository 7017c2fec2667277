package org.xuncha.roundplanning.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * Terms, priorities, rounds, plans and their approval, groups, stages and deadlines, coverage.
 * Every method checks the caller's permission, organisational scope (the term's division) and, for
 * group roles, group scope (their own rounds, groups and targets); every change is audited.
 * Expected refusals are {@link org.xuncha.platform.api.rest.ApiException}s: 400 bad input, 403
 * permission or scope, 404 unknown id, 409 state conflicts (stage order, plan locked, overlapping
 * membership, avoidance). The permission names are in {@link RoundPlanningPermissions}.
 */
@ProviderType
public interface RoundPlanningService {

    // terms

    Page<Term> terms(Caller caller, String divisionCode, PageRequest page);

    Term term(Caller caller, long termId);

    Term createTerm(Caller caller, Term term);

    Term updateTerm(Caller caller, long termId, Term term);

    Coverage coverage(Caller caller, long termId);

    /** The coverage table as an xlsx workbook. */
    byte[] exportCoverage(Caller caller, long termId);

    // priorities

    List<Priority> priorities(Caller caller, String divisionCode, boolean activeOnly);

    Priority createPriority(Caller caller, Priority priority);

    Priority updatePriority(Caller caller, long priorityId, Priority priority);

    // rounds

    Page<Round> rounds(Caller caller, Round.Query query, PageRequest page);

    RoundDetail round(Caller caller, long roundId);

    Round createRound(Caller caller, Round.Draft draft);

    Round updateRound(Caller caller, long roundId, Round.Draft draft);

    /** Deletes a round created by mistake: only a draft in preparation that was never decided on. */
    void deleteRound(Caller caller, long roundId);

    /** Moves a round to the next stage, or back one to correct a mistake; posts {@link RoundEvents#STAGE_CHANGED}. */
    Round changeStage(Caller caller, long roundId, StageChange.Request request);

    Round decide(Caller caller, long roundId, Approval.Request request);

    Amendment openAmendment(Caller caller, long roundId, Amendment.Request request);

    Amendment closeAmendment(Caller caller, long roundId, long amendmentId);

    /** The round plan as an xlsx workbook. */
    byte[] exportPlan(Caller caller, long roundId);

    // targets

    Target.SelectionResult addTargets(Caller caller, long roundId, Target.Selection selection);

    Target tagTarget(Caller caller, long roundId, long unitId, Target.Tags tags);

    void removeTarget(Caller caller, long roundId, long unitId);

    Target recordRectificationReport(Caller caller, long roundId, long unitId, Target.RectificationReport report);

    // groups

    List<Group> groups(Caller caller, long roundId);

    Group createGroup(Caller caller, long roundId, Group.Draft draft);

    Group updateGroup(Caller caller, long roundId, long groupId, Group.Draft draft);

    void deleteGroup(Caller caller, long roundId, long groupId);

    Group authorise(Caller caller, long roundId, long groupId, Group.Authorisation authorisation);

    // deadlines

    /** Time limits of every round in the caller's scope that are past due, most overdue first. */
    List<Deadline> overdue(Caller caller);

    // avoidance

    /** Declarations of a person, or all in scope when {@code personId} is null (office only). */
    List<Avoidance> avoidances(Caller caller, Long personId);

    Avoidance declareAvoidance(Caller caller, Avoidance avoidance);

    void withdrawAvoidance(Caller caller, long avoidanceId);
}
