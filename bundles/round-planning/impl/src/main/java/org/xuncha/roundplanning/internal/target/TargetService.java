package org.xuncha.roundplanning.internal.target;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.Target;
import org.xuncha.roundplanning.internal.Inputs;
import org.xuncha.roundplanning.internal.ReferenceLookup;
import org.xuncha.roundplanning.internal.Store;
import org.xuncha.roundplanning.internal.priority.PriorityService;
import org.xuncha.roundplanning.internal.round.AmendmentEntity;
import org.xuncha.roundplanning.internal.round.PlanService;
import org.xuncha.roundplanning.internal.round.RoundEntity;
import org.xuncha.roundplanning.internal.term.TermService;

/**
 * The units a round inspects (被巡察单位): chosen one by one or a whole field, sector or system at
 * once, tagged with priorities and supervision topics, and, after feedback, their rectification reports.
 */
@Component(service = TargetService.class)
public class TargetService {

    private final ModuleStore db;
    private final PlanService plans;
    private final ReferenceDataService reference;
    private final ReferenceLookup names;

    @Activate
    public TargetService(@Reference Store store, @Reference PlanService plans, @Reference ReferenceDataService reference,
                         @Reference ReferenceLookup names) {
        this.db = store.db();
        this.plans = plans;
        this.reference = reference;
        this.names = names;
    }

    /** Targets with the names and classification of their units. */
    public List<Target> views(List<TargetEntity> targets) {
        Map<Long, Unit> units = names.units(targets.stream().map(t -> t.unitId).toList());
        return targets.stream().map(t -> view(t, units.get(t.unitId))).toList();
    }

    static Target view(TargetEntity t, Unit u) {
        return new Target(t.id, t.roundId, t.unitId, u == null ? null : u.code(), u == null ? "#" + t.unitId : u.name(),
                u == null ? null : u.divisionCode(), u == null ? null : u.field(), u == null ? null : u.sector(),
                u == null ? null : u.system(), t.groupId, t.priorityIds, t.topics, t.rectificationReportDate);
    }

    /**
     * Adds the units listed (each must exist and lie in the caller's scope) and every active unit of
     * the round's division of the field, sector or system given.
     */
    public Target.SelectionResult add(Caller caller, long roundId, Target.Selection s) {
        caller.require(RoundPlanningPermissions.ROUND_WRITE);
        Inputs.body(s);
        List<Long> ids = Inputs.ids(s.unitIds()).stream().sorted().toList();
        boolean byClass = notBlank(s.field()) || notBlank(s.sector()) || notBlank(s.system());
        Checks input = new Checks().check(ids.isEmpty() && !byClass, "unitIds", "required", "请选择单位，或指定领域、板块、系统",
                "choose units, or a field, sector or system");
        for (String[] f : new String[][] {{"field", s.field(), "领域"}, {"sector", s.sector(), "板块"}, {"system", s.system(), "系统"}}) {
            input.maxLength(f[0], f[1], 100, f[2], f[0]);
        }
        input.throwIfInvalid();
        RoundEntity info = db.read(em -> {
            RoundEntity r = RoundEntity.load(em, roundId);
            caller.requireDivision(r.divisionCode);
            PlanService.requireEditable(em, r);
            return r;
        });
        Map<Long, Unit> chosen = new TreeMap<>();
        Map<Long, Unit> byId = names.units(ids);
        Checks missing = new Checks();
        for (Long id : ids) {
            Unit u = byId.get(id);
            if (u == null || !caller.scope().coversDivision(u.divisionCode())) {
                Inputs.unknown(missing, "unitIds", "单位", "unit", id);
            } else {
                chosen.put(id, u);
            }
        }
        missing.throwIfInvalid();
        if (byClass) {
            reference.allUnits(caller, new UnitQuery(null, info.divisionCode, blankToNull(s.field()), blankToNull(s.sector()),
                    blankToNull(s.system()), null, true)).stream()
                    // a whole field or system means its inspection targets; a unit named by id is taken as asked
                    .filter(Unit::inspectionTarget).forEach(u -> chosen.put(u.id(), u));
        }
        return db.write(em -> {
            RoundEntity r = RoundEntity.load(em, roundId);
            AmendmentEntity amendment = PlanService.requireEditable(em, r);
            Checks checks = new Checks();
            Set<Long> priorities = PriorityService.checkIds(em, checks, "priorityIds", s.priorityIds(), r.divisionCode);
            List<String> topics = Inputs.topics(checks, "supervisionTopics", s.supervisionTopics());
            checks.throwIfInvalid();
            Set<Long> existing = TargetEntity.ofRound(em, roundId).stream().map(t -> t.unitId).collect(Collectors.toSet());
            Set<Long> inspected = Boolean.TRUE.equals(s.uninspectedOnly()) ? TermService.inspectedUnits(em, r.termId) : Set.of();
            List<Target> added = new ArrayList<>();
            List<Long> already = new ArrayList<>();
            for (Unit u : chosen.values().stream().sorted(Comparator.comparing(Unit::code)).toList()) {
                if (existing.contains(u.id())) {
                    already.add(u.id());
                } else if (!inspected.contains(u.id())) {
                    TargetEntity t = new TargetEntity();
                    t.roundId = roundId;
                    t.unitId = u.id();
                    t.priorityIds.addAll(priorities);
                    t.topics.addAll(topics);
                    em.persist(t);
                    em.flush();
                    added.add(view(t, u));
                }
            }
            if (!added.isEmpty()) {
                plans.planChanged(em, caller, r, amendment, AuditAction.CREATE, "target", roundId,
                        "新增被巡察单位 " + added.size() + " 个：" + added.stream().map(t -> String.valueOf(t.unitId())).collect(Collectors.joining(",")),
                        "新增被巡察单位：" + added.stream().map(Target::unitName).collect(Collectors.joining("、")));
            }
            return new Target.SelectionResult(added, already);
        });
    }

