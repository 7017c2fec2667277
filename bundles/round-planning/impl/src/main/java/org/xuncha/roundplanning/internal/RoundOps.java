package org.xuncha.roundplanning.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Amendment;
import org.xuncha.roundplanning.api.Approval;
import org.xuncha.roundplanning.api.ApprovalBody;
import org.xuncha.roundplanning.api.Deadline;
import org.xuncha.roundplanning.api.Group;
import org.xuncha.roundplanning.api.PlanStatus;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundDetail;
import org.xuncha.roundplanning.api.RoundEvents;
import org.xuncha.roundplanning.api.RoundPlanningService;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.StageChange;
import org.xuncha.roundplanning.api.Target;
import org.xuncha.roundplanning.internal.Context.Where;
import org.xuncha.roundplanning.internal.db.AmendmentEntity;
import org.xuncha.roundplanning.internal.db.ApprovalEntity;
import org.xuncha.roundplanning.internal.db.GroupEntity;
import org.xuncha.roundplanning.internal.db.RoundEntity;
import org.xuncha.roundplanning.internal.db.StageChangeEntity;
import org.xuncha.roundplanning.internal.db.TargetEntity;
import org.xuncha.roundplanning.internal.db.TermEntity;
import org.xuncha.roundplanning.internal.rules.PlanRules;
import org.xuncha.roundplanning.internal.rules.StageMachine;

/** Rounds: their plan, its approval and amendments, their stages and deadlines. */
final class RoundOps {

    private static final Map<String, String> ROUND_SORT = Map.of("id", "r.id", "number", "r.number", "name", "r.name",
            "plannedStart", "r.plannedStart", "stage", "r.stage", "termId", "r.termId");

    private final Context ctx;
    private final GroupOps groups;

    RoundOps(Context ctx, GroupOps groups) {
        this.ctx = ctx;
        this.groups = groups;
    }

    // ------------------------------------------------------------------ reading

    Page<Round> rounds(Caller caller, Round.Query q, PageRequest page) {
        caller.require(RoundPlanningService.ROUND_READ);
        return ctx.store.read(em -> {
            Where w = Context.scoped(caller, "r.divisionCode", "r.id")
                    .andEq("r.termId", "term", q.termId()).andEq("r.divisionCode", "division", q.divisionCode())
                    .andEq("r.stage", "stage", q.stage()).andEq("r.type", "type", q.type());
            if (q.priorityId() != null) {
                Set<Long> tagged = new HashSet<>(em.createQuery("select r.id from RoundEntity r join r.priorityIds p where p = :p", Long.class)
                        .setParameter("p", q.priorityId()).getResultList());
                tagged.addAll(em.createQuery("select t.roundId from TargetEntity t join t.priorityIds p where p = :p", Long.class)
                        .setParameter("p", q.priorityId()).getResultList());
                w.and("r.id in :tagged", "tagged", tagged.isEmpty() ? Set.of(-1L) : tagged);
            }
            long total = w.bind(em.createQuery("select count(r) from RoundEntity r" + w.sql, Long.class)).getSingleResult();
            List<RoundEntity> rows = w.bind(em.createQuery("select r from RoundEntity r" + w.sql
                    + TermOps.orderBy(page, ROUND_SORT, "r.id"), RoundEntity.class))
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            return new Page<>(ctx.views(em, rows), total, page.page(), page.size());
        });
    }

    RoundDetail round(Caller caller, long roundId) {
        caller.require(RoundPlanningService.ROUND_READ);
        record Data(Round round, List<TargetEntity> targets, List<Group> groups, List<Approval> approvals,
                    List<Amendment> amendments, List<StageChange> history) {
        }
        Data d = ctx.store.read(em -> {
            RoundEntity r = Context.round(em, roundId);
            Context.requireVisible(caller, r);
            List<TargetEntity> targets = Context.targetsOf(em, roundId).stream().filter(t -> caller.scope().coversUnit(t.unitId)).toList();
            return new Data(ctx.view(em, r), targets, groups.groupViews(em, caller, roundId),
                    em.createQuery("select a from ApprovalEntity a where a.roundId = :r order by a.id", ApprovalEntity.class)
                            .setParameter("r", roundId).getResultList().stream().map(ApprovalEntity::toValue).toList(),
                    em.createQuery("select a from AmendmentEntity a where a.roundId = :r order by a.id", AmendmentEntity.class)
                            .setParameter("r", roundId).getResultList().stream().map(AmendmentEntity::toValue).toList(),
                    history(em, roundId));
        });
        List<Target> targets = ctx.targetViews(d.targets());
        return new RoundDetail(d.round(), targets, d.groups(), d.approvals(), d.amendments(), d.history(),
                ctx.rules().deadlines(d.round(), targets, ctx.today()));
    }

