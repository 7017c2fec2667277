package org.xuncha.roundplanning.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.FieldCipher;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
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
import org.xuncha.roundplanning.internal.export.Workbooks;
import org.xuncha.roundplanning.internal.rules.CoverageCalculator;
import org.xuncha.roundplanning.internal.rules.DeadlineRules;

/**
 * The round-planning service. Each area lives in its own class ({@link TermOps}, {@link RoundOps},
 * {@link GroupOps}, {@link AvoidanceOps}); this component wires them to the platform and applies
 * the time limits from configuration live.
 */
@Component(service = RoundPlanningService.class, configurationPid = RoundPlanningConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = RoundPlanningConfig.class)
public class RoundPlanningServiceImpl implements RoundPlanningService {

    private volatile DeadlineRules rules;
    private final Context ctx;
    private final SpreadsheetService spreadsheets;
    private final TermOps terms;
    private final GroupOps groups;
    private final RoundOps rounds;
    private final AvoidanceOps avoidances;

    @Activate
    public RoundPlanningServiceImpl(@Reference Store store, @Reference AuditTrail audit, @Reference ReferenceDataService reference,
                                    @Reference EventAdmin events, @Reference Clock clock, @Reference SpreadsheetService spreadsheets,
                                    @Reference FieldCipher cipher, RoundPlanningConfig config) {
        this.rules = rules(config);
        this.ctx = new Context(store, audit, reference, events, clock, () -> this.rules);
        this.spreadsheets = spreadsheets;
        this.terms = new TermOps(ctx);
        this.groups = new GroupOps(ctx);
        this.rounds = new RoundOps(ctx, groups);
        this.avoidances = new AvoidanceOps(ctx, cipher);
    }

    @Modified
    void modified(RoundPlanningConfig config) {
        this.rules = rules(config);
    }

    static DeadlineRules rules(RoundPlanningConfig c) {
        return new DeadlineRules(c.entryDays(), c.fieldworkDays(), c.reportDays(), c.feedbackDays(), c.transferDays(),
                c.rectificationMonths(), c.rectificationReportMonths(), c.assessmentDays());
    }

    // ------------------------------------------------------------------ terms and coverage

    @Override
    public Page<Term> terms(Caller caller, String divisionCode, PageRequest page) {
        return terms.terms(caller, divisionCode, page);
    }

    @Override
    public Term term(Caller caller, long termId) {
        return terms.term(caller, termId);
    }

    @Override
    public Term createTerm(Caller caller, Term term) {
        return terms.createTerm(caller, term);
    }

    @Override
    public Term updateTerm(Caller caller, long termId, Term term) {
        return terms.updateTerm(caller, termId, term);
    }

    @Override
    public Coverage coverage(Caller caller, long termId) {
        return terms.coverage(caller, termId);
    }

    @Override
    public byte[] exportCoverage(Caller caller, long termId) {
        CoverageCalculator.Result c = terms.coverageTable(caller, termId);
        byte[] xlsx = spreadsheets.write(Workbooks.coverage(c.coverage(), c.units()));
        ctx.audit.record(caller, AuditEntry.of(AuditAction.EXPORT, Context.MODULE, "term", termId, "导出全覆盖情况表（届 " + termId + "）"));
        return xlsx;
    }

    // ------------------------------------------------------------------ priorities

    @Override
    public List<Priority> priorities(Caller caller, String divisionCode, boolean activeOnly) {
        return terms.priorities(caller, divisionCode, activeOnly);
    }

    @Override
    public Priority createPriority(Caller caller, Priority priority) {
        return terms.createPriority(caller, priority);
    }

    @Override
    public Priority updatePriority(Caller caller, long priorityId, Priority priority) {
        return terms.updatePriority(caller, priorityId, priority);
    }

    // ------------------------------------------------------------------ rounds

    @Override
    public Page<Round> rounds(Caller caller, Round.Query query, PageRequest page) {
        return rounds.rounds(caller, query, page);
    }

