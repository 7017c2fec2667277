package org.xuncha.roundplanning.internal.round;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Amendment;
import org.xuncha.roundplanning.api.Approval;
import org.xuncha.roundplanning.api.ApprovalBody;
import org.xuncha.roundplanning.api.PlanStatus;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundEvents;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.internal.Inputs;
import org.xuncha.roundplanning.internal.Store;

/**
 * The approval of round plans and their amendments, and the lock every plan edit goes through: a
 * plan with an approval changes only under an open amendment, which lists each edit (see {@link PlanRules}).
 */
@Component(service = PlanService.class)
public class PlanService {

    /** Column length of an amendment's listed change. */
    static final int CHANGE = 1000;

    private final ModuleStore db;

    @Activate
    public PlanService(@Reference Store store) {
        this.db = store.db();
    }

    public Round decide(Caller caller, long roundId, Approval.Request req) {
        Inputs.body(req);
        new Checks().required("body", req.body(), "审批机构", "approving body").required("approved", req.approved(), "审批结论", "decision")
                .maxLength("opinion", req.opinion(), 2000, "审批意见", "opinion")
                .check(Boolean.FALSE.equals(req.approved()) && (req.opinion() == null || req.opinion().isBlank()), "opinion",
                        "required", "退回方案须填写意见", "an opinion is required to return the plan")
                .throwIfInvalid();
        caller.require(req.body() == ApprovalBody.LEADING_GROUP ? RoundPlanningPermissions.APPROVE_LEADING_GROUP
                : RoundPlanningPermissions.APPROVE_COMMITTEE);
        if (req.date() != null) {
            // recording the past: the office brings in decisions taken before the system
            caller.require(RoundPlanningPermissions.HISTORY_IMPORT);
        }
        Round result = db.write(em -> {
            RoundEntity r = RoundEntity.load(em, roundId);
            caller.requireDivision(r.divisionCode);
            if (openAmendment(em, roundId) != null) {
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
            a.at = req.date() == null ? db.now() : pastDay(em, roundId, req.date());
            em.persist(a);
            em.flush();
            db.audit(em, caller, AuditAction.TRANSITION, "round", roundId,
                    req.body().nameZh() + (req.approved() ? "审议通过" : "退回") + "方案（" + before + " → " + r.planStatus + "）");
            return RoundViews.of(em, r);
        });
        db.post(RoundEvents.PLAN_DECIDED, caller, roundId, RoundEvents.ROUND_ID, roundId, RoundEvents.TO, result.planStatus().name());
        return result;
    }

    /** The start of the past day a decision is recorded on: 400 on {@code date} in the future or before the round's last decision. */
    private LocalDateTime pastDay(EntityManager em, long roundId, LocalDate date) {
        LocalDateTime last = em.createQuery("select max(a.at) from ApprovalEntity a where a.roundId = :r", LocalDateTime.class)
                .setParameter("r", roundId).getSingleResult();
        new Checks().check(date.isAfter(db.today()), "date", "out_of_range", "审批日期不能晚于今天", "the decision cannot be dated in the future")
                .check(last != null && date.isBefore(last.toLocalDate()), "date", "out_of_range",
                        "审批日期不能早于上一次审批（" + (last == null ? "" : last.toLocalDate()) + "）",
                        "the decision cannot be dated before the previous one (" + (last == null ? "" : last.toLocalDate()) + ")")
                .throwIfInvalid();
        return date.atStartOfDay();
    }

    public Amendment openAmendment(Caller caller, long roundId, Amendment.Request req) {
        caller.require(RoundPlanningPermissions.PLAN_AMEND);
        Inputs.body(req);
        new Checks().required("reason", req.reason(), "调整事由", "reason").maxLength("reason", req.reason(), 2000, "调整事由", "reason")
                .throwIfInvalid();
        return db.write(em -> {
            RoundEntity r = RoundEntity.load(em, roundId);
            caller.requireDivision(r.divisionCode);
            if (r.stage == Stage.ARCHIVE) {
                throw ApiException.conflict("archived", "本轮已归档，方案不能再调整", "The round is archived; its plan can no longer change");
            }
            if (r.planStatus == PlanStatus.DRAFT) {
                throw ApiException.conflict("plan_draft", "方案尚在草拟中，可直接修改，无需登记调整",
                        "The plan is still a draft: edit it directly, no amendment needed");
            }
            if (openAmendment(em, roundId) != null) {
                throw ApiException.conflict("amendment_open", "本轮已有未完成的方案调整", "An amendment of this plan is already open");
            }
            AmendmentEntity a = new AmendmentEntity();
            a.roundId = roundId;
            a.reason = req.reason().trim();
            a.openedBy = caller.username();
            a.openedByName = caller.displayName();
            a.openedAt = db.now();
            em.persist(a);
            em.flush();
            db.audit(em, caller, AuditAction.CREATE, "amendment", a.id, "登记方案调整（轮次 " + roundId + "）");
            return a.toValue();
        });
    }

    public Amendment closeAmendment(Caller caller, long roundId, long amendmentId) {
        caller.require(RoundPlanningPermissions.PLAN_AMEND);
        return db.write(em -> {
            RoundEntity r = RoundEntity.load(em, roundId);
            caller.requireDivision(r.divisionCode);
            AmendmentEntity a = em.find(AmendmentEntity.class, amendmentId);
            if (a == null || a.roundId != roundId) {
                throw ApiException.notFound("方案调整", "amendment", amendmentId);
            }
            if (a.closedAt != null) {
                throw ApiException.conflict("amendment_closed", "该方案调整已完成", "This amendment is already closed");
            }
            a.closedBy = caller.username();
            a.closedAt = db.now();
            db.audit(em, caller, AuditAction.UPDATE, "amendment", a.id, "完成方案调整（轮次 " + roundId + "，" + a.changes.size() + " 项修改）");
            return a.toValue();
        });
    }

    // ------------------------------------------------------------------ the lock

    public static AmendmentEntity openAmendment(EntityManager em, long roundId) {
        return em.createQuery("select a from AmendmentEntity a where a.roundId = :r and a.closedAt is null", AmendmentEntity.class)
                .setParameter("r", roundId).getResultStream().findFirst().orElse(null);
    }

    /**
     * Checks that the plan may be edited now.
     *
     * @return the open amendment the edit goes under, or null for a draft plan
     */
    public static AmendmentEntity requireEditable(EntityManager em, RoundEntity r) {
        AmendmentEntity open = openAmendment(em, r.id);
        PlanRules.requireEditable(r.stage, r.planStatus, open != null);
        return open;
    }

    /**
     * Audits a plan edit and, under an amendment, lists it there.
     *
     * @param summary for the audit trail: ids, no names
     * @param detail  for the amendment, as the office reads it (names of units and groups); the summary when null
     */
    public void planChanged(EntityManager em, Caller caller, RoundEntity r, AmendmentEntity amendment, AuditAction action,
                            String entityType, Object entityId, String summary, String detail) {
        if (amendment != null) {
            amendment.changes.add(Inputs.fit(detail != null ? detail : summary, CHANGE));
        }
        db.audit(em, caller, action, entityType, entityId,
                summary + "（轮次 " + r.id + (amendment == null ? "" : "，方案调整 " + amendment.id) + "）");
    }
}
