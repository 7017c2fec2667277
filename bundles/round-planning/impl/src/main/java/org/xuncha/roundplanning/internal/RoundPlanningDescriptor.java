package org.xuncha.roundplanning.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.AbstractModuleDescriptor;
import org.xuncha.platform.api.ModuleDescriptor;
import org.xuncha.platform.api.ModuleLevel;
import org.xuncha.platform.api.PermissionDefinition;
import org.xuncha.platform.api.Statistic;
import org.xuncha.platform.api.TodoItem;
import org.xuncha.platform.api.UiEntry;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.roundplanning.api.Coverage;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundEvents;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.RoundPlanningService;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.term.CoverageCalculator;

/** The module's permissions with their default roles, its pages, and its dashboard figures. */
@Component(service = ModuleDescriptor.class)
public class RoundPlanningDescriptor extends AbstractModuleDescriptor {

    private static final Set<String> OFFICE = Roles.OFFICE;
    private static final Set<String> OFFICE_AND_COMMITTEE = Roles.with(Roles.OFFICE, Roles.COMMITTEE_LEADER);
    /** Who reads rounds: the office, the groups (their own), committee leaders, and the departments results are handed to. */
    private static final Set<String> ROUND_READERS = Roles.with(Roles.INSPECTION_WORK, Roles.COMMITTEE_LEADER,
            Roles.DISCIPLINE_COMMISSION, Roles.ORGANISATION_DEPT, Roles.AUDIT_BUREAU);

    private final RoundPlanningService service;
    private final Clock clock;
    private final RoundPlanningTodo todo;

    @Activate
    public RoundPlanningDescriptor(BundleContext context, @Reference RoundPlanningService service, @Reference Clock clock,
                                   @Reference RoundPlanningTodo todo) {
        super(context, RoundEvents.MODULE, "巡察规划与轮次", "Round planning", ModuleLevel.BOTH);
        this.service = service;
        this.clock = clock;
        this.todo = todo;
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return PERMISSIONS;
    }

    static final List<PermissionDefinition> PERMISSIONS = definitions();

    private static List<PermissionDefinition> definitions() {
        List<PermissionDefinition> p = new ArrayList<>(List.of(
                new PermissionDefinition(RoundPlanningPermissions.TERM_READ, "查看届", "Read terms", ROUND_READERS),
                new PermissionDefinition(RoundPlanningPermissions.TERM_WRITE, "维护届", "Maintain terms", OFFICE),
                new PermissionDefinition(RoundPlanningPermissions.COVERAGE_READ, "查看巡察全覆盖情况", "Read term coverage",
                        Roles.with(OFFICE_AND_COMMITTEE, Roles.DISCIPLINE_COMMISSION)),
                new PermissionDefinition(RoundPlanningPermissions.PRIORITY_READ, "查看中心工作库", "Read the priorities library",
                        Roles.with(Roles.INSPECTION_WORK, Roles.COMMITTEE_LEADER)),
                new PermissionDefinition(RoundPlanningPermissions.PRIORITY_WRITE, "维护中心工作库", "Maintain the priorities library", OFFICE),
                new PermissionDefinition(RoundPlanningPermissions.ROUND_READ, "查看巡察轮次（巡察组成员仅限本组）",
                        "Read rounds (group members: their own)", ROUND_READERS),
                new PermissionDefinition(RoundPlanningPermissions.ROUND_WRITE, "编制巡察方案（轮次、被巡察单位、巡察组）",
                        "Draft round plans (rounds, targets, groups)", OFFICE),
                new PermissionDefinition(RoundPlanningPermissions.PLAN_AMEND, "登记方案调整", "Amend approved plans", OFFICE),
                new PermissionDefinition(RoundPlanningPermissions.APPROVE_LEADING_GROUP, "方案审议（巡察工作领导小组）",
                        "Approve plans for the leading group", Set.of(Roles.OFFICE_LEADER)),
                new PermissionDefinition(RoundPlanningPermissions.APPROVE_COMMITTEE, "方案审定（书记专题会、常委会）",
                        "Approve plans for the committee", Set.of(Roles.COMMITTEE_LEADER)),
                new PermissionDefinition(RoundPlanningPermissions.ROUND_TRACK, "登记授权和整改报告",
                        "Record authorisations and rectification reports", OFFICE),
                new PermissionDefinition(RoundPlanningPermissions.STAGE_CORRECT, "退回上一阶段（纠正误操作）",
                        "Step a round back a stage (correction)", Set.of(Roles.OFFICE_LEADER)),
                new PermissionDefinition(RoundPlanningPermissions.AVOIDANCE_DECLARE, "申报回避", "Declare avoidance", Roles.INSPECTION_WORK),
                new PermissionDefinition(RoundPlanningPermissions.AVOIDANCE_READ, "查看回避申报", "Read avoidance declarations", OFFICE),
                new PermissionDefinition(RoundPlanningPermissions.HISTORY_IMPORT, "导入历史轮次和巡察组成员（以过去日期登记方案审批）",
                        "Import past rounds and their groups' members (records plan approvals on past days)", Set.of(Roles.OFFICE_LEADER))));
        for (Stage s : Stage.values()) {
            if (s != Stage.PREPARATION) {
                p.add(new PermissionDefinition(RoundPlanningPermissions.stage(s), "轮次进入“" + s.nameZh() + "”阶段",
                        "Move rounds into stage " + s.nameEn(), stageRoles(s)));
            }
        }
        return List.copyOf(p);
    }

