package org.xuncha.interviews.internal.plan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.InterviewPlan;
import org.xuncha.interviews.api.InterviewPlanService;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.interviews.api.InterviewRecordsPermissions;
import org.xuncha.interviews.api.MandatoryTopicCheck;
import org.xuncha.interviews.api.PlanDraft;
import org.xuncha.interviews.api.PlanEdit;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.PlannedInterview;
import org.xuncha.interviews.api.PlannedInterviewDraft;
import org.xuncha.interviews.api.PlannedStatus;
import org.xuncha.interviews.internal.InterviewRules;
import org.xuncha.interviews.internal.Limits;
import org.xuncha.interviews.internal.Rounds;
import org.xuncha.interviews.internal.ScopedEntity;
import org.xuncha.interviews.internal.Store;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/** Interview plans of a group for a target unit, their interviews, and the mandatory-topic check shown with them. */
@Component(service = InterviewPlanService.class, immediate = true)
public class InterviewPlanServiceImpl implements InterviewPlanService {

    /** Sortable fields of the plan list and their JPQL paths. */
    public static final Map<String, String> SORT = Map.of("id", "p.id", "createdAt", "p.createdAt", "updatedAt", "p.updatedAt",
            "title", "p.title");
    private static final String PLAN = "plan";
    private static final String PLANNED = "planned-interview";

    private final ModuleStore db;
    private final Rounds rounds;
    private final PlannedInterviews planned;
    private final MandatoryTopicService mandatory;

    @Activate
    public InterviewPlanServiceImpl(@Reference Store store, @Reference Rounds rounds, @Reference PlannedInterviews planned,
                                    @Reference MandatoryTopicService mandatory) {
        this.db = store.db();
        this.rounds = rounds;
        this.planned = planned;
        this.mandatory = mandatory;
    }

    @Override
    public Page<InterviewPlan> plans(Caller caller, PlanQuery query, PageRequest page) {
        caller.require(InterviewRecordsPermissions.PLAN_READ);
        Where w = ScopedEntity.where(caller, "p", query);
        Page<PlanEntity> rows = db.read(em -> w.page(em, PlanEntity.class, "p", Where.orderBy(page, SORT, "p.id"), page));
        Map<String, MandatoryTopicCheck> checks = new HashMap<>();
        return rows.map(p -> toValue(p, checks.computeIfAbsent(p.roundId + "/" + p.unitId, k -> mandatory.check(caller, p.roundId, p.unitId))));
    }

    @Override
    public InterviewPlan plan(Caller caller, long id) {
        caller.require(InterviewRecordsPermissions.PLAN_READ);
        PlanEntity p = db.read(em -> find(em, caller, id));
        return toValue(p, mandatory.check(caller, p.roundId, p.unitId));
    }

    @Override
    public InterviewPlan createPlan(Caller caller, PlanDraft draft) {
        caller.require(InterviewRecordsPermissions.PLAN_WRITE);
        PlanDraft d = InterviewRules.body(draft);
        Checks checks = new Checks();
        Rounds.Target target = rounds.target(caller, d.roundId(), d.groupId(), d.unitId(), checks);
        header(d.title(), d.note(), checks);
        List<PlannedInterviewDraft> drafts = d.interviews() == null ? List.of() : d.interviews();
        InterviewRules.count("interviews", drafts, Limits.ITEMS, "计划谈话", "interviews", checks);
        List<PlannedInterviewRules.Resolved> resolved = new ArrayList<>();
        if (target != null && drafts.size() <= Limits.ITEMS) {
            for (int i = 0; i < drafts.size(); i++) {
                resolved.add(planned.resolve(caller, "interviews[" + i + "].", drafts.get(i), target.members(), target.unitId(), checks));
            }
        }
        checks.throwIfInvalid();
        LocalDateTime now = db.now();
        PlanEntity saved = db.write(em -> {
            PlanEntity p = new PlanEntity();
            target.applyTo(p);
            p.title = d.title().trim();
            p.note = InterviewRules.trim(d.note());
            p.createdBy = caller.username();
            p.createdAt = now;
            p.updatedAt = now;
            em.persist(p);
            em.flush();
            for (int i = 0; i < resolved.size(); i++) {
                planned.newPlanned(em, p, resolved.get(i), drafts.get(i).templateId());
            }
            em.flush();
            db.audit(em, caller, AuditAction.CREATE, PLAN, p.id, "新增谈话计划（轮次 " + p.roundId + "，巡察组 " + p.groupId + "，单位 "
                    + p.unitId + "，" + resolved.size() + " 人次）");
            return p;
        });
        db.post(InterviewRecordsEvents.PLAN_SAVED, caller, saved.id, saved.eventProperties());
        return plan(caller, saved.id);
    }

    @Override
    public InterviewPlan updatePlan(Caller caller, long id, PlanEdit edit) {
        caller.require(InterviewRecordsPermissions.PLAN_WRITE);
        PlanEdit e = InterviewRules.body(edit);
        Checks checks = new Checks();
        header(e.title(), e.note(), checks);
        checks.throwIfInvalid();
        PlanEntity saved = db.write(em -> {
            PlanEntity p = find(em, caller, id);
            InterviewRules.checkVersion(e.version(), p.version);
            p.title = e.title().trim();
            p.note = InterviewRules.trim(e.note());
            p.updatedAt = db.now();
            em.flush();
            db.audit(em, caller, AuditAction.UPDATE, PLAN, p.id, "修改谈话计划");
            return p;
        });
        db.post(InterviewRecordsEvents.PLAN_SAVED, caller, saved.id, saved.eventProperties());
        return plan(caller, id);
    }

