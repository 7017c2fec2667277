package org.xuncha.leadtransfer.internal.problem;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.HISTORY_IMPORT;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_DECIDE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_REVIEW;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_SUBMIT;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_WRITE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.LeadEvents;
import org.xuncha.leadtransfer.api.Source;
import org.xuncha.leadtransfer.internal.Dates;
import org.xuncha.leadtransfer.internal.GroupFinding;
import org.xuncha.leadtransfer.internal.Placement;
import org.xuncha.leadtransfer.internal.Rounds;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.leadtransfer.internal.Texts;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/**
 * The approval sheet of a problem (问题底稿审批, rules in {@link ApprovalFlow}): the group leader's
 * sign-off, the office's review, the leading group's decision, each signature kept with its opinion
 * (encrypted); and approved problems entered after the fact, signed at all three steps at once.
 */
@Component(service = ApprovalService.class)
public class ApprovalService {

    static final int OPINION_MAX = 1000;

    /** One signature: {@code actor} the login name, {@code actorName} the name shown (the login name for older ones). */
    public record ApprovalView(ApprovalStep step, Decision decision, String opinion, String actor, String actorName,
                               LocalDateTime actedAt) {
    }

    /** A decision; {@code date}, for a step taken in the past, needs the history permission. */
    public record DecisionInput(Decision decision, String opinion, LocalDate date) {

        public DecisionInput(Decision decision, String opinion) {
            this(decision, opinion, null);
        }
    }

    private final ModuleStore store;
    private final ProblemService problems;
    private final Taxonomy taxonomy;
    private final Rounds rounds;

    @Activate
    public ApprovalService(@Reference Store store, @Reference ProblemService problems, @Reference Taxonomy taxonomy,
                           @Reference Rounds rounds) {
        this.store = store.db();
        this.problems = problems;
        this.taxonomy = taxonomy;
        this.rounds = rounds;
    }

    /** The group leader signs the draft off to the office. */
    public ProblemService.ProblemView submit(Caller caller, long id, String opinion) {
        return submit(caller, id, opinion, null);
    }

    /** The sign-off, on a past {@code date} if one is given (history permission). */
    public ProblemService.ProblemView submit(Caller caller, long id, String opinion, LocalDate date) {
        caller.require(PROBLEM_SUBMIT);
        return transition(caller, id, ApprovalStep.GROUP, null, opinion, date);
    }

    /** The office's review ({@link ApprovalStep#OFFICE}) or the leading group's decision ({@link ApprovalStep#LEADING_GROUP}). */
    public ProblemService.ProblemView decide(Caller caller, long id, ApprovalStep step, DecisionInput in) {
        caller.require(step == ApprovalStep.OFFICE ? PROBLEM_REVIEW : PROBLEM_DECIDE);
        new Checks().required("decision", in.decision(), "审核意见", "decision").throwIfInvalid();
        return transition(caller, id, step, in.decision(), in.opinion(), in.date());
    }

    /**
     * A step signed now, or on a past {@code date}: recording the past needs the history permission,
     * and the day can be neither in the future nor before the problem was found or signed last.
     */
    private ProblemService.ProblemView transition(Caller caller, long id, ApprovalStep step, Decision decision, String opinion,
                                                  LocalDate date) {
        if (date != null) {
            caller.require(HISTORY_IMPORT);
        }
        new Checks().maxLength("opinion", opinion, OPINION_MAX, "意见", "opinion")
                .check(decision == Decision.RETURN && (opinion == null || opinion.isBlank()), "opinion", "required",
                        "退回时须写明意见", "an opinion is required when returning")
                .throwIfInvalid();
        ProblemService.ProblemView result = store.write(em -> {
            ProblemEntity p = ProblemEntity.visible(em, caller, id);
            ApprovalFlow.Transition t = step == ApprovalStep.GROUP ? ApprovalFlow.submit(p.status) : ApprovalFlow.decide(p.status, step, decision);
            if (t.step() == ApprovalStep.GROUP && p.category == null) {
                throw ApiException.validation(List.of(new FieldError("category", "required", "报送前须确定问题类别",
                        "classify the problem before submitting it")));
            }
            LocalDateTime at = date == null ? store.now() : pastDay(em, p, date);
            sign(em, id, t.step(), decision == null ? Decision.APPROVE : decision, Texts.blank(opinion), caller, at);
            ProblemStatus from = p.status;
            p.status = t.to();
            p.approvedOn = t.to() == ProblemStatus.APPROVED ? at.toLocalDate() : null;
            p.updatedAt = store.now();
            em.flush();
            store.audit(em, caller, AuditAction.TRANSITION, ProblemService.TYPE, id, t.step().nameZh() + "：" + from.name() + " → " + p.status.name());
            return ProblemService.view(p, null, List.of(), List.of());
        });
        if (result.status() == ProblemStatus.APPROVED) {
            store.post(LeadEvents.PROBLEM_APPROVED, caller, id, LeadEvents.ROUND_ID, result.roundId(),
                    LeadEvents.GROUP_ID, result.groupId(), LeadEvents.UNIT_ID, result.unitId(),
                    LeadEvents.CATEGORY, result.category(), LeadEvents.TOP_LEADER, result.topLeader());
        }
        return result;
    }

