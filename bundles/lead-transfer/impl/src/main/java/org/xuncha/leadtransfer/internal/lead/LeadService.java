package org.xuncha.leadtransfer.internal.lead;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.LeadEvents;
import org.xuncha.leadtransfer.api.Source;
import org.xuncha.leadtransfer.internal.ModuleStore;
import org.xuncha.leadtransfer.internal.Permissions;
import org.xuncha.leadtransfer.internal.Placement;
import org.xuncha.leadtransfer.internal.Settings;
import org.xuncha.leadtransfer.internal.Texts;
import org.xuncha.leadtransfer.internal.Where;
import org.xuncha.leadtransfer.internal.problem.ProblemEntity;
import org.xuncha.leadtransfer.internal.problem.ProblemService;
import org.xuncha.leadtransfer.internal.problem.Taxonomy;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.RoundDirectory;

/**
 * Leads (问题线索): registered from a problem, an interview or a letter, transferred by the office
 * to a receiver, acknowledged and handled by the receiver, who reports disposal and outcomes back
 * within the feedback deadline. Who sees a lead is decided by {@link LeadVisibility}; every read of
 * leads is audited, and the person concerned is stored encrypted and never written to logs or to the
 * audit trail.
 */
@Component(service = LeadService.class)
public class LeadService {

    static final String TYPE = "lead";
    public static final Map<String, String> SORT = Map.of("id", "l.id", "status", "l.status", "transferredOn", "l.transferredOn",
            "feedbackDue", "l.feedbackDue", "roundId", "l.roundId", "unitId", "l.unitId", "category", "l.category");

    /** A lead; in lists the summary, disposals and outcomes are left out. */
    public record LeadView(long id, long termId, long roundId, long groupId, long unitId, Long problemId, String personName,
                           String personPost, String personRank, Long personId, String category, String summary, boolean topLeader,
                           Source source, String sourceRef, LeadStatus status, ReceiverKind receiverKind, String receiverName,
                           String documentNumber, LocalDate transferredOn, LocalDate feedbackDue, boolean overdue, long daysOverdue,
                           LocalDate acknowledgedOn, LocalDate firstFeedbackOn, LocalDate concludedOn, String createdBy,
                           LocalDateTime createdAt, long version, List<DisposalView> disposals, List<OutcomeView> outcomes) {
    }

    public record DisposalView(long id, DisposalMethod method, LocalDate reportedOn, String note, String reportedBy) {
    }

    public record OutcomeView(long id, OutcomeKind kind, SanctionGrade grade, int people, LocalDate decidedOn, String note,
                              String reportedBy) {
    }

    /** What a group or the office registers; round, group and unit come from the problem when raised from one. */
    public record LeadInput(Long roundId, Long groupId, Long unitId, String personName, String personPost, String personRank,
                            Long personId, String category, String summary, Boolean topLeader, Source source, String sourceRef,
                            Long version) {
    }

    public record LeadQuery(Long termId, Long roundId, Long groupId, Long unitId, LeadStatus status, ReceiverKind receiverKind,
                            Boolean topLeader, String category, Boolean overdue) {

        public static LeadQuery all() {
            return new LeadQuery(null, null, null, null, null, null, null, null, null);
        }
    }

    private final ModuleStore store;
    private final Taxonomy taxonomy;
    private final RoundDirectory rounds;
    private final ProblemService problems;
    private final Settings settings;

    @Activate
    public LeadService(@Reference ModuleStore store, @Reference Taxonomy taxonomy, @Reference RoundDirectory rounds,
                       @Reference ProblemService problems, @Reference Settings settings) {
        this.store = store;
        this.taxonomy = taxonomy;
        this.rounds = rounds;
        this.problems = problems;
        this.settings = settings;
    }

    // ---------------------------------------------------------------- reading

    public Page<LeadView> list(Caller caller, LeadQuery q, PageRequest page) {
        caller.require(Permissions.LEAD_READ);
        LocalDate today = store.today();
        Where w = filtered(caller, q, today);
        Page<LeadView> result = store.read(em -> w.page(em, LeadEntity.class, "l", Where.orderBy(page, SORT, "l.id"), page))
                .map(l -> view(l, today, false, List.of(), List.of()));
        auditListRead(caller, result.items(), "查看线索列表");
        return result;
    }

    /** Every visible lead matching the query, oldest transfer first, for the ledger; not audited here. */
    List<LeadEntity> all(Caller caller, LeadQuery q, LocalDate today) {
        Where w = filtered(caller, q, today);
        return store.read(em -> w.bind(em.createQuery("select l from LeadEntity l" + w.sql()
                + " order by l.transferredOn, l.id", LeadEntity.class)).getResultList());
    }