    private static List<StageChange> history(EntityManager em, long roundId) {
        return em.createQuery("select s from StageChangeEntity s where s.roundId = :r order by s.id", StageChangeEntity.class)
                .setParameter("r", roundId).getResultList().stream().map(StageChangeEntity::toValue).toList();
    }

    // ------------------------------------------------------------------ plan

    Round createRound(Caller caller, Round.Draft d) {
        caller.require(RoundPlanningService.ROUND_WRITE);
        new Checks().required("termId", d.termId(), "所属届", "term").throwIfInvalid();
        Round created = ctx.store.write(em -> {
            TermEntity term = Context.term(em, d.termId());
            caller.requireDivision(term.divisionCode);
            RoundEntity r = new RoundEntity();
            r.termId = term.id;
            r.divisionCode = term.divisionCode;
            r.stage = Stage.PREPARATION;
            r.stageSince = ctx.today();
            r.planStatus = PlanStatus.DRAFT;
            r.createdBy = caller.username();
            r.createdAt = ctx.now();
            apply(em, term, r, d);
            return ctx.view(em, ctx.insert(em, caller, r, x -> x.id, "round", "新增巡察轮次"));
        });
        ctx.post(RoundEvents.ROUND_CREATED, caller, created.id(), Map.of(RoundEvents.ROUND_ID, created.id()));
        return created;
    }

    Round updateRound(Caller caller, long roundId, Round.Draft d) {
        caller.require(RoundPlanningService.ROUND_WRITE);
        return ctx.store.write(em -> {
            RoundEntity r = Context.round(em, roundId);
            caller.requireDivision(r.divisionCode);
            AmendmentEntity amendment = Context.requireEditable(em, r);
            Context.checkVersion(d.version(), r.version);
            boolean datesChanged = !java.util.Objects.equals(r.plannedStart, d.plannedStart())
                    || !java.util.Objects.equals(r.plannedEnd, d.plannedEnd());
            apply(em, Context.term(em, r.termId), r, d);
            if (datesChanged) {
                groups.checkOverlapsOfRound(em, r);
            }
            em.flush();
            ctx.planChanged(em, caller, r, amendment, AuditAction.UPDATE, "round", r.id, "修改轮次方案", null);
            return ctx.view(em, r);
        });
    }

    private void apply(EntityManager em, TermEntity term, RoundEntity r, Round.Draft d) {
        Checks checks = new Checks()
                .required("type", d.type(), "巡察类型", "type")
                .maxLength("name", d.name(), 200, "轮次名称", "name")
                .maxLength("description", d.description(), 4000, "说明", "description")
                .range("number", d.number(), 1, 999, "轮次序号", "number")
                .notAfter("plannedEnd", d.plannedStart(), d.plannedEnd(), "计划结束日期", "planned end");
        checks.check(d.plannedStart() != null && (d.plannedStart().isBefore(term.startDate) || d.plannedStart().isAfter(term.endDate)),
                "plannedStart", "out_of_range", "计划进驻日期应在本届任期内（" + term.startDate + " 至 " + term.endDate + "）",
                "the planned start must fall within the term (" + term.startDate + " to " + term.endDate + ")");
        Set<Long> priorities = Context.checkPriorities(em, checks, "priorityIds", d.priorityIds(), r.divisionCode);
        List<String> topics = Context.checkTopics(checks, "supervisionTopics", d.supervisionTopics());
        checks.throwIfInvalid();
        int number = d.number() != null ? d.number() : r.id != null ? r.number : nextNumber(em, term.id);
        List<Long> sameNumber = em.createQuery("select r.id from RoundEntity r where r.termId = :t and r.number = :n", Long.class)
                .setParameter("t", term.id).setParameter("n", number).getResultList();
        if (sameNumber.stream().anyMatch(id -> !id.equals(r.id))) {
            throw ApiException.conflict("duplicate_number", "本届已有第" + number + "轮巡察", "The term already has round " + number);
        }
        r.number = number;
        r.name = d.name() == null || d.name().isBlank() ? term.name + "第" + number + "轮巡察" : d.name().trim();
        r.type = d.type();
        r.plannedStart = d.plannedStart();
        r.plannedEnd = d.plannedEnd();
        r.description = d.description();
        Context.replace(r.priorityIds, priorities);
        Context.replaceTopics(r.topics, topics);
    }

