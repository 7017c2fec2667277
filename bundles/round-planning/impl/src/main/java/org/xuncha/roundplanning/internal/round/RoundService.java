package org.xuncha.roundplanning.internal.round;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Amendment;
import org.xuncha.roundplanning.api.Approval;
import org.xuncha.roundplanning.api.Group;
import org.xuncha.roundplanning.api.PlanStatus;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundDetail;
import org.xuncha.roundplanning.api.RoundEvents;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.StageChange;
import org.xuncha.roundplanning.api.Target;
import org.xuncha.roundplanning.internal.Inputs;
import org.xuncha.roundplanning.internal.Store;
import org.xuncha.roundplanning.internal.deadline.DeadlineService;
import org.xuncha.roundplanning.internal.group.GroupService;
import org.xuncha.roundplanning.internal.group.Staffing;
import org.xuncha.roundplanning.internal.priority.PriorityService;
import org.xuncha.roundplanning.internal.target.TargetEntity;
import org.xuncha.roundplanning.internal.target.TargetService;
import org.xuncha.roundplanning.internal.term.TermEntity;
import org.xuncha.roundplanning.internal.term.TermService;

/** Rounds (轮次): their list, everything about one, and their plan fields, created, edited under the plan lock, or deleted while a draft. */
@Component(service = RoundService.class)
public class RoundService {

    /** Sort keys of the round list, with their JPQL paths. */
    public static final Map<String, String> SORT = Map.of("id", "r.id", "number", "r.number", "name", "r.name",
            "plannedStart", "r.plannedStart", "stage", "r.stage", "termId", "r.termId");
    /** Column length of a round's name. */
    static final int NAME = 200;

    private final ModuleStore db;
    private final PlanService plans;
    private final TargetService targets;
    private final GroupService groups;
    private final Staffing staffing;
    private final DeadlineService deadlines;

    @Activate
    public RoundService(@Reference Store store, @Reference PlanService plans, @Reference TargetService targets,
                        @Reference GroupService groups, @Reference Staffing staffing, @Reference DeadlineService deadlines) {
        this.db = store.db();
        this.plans = plans;
        this.targets = targets;
        this.groups = groups;
        this.staffing = staffing;
        this.deadlines = deadlines;
    }

    public Page<Round> rounds(Caller caller, Round.Query q, PageRequest page) {
        caller.require(RoundPlanningPermissions.ROUND_READ);
        Round.Query query = q == null ? Round.Query.all() : q;
        return db.read(em -> {
            Where w = Where.scoped(caller, "r.divisionCode", null, "r.id")
                    .eq("r.termId", "term", query.termId()).eq("r.divisionCode", "division", query.divisionCode())
                    .eq("r.stage", "stage", query.stage()).eq("r.type", "type", query.type());
            if (query.priorityId() != null) {
                w.in("r.id", "tagged", taggedWith(em, query.priorityId()));
            }
            Page<RoundEntity> rows = w.page(em, RoundEntity.class, "r", Where.orderBy(page, SORT, "r.id"), page);
            return new Page<>(RoundViews.of(em, rows.items()), rows.total(), rows.page(), rows.size());
        });
    }

    /** Rounds tagged with the priority, themselves or through one of their targets. */
    private static Set<Long> taggedWith(EntityManager em, long priorityId) {
        Set<Long> tagged = new HashSet<>(em.createQuery("select r.id from RoundEntity r join r.priorityIds p where p = :p", Long.class)
                .setParameter("p", priorityId).getResultList());
        tagged.addAll(em.createQuery("select t.roundId from TargetEntity t join t.priorityIds p where p = :p", Long.class)
                .setParameter("p", priorityId).getResultList());
        return tagged;
    }

    /** Everything about a round the caller may see: group roles see only their own groups and targets. */
    public RoundDetail round(Caller caller, long roundId) {
        caller.require(RoundPlanningPermissions.ROUND_READ);
        record Data(Round round, List<TargetEntity> targets, List<Group> groups, List<Approval> approvals,
                    List<Amendment> amendments, List<StageChange> history) {
        }
        Data d = db.read(em -> {
            RoundEntity r = RoundEntity.load(em, roundId).requireVisibleTo(caller);
            List<TargetEntity> visible = TargetEntity.ofRound(em, roundId).stream().filter(t -> caller.scope().coversUnit(t.unitId)).toList();
            return new Data(RoundViews.of(em, r), visible, groups.views(em, caller, roundId),
                    em.createQuery("select a from ApprovalEntity a where a.roundId = :r order by a.id", ApprovalEntity.class)
                            .setParameter("r", roundId).getResultList().stream().map(ApprovalEntity::toValue).toList(),
                    em.createQuery("select a from AmendmentEntity a where a.roundId = :r order by a.id", AmendmentEntity.class)
                            .setParameter("r", roundId).getResultList().stream().map(AmendmentEntity::toValue).toList(),
                    em.createQuery("select s from StageChangeEntity s where s.roundId = :r order by s.id", StageChangeEntity.class)
                            .setParameter("r", roundId).getResultList().stream().map(StageChangeEntity::toValue).toList());
        });
        List<Target> targetViews = targets.views(d.targets());
        return new RoundDetail(d.round(), targetViews, d.groups(), d.approvals(), d.amendments(), d.history(),
                deadlines.deadlines(d.round(), targetViews));
    }