    /**
     * Approved problems entered after the fact, in one transaction: the bulk form of creating a
     * draft, submitting it and both decisions. Each is checked like a new draft and must be
     * classified; its approval sheet is signed at the three steps; one audit record each; the
     * approval events are posted after the commit. A refused problem refuses the whole batch.
     */
    public List<Long> createApproved(Caller caller, List<ProblemService.ProblemInput> inputs) {
        caller.require(PROBLEM_SUBMIT);
        caller.require(PROBLEM_REVIEW);
        caller.require(PROBLEM_DECIDE);
        LocalDate today = store.today();
        Map<String, Placement> placements = new HashMap<>();
        List<Placement> at = new ArrayList<>();
        for (ProblemService.ProblemInput in : inputs) {
            caller.require(GroupFinding.permissionToRaise(in.source() == null ? Source.GROUP_WORK : in.source(), PROBLEM_WRITE));
            problems.check(in, true);
            new Checks().required("category", Texts.blank(in.category()), "问题类别", "category").throwIfInvalid();
            LocalDate foundOn = in.foundOn() == null ? today : in.foundOn();
            at.add(placements.computeIfAbsent(in.roundId() + "/" + in.groupId() + "/" + in.unitId() + "/" + foundOn,
                    k -> rounds.place(caller, in.roundId(), in.groupId(), in.unitId(), foundOn)));
        }
        List<ProblemEntity> saved = store.write(em -> {
            Set<String> checked = new HashSet<>();
            List<ProblemEntity> list = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                ProblemService.ProblemInput in = inputs.get(i);
                if (checked.add(Texts.blank(in.category()))) {
                    taxonomy.requireUsable(em, "category", Texts.blank(in.category()));
                }
                ProblemEntity p = problems.draft(em, caller, in, at.get(i), in.source() == null ? Source.GROUP_WORK : in.source(),
                        in.foundOn() == null ? today : in.foundOn());
                p.status = ProblemStatus.APPROVED;
                p.approvedOn = today;
                list.add(p);
            }
            em.flush();
            LocalDateTime now = store.now();
            for (ProblemEntity p : list) {
                for (ApprovalStep step : ApprovalStep.values()) {
                    sign(em, p.id, step, Decision.APPROVE, null, caller, now);
                }
                store.audit(em, caller, AuditAction.CREATE, ProblemService.TYPE, p.id, "录入已审定问题（轮次 " + p.roundId + "，单位 "
                        + p.unitId + "，来源 " + p.source.name() + "）");
            }
            return list;
        });
        for (ProblemEntity p : saved) {
            store.post(LeadEvents.PROBLEM_APPROVED, caller, p.id, LeadEvents.ROUND_ID, p.roundId, LeadEvents.GROUP_ID, p.groupId,
                    LeadEvents.UNIT_ID, p.unitId, LeadEvents.CATEGORY, p.category, LeadEvents.TOP_LEADER, p.topLeader);
        }
        return saved.stream().map(p -> p.id).toList();
    }

    /** The start of a past day a step is recorded on: 400 on {@code date} if it is in the future, before the find or the last signature. */
    private LocalDateTime pastDay(EntityManager em, ProblemEntity p, LocalDate date) {
        LocalDate last = em.createQuery("select max(a.actedAt) from ApprovalEntity a where a.problemId = :p", LocalDateTime.class)
                .setParameter("p", p.id).getResultList().stream().filter(d -> d != null).map(LocalDateTime::toLocalDate).findFirst()
                .orElse(p.foundOn);
        LocalDate notBefore = last.isAfter(p.foundOn) ? last : p.foundOn;
        Dates.past(new Checks(), "date", date, store.today(), "审批日期", "the date of the step")
                .check(date.isBefore(notBefore), "date", "out_of_range", "审批日期不能早于" + notBefore, "the step cannot be dated before " + notBefore)
                .throwIfInvalid();
        return date.atStartOfDay();
    }

    /**
     * Approved problems of the past, written in the caller's transaction (the history import): each
     * a problem at its placement, found and approved on the days given, its approval sheet signed at
     * the three steps on the day of approval with {@code note} as the opinion. No audit record and no
     * event here: the import audits itself as one, and the past announces nothing.
     */
    public List<Long> writePast(EntityManager em, Caller caller, List<PastProblem> past, String note) {
        List<ProblemEntity> saved = new ArrayList<>();
        for (PastProblem pp : past) {
            ProblemEntity p = problems.draft(em, caller, pp.input(), pp.at(), pp.input().source(), pp.input().foundOn());
            p.status = ProblemStatus.APPROVED;
            p.approvedOn = pp.approvedOn();
            saved.add(p);
        }
        em.flush();
        for (int i = 0; i < saved.size(); i++) {
            for (ApprovalStep step : ApprovalStep.values()) {
                sign(em, saved.get(i).id, step, Decision.APPROVE, note, caller, past.get(i).approvedOn().atStartOfDay());
            }
        }
        return saved.stream().map(p -> p.id).toList();
    }

    /** A problem of the past: what it says and where it belongs, and the day the leading group approved it. */
    public record PastProblem(ProblemService.ProblemInput input, Placement at, LocalDate approvedOn) {
    }

    private void sign(EntityManager em, long problemId, ApprovalStep step, Decision decision, String opinion, Caller caller,
                      LocalDateTime at) {
        ApprovalEntity a = new ApprovalEntity();
        a.problemId = problemId;
        a.step = step;
        a.decision = decision;
        a.actor = caller.username();
        a.actorName = caller.displayName();
        a.actedAt = at;
        em.persist(a);
        a.opinion = store.encrypt(opinion, a.place("opinion"));
    }

    /** A problem's approval sheet, oldest signature first. */
    static List<ApprovalView> sheet(EntityManager em, ModuleStore store, long problemId) {
        return em.createQuery("select a from ApprovalEntity a where a.problemId = :p order by a.id", ApprovalEntity.class)
                .setParameter("p", problemId).getResultList().stream()
                .map(a -> new ApprovalView(a.step, a.decision, store.decrypt(a.opinion, a.place("opinion")), a.actor,
                        a.actorName != null ? a.actorName : a.actor, a.actedAt)).toList();
    }
}