    private static int nextNumber(EntityManager em, long termId) {
        Integer max = em.createQuery("select max(r.number) from RoundEntity r where r.termId = :t", Integer.class)
                .setParameter("t", termId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Only a draft round that no one has decided on yet may be deleted; anything later is history. */
    void deleteRound(Caller caller, long roundId) {
        caller.require(RoundPlanningService.ROUND_WRITE);
        ctx.store.write(em -> {
            RoundEntity r = Context.round(em, roundId);
            caller.requireDivision(r.divisionCode);
            long decisions = em.createQuery("select count(a) from ApprovalEntity a where a.roundId = :r", Long.class)
                    .setParameter("r", roundId).getSingleResult();
            if (r.stage != Stage.PREPARATION || r.planStatus != PlanStatus.DRAFT || decisions > 0) {
                throw ApiException.conflict("not_deletable", "只能删除尚未报批的草拟轮次", "Only a draft round never submitted for approval can be deleted");
            }
            em.createQuery("delete from MemberEntity m where m.roundId = :r").setParameter("r", roundId).executeUpdate();
            for (TargetEntity t : Context.targetsOf(em, roundId)) {
                em.remove(t);
            }
            for (GroupEntity g : em.createQuery("select g from GroupEntity g where g.roundId = :r", GroupEntity.class)
                    .setParameter("r", roundId).getResultList()) {
                em.remove(g);
            }
            em.remove(r);
            ctx.audit.record(em, caller, AuditEntry.of(AuditAction.DELETE, Context.MODULE, "round", roundId, "删除草拟轮次 " + roundId));
            return null;
        });
    }

    // ------------------------------------------------------------------ approval and amendments

    Round decide(Caller caller, long roundId, Approval.Request req) {
        new Checks().required("body", req.body(), "审批机构", "approving body").required("approved", req.approved(), "审批结论", "decision")
                .maxLength("opinion", req.opinion(), 2000, "审批意见", "opinion")
                .check(Boolean.FALSE.equals(req.approved()) && (req.opinion() == null || req.opinion().isBlank()), "opinion",
                        "required", "退回方案须填写意见", "an opinion is required to return the plan")
                .throwIfInvalid();
        caller.require(req.body() == ApprovalBody.LEADING_GROUP ? RoundPlanningService.APPROVE_LEADING_GROUP
                : RoundPlanningService.APPROVE_COMMITTEE);
        Round result = ctx.store.write(em -> {
            RoundEntity r = Context.round(em, roundId);
            caller.requireDivision(r.divisionCode);
            if (Context.openAmendment(em, roundId) != null) {
                throw ApiException.conflict("amendment_open", "方案调整尚未完成，请完成后再审批", "A plan amendment is open; close it before deciding");
            }
            if (req.approved()) {
                long targets = em.createQuery("select count(t) from TargetEntity t where t.roundId = :r", Long.class)
                        .setParameter("r", roundId).getSingleResult();
                PlanRules.requireComplete(r.plannedStart != null && r.plannedEnd != null, (int) targets);
            }
            PlanStatus before = r.planStatus;
            r.planStatus = PlanRules.decide(before, req.body(), req.approved());
            ApprovalEntity a = new ApprovalEntity();
            a.roundId = roundId;
            a.body = req.body();
            a.approved = req.approved();
            a.opinion = req.opinion();
            a.actor = caller.username();
            a.actorName = caller.displayName();
            a.at = ctx.now();
            em.persist(a);
            em.flush();
            ctx.audit.record(em, caller, AuditEntry.of(AuditAction.TRANSITION, Context.MODULE, "round", roundId,
                    req.body().nameZh() + (req.approved() ? "审议通过" : "退回") + "方案（" + before + " → " + r.planStatus + "）"));
            return ctx.view(em, r);
        });
        ctx.post(RoundEvents.PLAN_DECIDED, caller, roundId, Map.of(RoundEvents.ROUND_ID, roundId, RoundEvents.TO, result.planStatus().name()));
        return result;
    }

    Amendment openAmendment(Caller caller, long roundId, Amendment.Request req) {
        caller.require(RoundPlanningService.PLAN_AMEND);
        new Checks().required("reason", req.reason(), "调整事由", "reason").maxLength("reason", req.reason(), 2000, "调整事由", "reason")
                .throwIfInvalid();
        return ctx.store.write(em -> {
            RoundEntity r = Context.round(em, roundId);
            caller.requireDivision(r.divisionCode);
            if (r.stage == Stage.ARCHIVE) {
                throw ApiException.conflict("archived", "本轮已归档，方案不能再调整", "The round is archived; its plan can no longer change");
            }
            if (r.planStatus == PlanStatus.DRAFT) {
                throw ApiException.conflict("plan_draft", "方案尚在草拟中，可直接修改，无需登记调整",
                        "The plan is still a draft: edit it directly, no amendment needed");
            }
            if (Context.openAmendment(em, roundId) != null) {
                throw ApiException.conflict("amendment_open", "本轮已有未完成的方案调整", "An amendment of this plan is already open");
            }
            AmendmentEntity a = new AmendmentEntity();
            a.roundId = roundId;
            a.reason = req.reason().trim();
            a.openedBy = caller.username();
            a.openedByName = caller.displayName();
            a.openedAt = ctx.now();
            em.persist(a);
            em.flush();
            ctx.audit.record(em, caller, AuditEntry.of(AuditAction.CREATE, Context.MODULE, "amendment", a.id, "登记方案调整（轮次 " + roundId + "）"));
            return a.toValue();
        });
    }

    Amendment closeAmendment(Caller caller, long roundId, long amendmentId) {
        caller.require(RoundPlanningService.PLAN_AMEND);
        return ctx.store.write(em -> {
            RoundEntity r = Context.round(em, roundId);
            caller.requireDivision(r.divisionCode);
            AmendmentEntity a = em.find(AmendmentEntity.class, amendmentId);
            if (a == null || a.roundId != roundId) {
                throw ApiException.notFound("方案调整", "amendment", amendmentId);
            }
            if (a.closedAt != null) {
                throw ApiException.conflict("amendment_closed", "该方案调整已完成", "This amendment is already closed");
            }
            a.closedBy = caller.username();
            a.closedAt = ctx.now();
            ctx.audit.record(em, caller, AuditEntry.of(AuditAction.UPDATE, Context.MODULE, "amendment", a.id,
                    "完成方案调整（轮次 " + roundId + "，" + a.changes.size() + " 项修改）"));
            return a.toValue();
        });
    }

    // ------------------------------------------------------------------ stages

    Round changeStage(Caller caller, long roundId, StageChange.Request req) {
        caller.require(RoundPlanningService.ROUND_READ);
        record Changed(Round round, Stage from) {
        }
        Changed changed = ctx.store.write(em -> {
            RoundEntity r = Context.round(em, roundId);
            Context.requireVisible(caller, r);
            StageMachine.Move move = StageMachine.check(r.stage, req.to(), req.reason());
            caller.require(move.permission());
            java.time.LocalDate date = req.date() != null ? req.date() : ctx.today();
            Checks checks = new Checks().check(date.isAfter(ctx.today()), "date", "out_of_range", "日期不能晚于今天", "the date cannot be in the future")
                    .maxLength("reason", req.reason(), 1000, "理由", "reason");
            // Preparation has no business start day (it is when the round was typed in): a round
            // recorded after the fact may enter on any past day.
            if (!move.correction() && r.stage != Stage.PREPARATION) {
                checks.check(r.stageSince != null && date.isBefore(r.stageSince), "date", "out_of_range",
                        "日期不能早于本阶段开始日期 " + r.stageSince, "the date cannot be before the current stage began (" + r.stageSince + ")");
            }
            checks.throwIfInvalid();
            if (!move.correction() && move.to() == Stage.ENTRY) {
                PlanRules.requireReadyForEntry(groups.entryProblems(em, r));
            }
            Stage from = r.stage;
            if (move.correction()) {
                undo(em, r, from, move.to());
            } else {
                enter(r, move.to(), date);
            }
            StageChangeEntity s = new StageChangeEntity();
            s.roundId = roundId;
            s.from = from;
            s.to = move.to();
            s.date = date;
            s.correction = move.correction();
            s.reason = req.reason();
            s.actor = caller.username();
            s.actorName = caller.displayName();
            s.at = ctx.now();
            em.persist(s);
            em.flush();
            ctx.audit.record(em, caller, AuditEntry.of(AuditAction.TRANSITION, Context.MODULE, "round", roundId,
                    (move.correction() ? "退回阶段 " : "阶段变更 ") + from.nameZh() + " → " + move.to().nameZh()));
            return new Changed(ctx.view(em, r), from);
        });
        ctx.post(RoundEvents.STAGE_CHANGED, caller, roundId, Map.of(RoundEvents.ROUND_ID, roundId,
                RoundEvents.FROM, changed.from().name(), RoundEvents.TO, changed.round().stage().name()));
        return changed.round();
    }

    /** Entering a stage records the days the round's facts come from. */
    private static void enter(RoundEntity r, Stage to, java.time.LocalDate date) {
        switch (to) {
            case ENTRY -> r.actualStart = date;
            case REPORT -> r.actualEnd = date;
            case FEEDBACK -> r.feedbackDate = date;
            default -> {
            }
        }
        r.stage = to;
        r.stageSince = date;
    }

    /** A step back forgets the day the undone stage recorded, and the round is again in the previous stage since it entered it. */
    private static void undo(EntityManager em, RoundEntity r, Stage from, Stage to) {
        switch (from) {
            case ENTRY -> r.actualStart = null;
            case REPORT -> r.actualEnd = null;
            case FEEDBACK -> r.feedbackDate = null;
            default -> {
            }
        }
        r.stage = to;
        r.stageSince = em.createQuery("select s.date from StageChangeEntity s where s.roundId = :r and s.to = :to "
                + "and s.correction = false order by s.id desc", java.time.LocalDate.class)
                .setParameter("r", r.id).setParameter("to", to).setMaxResults(1).getResultStream().findFirst()
                .orElse(r.createdAt.toLocalDate());
    }

    // ------------------------------------------------------------------ deadlines

    List<Deadline> overdue(Caller caller) {
        caller.require(RoundPlanningService.ROUND_READ);
        record Data(List<Round> rounds, Map<Long, List<TargetEntity>> targets) {
        }
        Data d = ctx.store.read(em -> {
            Where w = Context.scoped(caller, "r.divisionCode", "r.id").and("r.stage <> :archive", "archive", Stage.ARCHIVE);
            List<RoundEntity> rows = w.bind(em.createQuery("select r from RoundEntity r" + w.sql + " order by r.id", RoundEntity.class))
                    .getResultList();
            Map<Long, List<TargetEntity>> targets = new java.util.HashMap<>();
            if (!rows.isEmpty()) {
                em.createQuery("select t from TargetEntity t where t.roundId in :ids order by t.id", TargetEntity.class)
                        .setParameter("ids", Context.ids(rows, r -> r.id)).getResultList().stream()
                        .filter(t -> caller.scope().coversUnit(t.unitId))
                        .forEach(t -> targets.computeIfAbsent(t.roundId, k -> new ArrayList<>()).add(t));
            }
            return new Data(ctx.views(em, rows), targets);
        });
        List<TargetEntity> all = d.targets().values().stream().flatMap(List::stream).toList();
        Map<Long, Target> views = new java.util.HashMap<>();
        ctx.targetViews(all).forEach(t -> views.put(t.id(), t));
        List<Deadline> result = new ArrayList<>();
        for (Round r : d.rounds()) {
            List<Target> targets = d.targets().getOrDefault(r.id(), List.of()).stream().map(t -> views.get(t.id)).toList();
            ctx.rules().deadlines(r, targets, ctx.today()).stream().filter(Deadline::overdue).forEach(result::add);
        }
        result.sort(Comparator.comparingLong(Deadline::daysOverdue).reversed().thenComparingLong(Deadline::roundId));
        return result;
    }
}