    public Round create(Caller caller, Round.Draft d) {
        caller.require(RoundPlanningPermissions.ROUND_WRITE);
        new Checks().required("termId", Inputs.body(d).termId(), "所属届", "term").throwIfInvalid();
        Round created = db.write(em -> {
            TermEntity term = TermService.referenced(em, caller, d.termId());
            RoundEntity r = new RoundEntity();
            r.termId = term.id;
            r.divisionCode = term.divisionCode;
            r.stage = Stage.PREPARATION;
            r.stageSince = db.today();
            r.planStatus = PlanStatus.DRAFT;
            r.createdBy = caller.username();
            r.createdAt = db.now();
            apply(em, term, r, d);
            em.persist(r);
            em.flush();
            db.audit(em, caller, AuditAction.CREATE, "round", r.id, "新增巡察轮次 " + r.id);
            return RoundViews.of(em, r);
        });
        db.post(RoundEvents.ROUND_CREATED, caller, created.id(), RoundEvents.ROUND_ID, created.id());
        return created;
    }

    public Round update(Caller caller, long roundId, Round.Draft d) {
        caller.require(RoundPlanningPermissions.ROUND_WRITE);
        Inputs.body(d);
        return db.write(em -> {
            RoundEntity r = RoundEntity.load(em, roundId);
            caller.requireDivision(r.divisionCode);
            AmendmentEntity amendment = PlanService.requireEditable(em, r);
            Inputs.checkVersion(d.version(), r.version);
            boolean datesChanged = !Objects.equals(r.plannedStart, d.plannedStart()) || !Objects.equals(r.plannedEnd, d.plannedEnd());
            apply(em, TermEntity.load(em, r.termId), r, d);
            if (datesChanged) {
                staffing.checkOverlapsOfRound(em, r);
            }
            em.flush();
            plans.planChanged(em, caller, r, amendment, AuditAction.UPDATE, "round", r.id, "修改轮次方案", null);
            return RoundViews.of(em, r);
        });
    }

    private void apply(EntityManager em, TermEntity term, RoundEntity r, Round.Draft d) {
        Checks checks = new Checks()
                .required("type", d.type(), "巡察类型", "type")
                .maxLength("name", d.name(), NAME, "轮次名称", "name")
                .maxLength("description", d.description(), 4000, "说明", "description")
                .range("number", d.number(), 1, 999, "轮次序号", "number")
                .notAfter("plannedEnd", d.plannedStart(), d.plannedEnd(), "计划结束日期", "planned end");
        Inputs.date(checks, "plannedEnd", d.plannedEnd(), "计划结束日期", "planned end");
        checks.check(d.plannedStart() != null && (d.plannedStart().isBefore(term.startDate) || d.plannedStart().isAfter(term.endDate)),
                "plannedStart", "out_of_range", "计划进驻日期应在本届任期内（" + term.startDate + " 至 " + term.endDate + "）",
                "the planned start must fall within the term (" + term.startDate + " to " + term.endDate + ")");
        Set<Long> priorities = PriorityService.checkIds(em, checks, "priorityIds", d.priorityIds(), r.divisionCode);
        List<String> topics = Inputs.topics(checks, "supervisionTopics", d.supervisionTopics());
        checks.throwIfInvalid();
        int number = d.number() != null ? d.number() : r.id != null ? r.number : nextNumber(em, term.id);
        List<Long> sameNumber = em.createQuery("select r.id from RoundEntity r where r.termId = :t and r.number = :n", Long.class)
                .setParameter("t", term.id).setParameter("n", number).getResultList();
        if (sameNumber.stream().anyMatch(id -> !id.equals(r.id))) {
            throw ApiException.conflict("duplicate_number", "本届已有第" + number + "轮巡察", "The term already has round " + number);
        }
        r.number = number;
        r.name = d.name() == null || d.name().isBlank() ? defaultName(term.name, number) : d.name().trim();
        r.type = d.type();
        r.plannedStart = d.plannedStart();
        r.plannedEnd = d.plannedEnd();
        r.description = d.description();
        Inputs.replace(r.priorityIds, priorities);
        Inputs.replace(r.topics, topics);
    }

    /** The term's name and the number, e.g. 中共聊城市第十四届委员会第5轮巡察; a long term name is cut so the whole fits its column. */
    public static String defaultName(String termName, int number) {
        String suffix = "第" + number + "轮巡察";
        return (termName.length() + suffix.length() > NAME ? termName.substring(0, NAME - suffix.length()) : termName) + suffix;
    }

    private static int nextNumber(EntityManager em, long termId) {
        Integer max = em.createQuery("select max(r.number) from RoundEntity r where r.termId = :t", Integer.class)
                .setParameter("t", termId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Only a draft round that no one has decided on yet may be deleted; anything later is history. */
    public void delete(Caller caller, long roundId) {
        caller.require(RoundPlanningPermissions.ROUND_WRITE);
        db.write(em -> {
            RoundEntity r = RoundEntity.load(em, roundId);
            caller.requireDivision(r.divisionCode);
            long decisions = em.createQuery("select count(a) from ApprovalEntity a where a.roundId = :r", Long.class)
                    .setParameter("r", roundId).getSingleResult();
            if (r.stage != Stage.PREPARATION || r.planStatus != PlanStatus.DRAFT || decisions > 0) {
                throw ApiException.conflict("not_deletable", "只能删除尚未报批的草拟轮次", "Only a draft round never submitted for approval can be deleted");
            }
            // bulk deletes run at once and in this order: the entities have no mapped relations for the
            // unit of work to order its deletes by, and the schema's foreign keys need members, targets
            // (their tags go by cascade) and groups gone before the round
            for (String entity : new String[] {"MemberEntity", "TargetEntity", "GroupEntity"}) {
                em.createQuery("delete from " + entity + " x where x.roundId = :r").setParameter("r", roundId).executeUpdate();
            }
            em.remove(r);
            db.audit(em, caller, AuditAction.DELETE, "round", roundId, "删除草拟轮次 " + roundId);
            return null;
        });
    }
}