    public Target tag(Caller caller, long roundId, long unitId, Target.Tags tags) {
        caller.require(RoundPlanningPermissions.ROUND_WRITE);
        Inputs.body(tags);
        TargetEntity saved = db.write(em -> {
            RoundEntity r = RoundEntity.load(em, roundId);
            caller.requireDivision(r.divisionCode);
            AmendmentEntity amendment = PlanService.requireEditable(em, r);
            TargetEntity t = TargetEntity.load(em, roundId, unitId);
            Checks checks = new Checks();
            Set<Long> priorities = PriorityService.checkIds(em, checks, "priorityIds", tags.priorityIds(), r.divisionCode);
            List<String> topics = Inputs.topics(checks, "supervisionTopics", tags.supervisionTopics());
            checks.throwIfInvalid();
            Inputs.replace(t.priorityIds, priorities);
            Inputs.replace(t.topics, topics);
            em.flush();
            plans.planChanged(em, caller, r, amendment, AuditAction.UPDATE, "target", t.id, "修改单位 " + unitId + " 的中心工作和专项监督标签",
                    "修改“" + names.unitName(unitId) + "”的中心工作和专项监督标签");
            return t;
        });
        return views(List.of(saved)).get(0);
    }

    public void remove(Caller caller, long roundId, long unitId) {
        caller.require(RoundPlanningPermissions.ROUND_WRITE);
        db.write(em -> {
            RoundEntity r = RoundEntity.load(em, roundId);
            caller.requireDivision(r.divisionCode);
            AmendmentEntity amendment = PlanService.requireEditable(em, r);
            TargetEntity t = TargetEntity.load(em, roundId, unitId);
            em.remove(t);
            plans.planChanged(em, caller, r, amendment, AuditAction.DELETE, "target", t.id, "移除被巡察单位 " + unitId,
                    "移除被巡察单位“" + names.unitName(unitId) + "”");
            return null;
        });
    }

    /** Records (or, with no date, clears) the day a unit's rectification report arrived: between feedback and today. */
    public Target recordRectificationReport(Caller caller, long roundId, long unitId, Target.RectificationReport report) {
        caller.require(RoundPlanningPermissions.ROUND_TRACK);
        Inputs.body(report);
        TargetEntity saved = db.write(em -> {
            RoundEntity r = RoundEntity.load(em, roundId);
            caller.requireDivision(r.divisionCode);
            if (r.feedbackDate == null || r.stage == Stage.ARCHIVE) {
                throw ApiException.conflict("not_in_rectification", "反馈之后、归档之前才能登记整改报告",
                        "Rectification reports are recorded after feedback and before archiving");
            }
            LocalDate date = report.date();
            new Checks().check(date != null && date.isAfter(db.today()), "date", "out_of_range", "日期不能晚于今天", "the date cannot be in the future")
                    .check(date != null && date.isBefore(r.feedbackDate), "date", "out_of_range", "日期不能早于反馈日期 " + r.feedbackDate,
                            "the date cannot be before feedback (" + r.feedbackDate + ")")
                    .throwIfInvalid();
            TargetEntity t = TargetEntity.load(em, roundId, unitId);
            t.rectificationReportDate = date;
            db.audit(em, caller, AuditAction.UPDATE, "target", t.id,
                    (date == null ? "撤销" : "登记") + "单位 " + unitId + " 的整改报告（轮次 " + roundId + "）");
            return t;
        });
        return views(List.of(saved)).get(0);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToNull(String s) {
        return notBlank(s) ? s.trim() : null;
    }
}