    @Override
    public RoundDetail round(Caller caller, long roundId) {
        return rounds.round(caller, roundId);
    }

    @Override
    public Round createRound(Caller caller, Round.Draft draft) {
        return rounds.createRound(caller, draft);
    }

    @Override
    public Round updateRound(Caller caller, long roundId, Round.Draft draft) {
        return rounds.updateRound(caller, roundId, draft);
    }

    @Override
    public void deleteRound(Caller caller, long roundId) {
        rounds.deleteRound(caller, roundId);
    }

    @Override
    public Round changeStage(Caller caller, long roundId, StageChange.Request request) {
        return rounds.changeStage(caller, roundId, request);
    }

    @Override
    public Round decide(Caller caller, long roundId, Approval.Request request) {
        return rounds.decide(caller, roundId, request);
    }

    @Override
    public Amendment openAmendment(Caller caller, long roundId, Amendment.Request request) {
        return rounds.openAmendment(caller, roundId, request);
    }

    @Override
    public Amendment closeAmendment(Caller caller, long roundId, long amendmentId) {
        return rounds.closeAmendment(caller, roundId, amendmentId);
    }

    @Override
    public byte[] exportPlan(Caller caller, long roundId) {
        RoundDetail d = round(caller, roundId);
        Term term = term(caller, d.round().termId());
        Map<Long, String> priorityNames = new HashMap<>();
        priorities(caller, d.round().divisionCode(), false).forEach(p -> priorityNames.put(p.id(), p.name()));
        byte[] xlsx = spreadsheets.write(Workbooks.plan(d.round(), term.name(), d.targets(), d.groups(), d.approvals(),
                d.amendments(), priorityNames));
        ctx.audit.record(caller, AuditEntry.of(AuditAction.EXPORT, Context.MODULE, "round", roundId, "导出巡察方案（轮次 " + roundId + "）"));
        return xlsx;
    }

    // ------------------------------------------------------------------ targets and groups

    @Override
    public Target.SelectionResult addTargets(Caller caller, long roundId, Target.Selection selection) {
        return groups.addTargets(caller, roundId, selection);
    }

    @Override
    public Target tagTarget(Caller caller, long roundId, long unitId, Target.Tags tags) {
        return groups.tagTarget(caller, roundId, unitId, tags);
    }

    @Override
    public void removeTarget(Caller caller, long roundId, long unitId) {
        groups.removeTarget(caller, roundId, unitId);
    }

    @Override
    public Target recordRectificationReport(Caller caller, long roundId, long unitId, Target.RectificationReport report) {
        return groups.recordRectificationReport(caller, roundId, unitId, report);
    }

    @Override
    public List<Group> groups(Caller caller, long roundId) {
        return groups.groups(caller, roundId);
    }

    @Override
    public Group createGroup(Caller caller, long roundId, Group.Draft draft) {
        return groups.saveGroup(caller, roundId, null, draft);
    }

    @Override
    public Group updateGroup(Caller caller, long roundId, long groupId, Group.Draft draft) {
        return groups.saveGroup(caller, roundId, groupId, draft);
    }

    @Override
    public void deleteGroup(Caller caller, long roundId, long groupId) {
        groups.deleteGroup(caller, roundId, groupId);
    }

    @Override
    public Group authorise(Caller caller, long roundId, long groupId, Group.Authorisation authorisation) {
        return groups.authorise(caller, roundId, groupId, authorisation);
    }

    // ------------------------------------------------------------------ deadlines and avoidance

    @Override
    public List<Deadline> overdue(Caller caller) {
        return rounds.overdue(caller);
    }

    @Override
    public List<Avoidance> avoidances(Caller caller, Long personId) {
        return avoidances.avoidances(caller, personId);
    }

    @Override
    public Avoidance declareAvoidance(Caller caller, Avoidance avoidance) {
        return avoidances.declare(caller, avoidance);
    }

    @Override
    public void withdrawAvoidance(Caller caller, long avoidanceId) {
        avoidances.withdraw(caller, avoidanceId);
    }
}