    /**
     * The office moves rounds on; the group leader reports the group's own start and end of
     * fieldwork; feedback (which follows the secretary's meeting) and archiving are for the office leader.
     */
    static Set<String> stageRoles(Stage s) {
        return switch (s) {
            case FIELDWORK, REPORT -> Roles.with(OFFICE, Roles.GROUP_LEADER);
            case FEEDBACK, ARCHIVE -> Set.of(Roles.OFFICE_LEADER);
            default -> OFFICE;
        };
    }

    @Override
    public List<UiEntry> uiEntries() {
        return List.of(
                page("terms", "届与全覆盖", "Terms and coverage", "/terms", RoundPlanningPermissions.TERM_READ, 100, "Calendar"),
                page("rounds", "巡察轮次", "Rounds", "/rounds", RoundPlanningPermissions.ROUND_READ, 110, "Flag"),
                page("overdue", "超期事项", "Overdue items", "/rounds/overdue", RoundPlanningPermissions.ROUND_READ, 120, "AlarmClock"),
                page("priorities", "中心工作库", "Priorities", "/priorities", RoundPlanningPermissions.PRIORITY_READ, 130, "Star"),
                page("avoidances", "回避申报", "Avoidance", "/rounds/avoidances", RoundPlanningPermissions.AVOIDANCE_DECLARE, 140, "Warning"),
                page("history", "历史轮次导入", "Past rounds import", "/rounds/history", RoundPlanningPermissions.HISTORY_IMPORT, 150, "Upload"));
    }

    /**
     * Rounds in the caller's scope by stage; and, for those who may read coverage, units covered and
     * coverage of the terms current today, overall and by round.
     */
    @Override
    public List<Statistic> statistics(Caller caller) {
        if (!caller.has(RoundPlanningPermissions.ROUND_READ)) {
            return List.of();
        }
        List<Statistic> result = new ArrayList<>();
        var page = service.rounds(caller, Round.Query.all(), PageRequest.first(PageRequest.MAX_SIZE));
        Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
        page.items().forEach(r -> byStage.merge(r.stage(), 1, Integer::sum));
        result.add(new Statistic("round-planning.rounds", "巡察轮次", "Rounds", page.total(), "bar",
                byStage.entrySet().stream().map(e -> new Statistic.DataPoint(e.getKey().nameZh(), e.getKey().nameEn(), e.getValue())).toList()));
        if (caller.has(RoundPlanningPermissions.COVERAGE_READ) && caller.has(RoundPlanningPermissions.TERM_READ)) {
            LocalDate today = LocalDate.now(clock);
            List<Term> terms = service.terms(caller, null, PageRequest.first(PageRequest.MAX_SIZE)).items();
            List<Term> current = terms.stream().filter(t -> !t.startDate().isAfter(today) && !t.endDate().isBefore(today)).toList();
            // between terms (the last one ended, the next not yet entered) the home page shows the last term's
            // coverage and says when it ended, rather than a current coverage of 0
            Term ended = current.isEmpty() ? terms.stream().filter(t -> t.endDate().isBefore(today))
                    .max(java.util.Comparator.comparing(Term::endDate)).orElse(null) : null;
            String zh = ended == null ? "本届" : "上届（" + ended.name() + "，" + ended.endDate() + "结束）";
            String en = ended == null ? " this term" : " in the last term (" + ended.name() + ", ended " + ended.endDate() + ")";
            int covered = 0;
            int total = 0;
            List<Statistic.DataPoint> byRound = new ArrayList<>();
            for (Term t : ended == null ? current : List.of(ended)) {
                Coverage c = service.coverage(caller, t.id());
                covered += c.coveredUnits();
                total += c.totalUnits();
                c.rounds().stream().filter(Coverage.RoundCoverage::counted).forEach(r -> byRound.add(
                        new Statistic.DataPoint(r.name(), r.name(), r.unitIds().size())));
            }
            result.add(Statistic.of("round-planning.units-covered", zh + "已巡察单位", "Units covered" + en, covered).withLink("/terms"));
            BigDecimal percent = CoverageCalculator.percent(covered, total);
            result.add(new Statistic("round-planning.coverage", zh + "巡察覆盖率（%）", "Coverage" + en + " (%)", percent, null, List.of()).withLink("/terms"));
            result.add(new Statistic("round-planning.by-round", zh + "各轮巡察单位数", "Units per round" + en, byRound.size(), "bar", byRound));
        }
        return result;
    }

    @Override
    public List<TodoItem> todo(Caller caller) {
        return todo.items(caller);
    }
}
