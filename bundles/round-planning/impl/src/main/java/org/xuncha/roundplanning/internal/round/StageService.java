package org.xuncha.roundplanning.internal.round;

import java.time.LocalDate;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundEvents;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.StageChange;
import org.xuncha.roundplanning.internal.Inputs;
import org.xuncha.roundplanning.internal.Store;
import org.xuncha.roundplanning.internal.group.Staffing;

/**
 * Moves rounds through their stages ({@link StageMachine}): one forward with that stage's
 * permission, or one back to correct a mistake. Entering a stage records the day the round's facts
 * come from (entry, end of fieldwork, feedback); a step back forgets it.
 */
@Component(service = StageService.class)
public class StageService {

    private final ModuleStore db;
    private final Staffing staffing;

    @Activate
    public StageService(@Reference Store store, @Reference Staffing staffing) {
        this.db = store.db();
        this.staffing = staffing;
    }

    public Round change(Caller caller, long roundId, StageChange.Request req) {
        caller.require(RoundPlanningPermissions.ROUND_READ);
        Inputs.body(req);
        record Changed(Round round, Stage from) {
        }
        Changed changed = db.write(em -> {
            RoundEntity r = RoundEntity.load(em, roundId).requireVisibleTo(caller);
            StageMachine.Move move = StageMachine.check(r.stage, req.to(), req.reason());
            caller.require(move.permission());
            LocalDate date = req.date() != null ? req.date() : db.today();
            Checks checks = new Checks().check(date.isAfter(db.today()), "date", "out_of_range", "日期不能晚于今天", "the date cannot be in the future")
                    .maxLength("reason", req.reason(), 1000, "理由", "reason");
            Inputs.date(checks, "date", date, "日期", "date");
            // Preparation has no business start day (it is when the round was typed in): a round
            // recorded after the fact may enter on any past day.
            if (!move.correction() && r.stage != Stage.PREPARATION) {
                checks.check(r.stageSince != null && date.isBefore(r.stageSince), "date", "out_of_range",
                        "日期不能早于本阶段开始日期 " + r.stageSince, "the date cannot be before the current stage began (" + r.stageSince + ")");
            }
            checks.throwIfInvalid();
            if (!move.correction() && move.to() == Stage.ENTRY) {
                PlanRules.requireReadyForEntry(staffing.entryProblems(em, r));
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
            s.at = db.now();
            em.persist(s);
            em.flush();
            // an undone move names its reason in the trail too (it is also kept in the round's stage history)
            db.audit(em, caller, AuditAction.TRANSITION, "round", roundId,
                    (move.correction() ? "退回阶段 " : "阶段变更 ") + from.nameZh() + " → " + move.to().nameZh()
                            + (move.correction() ? "，理由：" + req.reason().trim() : ""));
            return new Changed(RoundViews.of(em, r), from);
        });
        db.post(RoundEvents.STAGE_CHANGED, caller, roundId, RoundEvents.ROUND_ID, roundId,
                RoundEvents.FROM, changed.from().name(), RoundEvents.TO, changed.round().stage().name());
        return changed.round();
    }

    /** Entering a stage records the days the round's facts come from. */
    private static void enter(RoundEntity r, Stage to, LocalDate date) {
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
                + "and s.correction = false order by s.id desc", LocalDate.class)
                .setParameter("r", r.id).setParameter("to", to).setMaxResults(1).getResultStream().findFirst()
                .orElse(r.createdAt.toLocalDate());
    }
}