    private Where filtered(Caller caller, LeadQuery q, LocalDate today) {
        Where w = LeadVisibility.of(caller).where("l")
                .eq("l.termId", "term", q.termId()).eq("l.roundId", "round", q.roundId()).eq("l.groupId", "group", q.groupId())
                .eq("l.unitId", "unit", q.unitId()).eq("l.status", "status", q.status())
                .eq("l.receiverKind", "receiverKind", q.receiverKind()).eq("l.topLeader", "topLeader", q.topLeader())
                .eq("l.category", "category", q.category());
        if (Boolean.TRUE.equals(q.overdue())) {
            w.and("l.status in :awaiting and l.feedbackDue < :today", "awaiting", awaiting()).param("today", today);
        } else if (Boolean.FALSE.equals(q.overdue())) {
            w.and("(l.status not in :awaiting or l.feedbackDue >= :today)", "awaiting", awaiting()).param("today", today);
        }
        return w;
    }

    /** One lead in full; audited as a read. */
    public LeadView get(Caller caller, long id) {
        caller.require(Permissions.LEAD_READ);
        LocalDate today = store.today();
        LeadView v = store.read(em -> {
            LeadEntity l = visible(em, caller, id);
            return view(l, today, true, disposals(em, id).stream().map(d -> new DisposalView(d.id, d.method, d.reportedOn,
                    store.decrypt(d.note), d.reportedBy)).toList(), outcomes(em, id).stream().map(o -> new OutcomeView(o.id, o.kind,
                    o.grade, o.people, o.decidedOn, store.decrypt(o.note), o.reportedBy)).toList());
        });
        store.audit(caller, AuditAction.READ, TYPE, id, "查看问题线索");
        return v;
    }

    /** Leads past their feedback deadline without a disposal report, most overdue first; audited as a read. */
    public List<LeadView> overdue(Caller caller) {
        caller.require(Permissions.LEAD_READ);
        LocalDate today = store.today();
        Where w = filtered(caller, new LeadQuery(null, null, null, null, null, null, null, null, true), today);
        List<LeadView> list = store.read(em -> w.bind(em.createQuery("select l from LeadEntity l" + w.sql()
                + " order by l.feedbackDue, l.id", LeadEntity.class)).getResultList().stream()
                .map(l -> view(l, today, false, List.of(), List.of())).toList());
        auditListRead(caller, list, "查看逾期未反馈线索");
        return list;
    }

    private LeadEntity visible(EntityManager em, Caller caller, long id) {
        LeadEntity l = em.find(LeadEntity.class, id);
        if (l == null) {
            throw ApiException.notFound("问题线索", "lead", id);
        }
        if (!LeadVisibility.of(caller).canSee(l.facts())) {
            throw ApiException.outOfScope();
        }
        return l;
    }

    // ---------------------------------------------------------------- registering

    public LeadView create(Caller caller, LeadInput in) {
        Source source = requireRaise(caller, in);
        new Checks().required("roundId", in.roundId(), "巡察轮次", "round").required("groupId", in.groupId(), "巡察组", "group")
                .required("unitId", in.unitId(), "单位", "unit").throwIfInvalid();
        checkPerson(in);
        Placement at = Placement.resolve(rounds, caller, in.roundId(), in.groupId(), in.unitId(), store.today());
        return persist(caller, in, source, at, null, null, in.topLeader());
    }

    /** A lead raised from a problem: round, group and unit are the problem's; category and top-leader flag default to its. */
    public LeadView createFromProblem(Caller caller, long problemId, LeadInput in) {
        Source source = requireRaise(caller, in);
        caller.require(Permissions.PROBLEM_READ);
        checkPerson(in);
        ProblemEntity p = store.read(em -> problems.visible(em, caller, problemId));
        Placement at = new Placement(p.divisionCode, p.termId, p.roundId, p.groupId, p.unitId, null);
        return persist(caller, in, source, at, problemId, p.category, in.topLeader() == null ? p.topLeader : in.topLeader());
    }

    private Source requireRaise(Caller caller, LeadInput in) {
        Source source = in.source() == null ? Source.GROUP_WORK : in.source();
        caller.require(Permissions.toRaise(source, Permissions.LEAD_WRITE));
        return source;
    }