    private static void header(String title, String note, Checks checks) {
        checks.required("title", title, "计划标题", "title").maxLength("title", title, Limits.TITLE, "计划标题", "title")
                .maxLength("note", note, Limits.PLAN_NOTE, "备注", "note");
    }

    @Override
    public PlannedInterview addInterview(Caller caller, long planId, PlannedInterviewDraft draft) {
        caller.require(InterviewRecordsPermissions.PLAN_WRITE);
        PlanEntity plan = db.read(em -> find(em, caller, planId));
        PlannedInterviewRules.Resolved r = resolve(caller, plan, draft);
        PlannedEntity saved = db.write(em -> {
            PlanEntity p = em.find(PlanEntity.class, planId);
            PlannedEntity e = planned.newPlanned(em, p, r, draft.templateId());
            p.updatedAt = db.now();
            em.flush();
            db.audit(em, caller, AuditAction.CREATE, PLANNED, e.id, "新增计划谈话（计划 " + planId + "）");
            return e;
        });
        db.post(InterviewRecordsEvents.PLAN_SAVED, caller, planId, plan.eventProperties());
        return planned.toValue(saved);
    }

    @Override
    public PlannedInterview updateInterview(Caller caller, long planId, long interviewId, PlannedInterviewDraft draft) {
        caller.require(InterviewRecordsPermissions.PLAN_WRITE);
        PlanEntity plan = db.read(em -> {
            PlanEntity p = find(em, caller, planId);
            findPlanned(em, planId, interviewId);
            return p;
        });
        PlannedInterviewRules.Resolved r = resolve(caller, plan, draft);
        PlannedEntity saved = db.write(em -> {
            PlannedEntity e = findPlanned(em, planId, interviewId);
            InterviewRules.checkVersion(draft.version(), e.version);
            if (e.status == PlannedStatus.HELD) {
                throw ApiException.conflict("held", "该谈话已经进行，计划不能再修改", "The interview has been held; its plan cannot change");
            }
            planned.apply(e, r, draft.templateId());
            em.find(PlanEntity.class, planId).updatedAt = db.now();
            em.flush();
            db.audit(em, caller, AuditAction.UPDATE, PLANNED, e.id, r.status() == PlannedStatus.CANCELLED ? "取消计划谈话" : "修改计划谈话");
            return e;
        });
        db.post(InterviewRecordsEvents.PLAN_SAVED, caller, planId, plan.eventProperties());
        return planned.toValue(saved);
    }

    /** A planned interview of a stored plan, checked against the plan's group as round planning has it now. */
    private PlannedInterviewRules.Resolved resolve(Caller caller, PlanEntity plan, PlannedInterviewDraft draft) {
        Checks checks = new Checks();
        PlannedInterviewRules.Resolved r = planned.resolve(caller, "", InterviewRules.body(draft),
                rounds.members(plan.groupId), plan.unitId, checks);
        checks.throwIfInvalid();
        return r;
    }

    @Override
    public void removeInterview(Caller caller, long planId, long interviewId) {
        caller.require(InterviewRecordsPermissions.PLAN_WRITE);
        PlanEntity plan = db.write(em -> {
            PlanEntity p = find(em, caller, planId);
            PlannedEntity e = findPlanned(em, planId, interviewId);
            if (e.recordId != null) {
                throw ApiException.conflict("held", "该谈话已有谈话记录，不能删除，可改为取消", "The interview has a record; cancel it instead");
            }
            em.remove(e);
            p.updatedAt = db.now();
            db.audit(em, caller, AuditAction.DELETE, PLANNED, interviewId, "删除计划谈话（计划 " + planId + "）");
            return p;
        });
        db.post(InterviewRecordsEvents.PLAN_SAVED, caller, planId, plan.eventProperties());
    }

    @Override
    public MandatoryTopicCheck missingTopics(Caller caller, long roundId, long unitId) {
        caller.require(InterviewRecordsPermissions.PLAN_READ);
        rounds.inspecting(caller, roundId, unitId);
        return mandatory.check(caller, roundId, unitId);
    }

    private static PlanEntity find(EntityManager em, Caller caller, long id) {
        PlanEntity p = em.find(PlanEntity.class, id);
        if (p == null) {
            throw ApiException.notFound("谈话计划", "interview plan", id);
        }
        p.requireScope(caller);
        return p;
    }

    private static PlannedEntity findPlanned(EntityManager em, long planId, long id) {
        PlannedEntity e = em.find(PlannedEntity.class, id);
        if (e == null || e.planId != planId) {
            throw ApiException.notFound("计划谈话", "planned interview", id);
        }
        return e;
    }

    private InterviewPlan toValue(PlanEntity p, MandatoryTopicCheck check) {
        List<PlannedInterview> interviews = db.read(em -> planned.ofPlan(em, p.id));
        return new InterviewPlan(p.id, p.roundId, p.groupId, p.unitId, p.title, p.note, interviews, check, p.createdBy,
                p.createdAt, p.updatedAt, p.version);
    }
}