    private LeadView persist(Caller caller, LeadInput in, Source source, Placement at, Long problemId, String defaultCategory,
                             Boolean topLeader) {
        return store.write(em -> {
            String category = Texts.blank(in.category()) == null ? defaultCategory : Texts.blank(in.category());
            taxonomy.requireUsable(em, "category", category);
            LeadEntity l = new LeadEntity();
            l.place(at, caller.username(), store.now());
            l.problemId = problemId;
            l.source = source;
            l.sourceRef = Texts.blank(in.sourceRef());
            l.status = LeadStatus.REGISTERED;
            apply(l, in, category, Boolean.TRUE.equals(topLeader));
            em.persist(l);
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, TYPE, l.id, "登记问题线索（轮次 " + l.roundId + "，单位 " + l.unitId
                    + (problemId == null ? "" : "，问题 " + problemId) + "，来源 " + source.name() + "）");
            return view(l, store.today(), true, List.of(), List.of());
        });
    }

    public LeadView update(Caller caller, long id, LeadInput in) {
        caller.require(Permissions.LEAD_WRITE);
        checkPerson(in);
        return store.write(em -> {
            LeadEntity l = visible(em, caller, id);
            if (l.status != LeadStatus.REGISTERED) {
                throw ApiException.conflict("not_editable", "线索已移交，不能修改", "The lead was transferred and cannot be changed");
            }
            if (in.version() == null || in.version() != l.version) {
                throw ApiException.conflict("stale", "线索已被他人修改，请刷新后重试", "The lead was changed meanwhile: reload and retry");
            }
            String category = Texts.blank(in.category());
            taxonomy.requireUsable(em, "category", category);
            apply(l, in, category, Boolean.TRUE.equals(in.topLeader()));
            store.audit(em, caller, AuditAction.UPDATE, TYPE, id, "修改问题线索");
            return view(l, store.today(), true, List.of(), List.of());
        });
    }

    private void apply(LeadEntity l, LeadInput in, String category, boolean topLeader) {
        l.personName = store.encrypt(in.personName().trim());
        l.personPost = store.encrypt(Texts.blank(in.personPost()));
        l.personRank = store.encrypt(Texts.blank(in.personRank()));
        l.personId = in.personId();
        l.category = category;
        l.summary = store.encrypt(Texts.blank(in.summary()));
        l.topLeader = topLeader;
        l.updatedAt = store.now();
    }

    private static void checkPerson(LeadInput in) {
        new Checks()
                .required("personName", in.personName(), "反映对象姓名", "name of the person concerned")
                .maxLength("personName", in.personName(), 50, "反映对象姓名", "name of the person concerned")
                .maxLength("personPost", in.personPost(), 100, "职务", "post")
                .maxLength("personRank", in.personRank(), 50, "职级", "rank")
                .maxLength("summary", in.summary(), 2000, "线索摘要", "summary")
                .maxLength("sourceRef", in.sourceRef(), 200, "来源记录", "source reference")
                .throwIfInvalid();
    }

    // ---------------------------------------------------------------- transfer and feedback

    public LeadView transfer(Caller caller, long id, LeadLifecycle.TransferInput in) {
        caller.require(Permissions.LEAD_TRANSFER);
        LocalDate today = store.today();
        FeedbackClock clock = new FeedbackClock(settings.feedbackMonths());
        LeadView v = change(caller, id, false, (em, l) -> {
            LeadLifecycle.transfer(state(em, l), in, today);
            l.receiverKind = in.receiverKind();
            l.receiverName = Texts.blank(in.receiverName()) == null ? in.receiverKind().nameZh() : in.receiverName().trim();
            l.documentNumber = in.documentNumber().trim();
            l.transferredOn = in.transferredOn();
            l.transferredBy = caller.username();
            l.feedbackDue = clock.due(in.transferredOn());
            l.status = LeadStatus.TRANSFERRED;
            return "移交问题线索至" + l.receiverKind.nameZh() + "（文号 " + l.documentNumber + "）";
        });
        store.post(LeadEvents.TRANSFERRED, caller, id, LeadEvents.ROUND_ID, v.roundId(), LeadEvents.GROUP_ID, v.groupId(),
                LeadEvents.UNIT_ID, v.unitId(), LeadEvents.RECEIVER_KIND, v.receiverKind().name(), LeadEvents.TOP_LEADER, v.topLeader(),
                LeadEvents.DUE, v.feedbackDue().toString());
        return v;
    }

    public LeadView acknowledge(Caller caller, long id, LeadLifecycle.AcknowledgeInput in) {
        return feedback(caller, id, "acknowledged", (em, l) -> {
            LeadLifecycle.acknowledge(state(em, l), in, store.today());
            l.acknowledgedOn = in.acknowledgedOn();
            l.acknowledgedBy = caller.username();
            l.status = LeadStatus.ACKNOWLEDGED;
            return "签收问题线索";
        });
    }

    public LeadView reportDisposal(Caller caller, long id, LeadLifecycle.DisposalInput in) {
        return feedback(caller, id, "disposal", (em, l) -> {
            LeadStatus next = LeadLifecycle.disposal(state(em, l), in, store.today());
            DisposalEntity d = new DisposalEntity();
            d.leadId = id;
            d.method = in.method();
            d.reportedOn = in.reportedOn();
            d.note = store.encrypt(Texts.blank(in.note()));
            d.reportedBy = caller.username();
            d.reportedAt = store.now();
            em.persist(d);
            if (l.firstFeedbackOn == null) {
                l.firstFeedbackOn = in.reportedOn();
            }
            l.status = next;
            if (next == LeadStatus.CONCLUDED) {
                l.concludedOn = in.reportedOn();
            }
            return "反馈处置方式：" + in.method().nameZh();
        });
    }

    public LeadView reportOutcome(Caller caller, long id, LeadLifecycle.OutcomeInput in) {
        return feedback(caller, id, "outcome", (em, l) -> {
            LeadLifecycle.outcome(state(em, l), in, store.today());
            OutcomeEntity o = new OutcomeEntity();
            o.leadId = id;
            o.kind = in.kind();
            o.grade = in.grade();
            o.people = in.people();
            o.decidedOn = in.decidedOn();
            o.note = store.encrypt(Texts.blank(in.note()));
            o.reportedBy = caller.username();
            o.reportedAt = store.now();
            em.persist(o);
            return "反馈处理结果：" + in.kind().nameZh() + (in.grade() == null ? "" : "（" + in.grade().nameZh() + "）") + " " + in.people() + "人";
        });
    }

    public LeadView conclude(Caller caller, long id, LeadLifecycle.ConcludeInput in) {
        return feedback(caller, id, "concluded", (em, l) -> {
            LeadLifecycle.conclude(state(em, l), in, store.today());
            l.concludedOn = in.concludedOn();
            l.status = LeadStatus.CONCLUDED;
            return "线索办结";
        });
    }

    private interface Change {
        /** Applies the change and returns the audit summary. */
        String apply(EntityManager em, LeadEntity lead);
    }

    private LeadView feedback(Caller caller, long id, String kind, Change change) {
        caller.require(Permissions.LEAD_FEEDBACK);
        LeadView v = change(caller, id, true, change);
        store.post(LeadEvents.FEEDBACK, caller, id, LeadEvents.FEEDBACK_KIND, kind, LeadEvents.ROUND_ID, v.roundId(),
                LeadEvents.GROUP_ID, v.groupId(), LeadEvents.UNIT_ID, v.unitId(), LeadEvents.RECEIVER_KIND, v.receiverKind().name(),
                LeadEvents.TOP_LEADER, v.topLeader());
        return v;
    }

    private LeadView change(Caller caller, long id, boolean asReceiver, Change change) {
        LocalDate today = store.today();
        return store.write(em -> {
            LeadEntity l = visible(em, caller, id);
            if (asReceiver && !LeadVisibility.of(caller).canRecordFeedback(l.facts())) {
                throw ApiException.outOfScope();
            }
            String summary = change.apply(em, l);
            l.updatedAt = store.now();
            em.flush();
            store.audit(em, caller, AuditAction.TRANSITION, TYPE, id, summary);
            return view(l, today, false, List.of(), List.of());
        });
    }

    private static LeadLifecycle.State state(EntityManager em, LeadEntity l) {
        Set<DisposalMethod> methods = EnumSet.noneOf(DisposalMethod.class);
        disposals(em, l.id).forEach(d -> methods.add(d.method));
        return new LeadLifecycle.State(l.status, l.transferredOn, l.acknowledgedOn, methods);
    }

    private static List<DisposalEntity> disposals(EntityManager em, long leadId) {
        return em.createQuery("select d from DisposalEntity d where d.leadId = :l order by d.reportedOn, d.id", DisposalEntity.class)
                .setParameter("l", leadId).getResultList();
    }

    private static List<OutcomeEntity> outcomes(EntityManager em, long leadId) {
        return em.createQuery("select o from OutcomeEntity o where o.leadId = :l order by o.decidedOn, o.id", OutcomeEntity.class)
                .setParameter("l", leadId).getResultList();
    }

    // ---------------------------------------------------------------- the overdue check

    /**
     * Posts one overdue event for each lead that passed its deadline since the last check and marks it
     * notified, so each lead is announced once. Runs as the system.
     *
     * @return how many leads became overdue
     */
    public int notifyOverdue() {
        Caller system = Caller.system("lead-overdue");
        LocalDate today = store.today();
        List<LeadEntity> due = store.read(em -> em.createQuery("select l from LeadEntity l where l.status in :awaiting"
                + " and l.feedbackDue < :today and l.overdueNotifiedOn is null order by l.id", LeadEntity.class)
                .setParameter("awaiting", awaiting()).setParameter("today", today).getResultList());
        if (due.isEmpty()) {
            return 0;
        }
        List<Long> ids = due.stream().map(l -> l.id).toList();
        store.write(em -> {
            em.createQuery("update LeadEntity l set l.overdueNotifiedOn = :today where l.id in :ids")
                    .setParameter("today", today).setParameter("ids", ids).executeUpdate();
            store.audit(em, system, AuditAction.UPDATE, TYPE, null, "线索逾期未反馈：" + summarise(ids));
            return null;
        });
        for (LeadEntity l : due) {
            store.post(LeadEvents.OVERDUE, system, l.id, LeadEvents.ROUND_ID, l.roundId, LeadEvents.GROUP_ID, l.groupId,
                    LeadEvents.UNIT_ID, l.unitId, LeadEvents.RECEIVER_KIND, l.receiverKind.name(), LeadEvents.TOP_LEADER, l.topLeader,
                    LeadEvents.DUE, l.feedbackDue.toString());
        }
        return due.size();
    }

    // ---------------------------------------------------------------- the ledger

    /** Disposal and outcome records of many leads at once, for the ledger. */
    record Handling(Map<Long, List<DisposalEntity>> disposals, Map<Long, List<OutcomeEntity>> outcomes) {
    }

    Handling handling(Set<Long> leadIds) {
        if (leadIds.isEmpty()) {
            return new Handling(Map.of(), Map.of());
        }
        return store.read(em -> new Handling(
                em.createQuery("select d from DisposalEntity d where d.leadId in :ids order by d.reportedOn, d.id", DisposalEntity.class)
                        .setParameter("ids", leadIds).getResultList().stream().collect(Collectors.groupingBy(d -> d.leadId)),
                em.createQuery("select o from OutcomeEntity o where o.leadId in :ids order by o.decidedOn, o.id", OutcomeEntity.class)
                        .setParameter("ids", leadIds).getResultList().stream().collect(Collectors.groupingBy(o -> o.leadId))));
    }

    String decrypt(String ciphertext) {
        return store.decrypt(ciphertext);
    }

    // ---------------------------------------------------------------- helpers

    LeadView view(LeadEntity l, LocalDate today, boolean full, List<DisposalView> disposals, List<OutcomeView> outcomes) {
        return new LeadView(l.id, l.termId, l.roundId, l.groupId, l.unitId, l.problemId, store.decrypt(l.personName),
                store.decrypt(l.personPost), store.decrypt(l.personRank), l.personId, l.category, full ? store.decrypt(l.summary) : null,
                l.topLeader, l.source, l.sourceRef, l.status, l.receiverKind, l.receiverName, l.documentNumber, l.transferredOn,
                l.feedbackDue, FeedbackClock.overdue(l.status, l.feedbackDue, today), FeedbackClock.daysOverdue(l.status, l.feedbackDue, today),
                l.acknowledgedOn, l.firstFeedbackOn, l.concludedOn, l.createdBy, l.createdAt, l.version, disposals, outcomes);
    }

    /** One READ record for a list: how many leads and which ids (never their content). */
    void auditListRead(Caller caller, List<LeadView> leads, String what) {
        if (!leads.isEmpty()) {
            store.audit(caller, AuditAction.READ, TYPE, null, what + "（" + leads.size() + "条）：" + summarise(leads.stream().map(LeadView::id).toList()));
        }
    }

    static String summarise(List<Long> ids) {
        String all = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return all.length() <= 400 ? all : all.substring(0, all.lastIndexOf(',', 400)) + "…";
    }

    private static Set<LeadStatus> awaiting() {
        return EnumSet.of(LeadStatus.TRANSFERRED, LeadStatus.ACKNOWLEDGED);
    }

    static Set<Long> ids(List<LeadEntity> leads) {
        return leads.stream().map(l -> l.id).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
