package org.xuncha.interviews.internal.handover;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.interviews.api.HandOver;
import org.xuncha.interviews.api.HandOverKind;
import org.xuncha.interviews.api.HandOverService;
import org.xuncha.interviews.api.HandOverState;
import org.xuncha.interviews.api.HandOverStatus;
import org.xuncha.interviews.api.InterviewEvents;
import org.xuncha.interviews.api.InterviewPermissions;
import org.xuncha.interviews.api.PendingHandOver;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.RaiseDraft;
import org.xuncha.interviews.api.SourceType;
import org.xuncha.interviews.internal.Access;
import org.xuncha.interviews.internal.InterviewRules;
import org.xuncha.interviews.internal.InterviewStore;
import org.xuncha.interviews.internal.Publisher;
import org.xuncha.interviews.internal.ScopedEntity;
import org.xuncha.leadtransfer.api.LeadDraft;
import org.xuncha.leadtransfer.api.LeadIntake;
import org.xuncha.leadtransfer.api.ProblemDraft;
import org.xuncha.leadtransfer.api.Source;
import org.xuncha.platform.api.Statistic;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.CallerResolver;
import org.xuncha.platform.api.security.FieldCipher;

/**
 * Problems and leads raised from records and letters, and their way to the lead-transfer module.
 *
 * <p>The interview module runs without lead transfer: {@link LeadIntake} is an optional, dynamic,
 * greedy reference, so the module is neither restarted when lead transfer is installed, updated or
 * removed, nor refused while it is absent. A raised item is stored first (encrypted), then handed
 * over if the intake is there; otherwise it stays {@link HandOverStatus#PENDING}. When an intake
 * appears, the pending items are handed over in the background, each on behalf of whoever raised
 * it (their permissions and scope as of now, so nobody's rights are widened), retried a few times
 * in case lead transfer's permissions are still being granted; what it still refuses stays pending
 * with the reason, for a group member to hand over by hand ({@link #submit}).</p>
 */
@Component(service = {HandOverService.class, HandOverServiceImpl.class}, immediate = true)
public class HandOverServiceImpl implements HandOverService {

    private static final Logger LOG = LoggerFactory.getLogger(HandOverServiceImpl.class);
    private static final String MODULE = InterviewPermissions.MODULE;
    /** Delays of the automatic attempts after lead transfer appears. */
    static final long[] RETRY_SECONDS = {0, 5, 30, 120, 600};
    public static final Set<String> SORT = Set.of("id", "raisedAt");

    private final InterviewStore store;
    private final AuditTrail audit;
    private final FieldCipher cipher;
    private final Publisher publisher;
    private final Clock clock;
    private final CallerResolver callers;
    private final ReferenceDataService reference;
    private final AtomicReference<LeadIntake> intake = new AtomicReference<>();
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "xuncha-interview-handover");
        t.setDaemon(true);
        return t;
    });
    /** One hand-over at a time, so that a manual and an automatic attempt never hand the same item over twice. */
    private final Object handing = new Object();

    @Activate
    public HandOverServiceImpl(@Reference InterviewStore store, @Reference AuditTrail audit, @Reference FieldCipher cipher,
                               @Reference Publisher publisher, @Reference Clock clock, @Reference CallerResolver callers,
                               @Reference ReferenceDataService reference) {
        this.store = store;
        this.audit = audit;
        this.cipher = cipher;
        this.publisher = publisher;
        this.clock = clock;
        this.callers = callers;
        this.reference = reference;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindIntake(LeadIntake i) {
        intake.set(i);
        LOG.info("Lead transfer is available: pending problems and leads will be handed over");
        schedule(0);
    }

    void unbindIntake(LeadIntake i) {
        if (intake.compareAndSet(i, null)) {
            LOG.info("Lead transfer went away: problems and leads raised from now on wait as pending");
        }
    }

    @Deactivate
    void stop() {
        background.shutdownNow();
    }

    /** Whether lead transfer runs now. */
    public boolean available() {
        return intake.get() != null;
    }

    // ------------------------------------------------------------------ raising

    /**
     * Stores a raised problem or lead (the caller's access to its source is already checked) and hands
     * it over at once if lead transfer runs.
     */
    public HandOver raise(Caller caller, SourceType sourceType, long sourceId, ScopedEntity source, RaiseDraft d) {
        Checks checks = new Checks().required("kind", d.kind(), "类型（问题或线索）", "kind")
                .required("description", InterviewRules.trim(d.description()), "问题或线索描述", "description")
                .maxLength("description", d.description(), InterviewRules.TEXT_MAX, "问题或线索描述", "description")
                .maxLength("category", d.category(), 50, "分类", "category")
                .maxLength("personName", d.personName(), InterviewRules.NAME_MAX, "反映对象姓名", "person's name")
                .maxLength("personPost", d.personPost(), 200, "反映对象职务", "person's post")
                .maxLength("personRank", d.personRank(), 50, "反映对象职级", "person's rank");
        Person person = null;
        if (d.personId() != null) {
            try {
                person = reference.person(caller, d.personId()).orElse(null);
            } catch (ApiException outOfScope) {
                person = null;
            }
            checks.check(person == null, "personId", "not_found", "反映对象在干部信息中不存在：" + d.personId(),
                    "No such person in reference data: " + d.personId());
        }
        if (d.kind() == HandOverKind.LEAD && d.personId() == null) {
            checks.required("personName", InterviewRules.trim(d.personName()), "反映对象姓名（线索须指明反映对象）",
                    "person's name (a lead names the person concerned)");
        }
        checks.throwIfInvalid();
        Person p = person;
        boolean topLeader = Boolean.TRUE.equals(d.concernsTopLeader()) || p != null && p.leadership() == Person.Leadership.TOP_LEADER;
        boolean leadingGroup = Boolean.TRUE.equals(d.concernsLeadingGroup()) || p != null && p.leadership() == Person.Leadership.LEADING_GROUP;
        long id = store.write(em -> {
            HandOverEntity e = new HandOverEntity();
            e.sourceType = sourceType;
            e.sourceId = sourceId;
            e.scope(source);
            e.kind = d.kind();
            e.category = InterviewRules.trim(d.category());
            e.descriptionEnc = cipher.encrypt(d.description().strip());
            e.topLeader = topLeader;
            e.leadingGroup = leadingGroup;
            e.personId = d.personId();
            e.personNameEnc = cipher.encrypt(p != null ? p.name() : InterviewRules.trim(d.personName()));
            e.personPostEnc = cipher.encrypt(InterviewRules.trim(d.personPost()) != null ? InterviewRules.trim(d.personPost()) : p == null ? null : p.post());
            e.personRankEnc = cipher.encrypt(InterviewRules.trim(d.personRank()) != null ? InterviewRules.trim(d.personRank()) : p == null ? null : p.rank());
            e.status = HandOverStatus.PENDING;
            e.raisedBy = caller.username();
            e.raisedAt = LocalDateTime.now(clock);
            em.persist(e);
            em.flush();
            audit.record(em, caller, AuditEntry.of(AuditAction.CREATE, MODULE, "handover", e.id, "提出" + e.kind.nameZh() + "（来源："
                    + sourceType.nameZh() + " " + sourceId + (topLeader ? "，涉及一把手" : "") + "）"));
            return e.id;
        });
        LeadIntake i = intake.get();
        boolean handed = false;
        if (i != null) {
            try {
                handOver(caller, id, i);
                handed = true;
            } catch (RuntimeException refused) {
                // kept pending with the reason; the caller sees it in the answer
            }
        }
        publisher.post(InterviewEvents.RAISED, caller, id, source, Map.of(InterviewEvents.HANDED_OVER, handed));
        return store.read(em -> toValue(em.find(HandOverEntity.class, id)));
    }

    // ------------------------------------------------------------------ handing over

    @Override
    public HandOver submit(Caller caller, long id) {
        HandOverEntity e = store.read(em -> find(em, id));
        caller.require(e.sourceType == SourceType.RECORD ? InterviewPermissions.RECORD_WRITE : InterviewPermissions.LETTER_WRITE);
        Access.requireScope(caller, e);
        if (e.status == HandOverStatus.HANDED_OVER) {
            throw ApiException.conflict("handed_over", "已移交（线索处置模块编号 " + e.targetId + "）", "Already handed over (" + e.targetId + ")");
        }
        LeadIntake i = intake.get();
        if (i == null) {
            throw unavailable();
        }
        try {
            handOver(caller, id, i);
        } catch (ApiException refused) {
            throw refused;
        } catch (RuntimeException failed) {
            throw new ApiException(502, "lead_transfer_failed", "线索处置模块未能接收，问题线索仍为待移交：" + reason(failed),
                    "The lead-transfer module could not take it; it stays pending: " + reason(failed));
        }
        return store.read(em -> toValue(em.find(HandOverEntity.class, id)));
    }

    static ApiException unavailable() {
        return new ApiException(503, "lead_transfer_unavailable", "线索处置模块未安装或未运行，问题和线索已保存为待移交，模块运行后将自动移交",
                "The lead-transfer module is not running; problems and leads are kept pending and handed over when it runs");
    }

    /** Hands one item over as {@code caller}; records the failure and rethrows it if lead transfer refuses. */
    private void handOver(Caller caller, long id, LeadIntake i) {
        synchronized (handing) {
            HandOverEntity e = store.read(em -> find(em, id));
            if (e.status == HandOverStatus.HANDED_OVER) {
                return;
            }
            long targetId;
            try {
                targetId = e.kind == HandOverKind.PROBLEM ? i.raiseProblem(caller, problem(e)) : i.raiseLead(caller, lead(e));
            } catch (RuntimeException refused) {
                String reason = reason(refused);
                LOG.warn("Lead transfer refused hand-over {} as {}: {}", id, caller.username(), reason);
                store.write(em -> {
                    HandOverEntity f = find(em, id);
                    f.attempts++;
                    f.lastError = reason;
                    return null;
                });
                throw refused;
            }
            store.write(em -> {
                HandOverEntity f = find(em, id);
                f.status = HandOverStatus.HANDED_OVER;
                f.targetId = targetId;
                f.handedOverAt = LocalDateTime.now(clock);
                f.handedOverBy = caller.username();
                f.lastError = null;
                em.flush();
                audit.record(em, caller, AuditEntry.of(AuditAction.TRANSITION, MODULE, "handover", id,
                        "移交" + f.kind.nameZh() + "至线索处置模块（编号 " + targetId + "）"));
                return null;
            });
            publisher.post(InterviewEvents.HANDED_OVER_EVENT, caller, id, e, Map.of(InterviewEvents.TARGET_ID, targetId));
        }
    }

    private ProblemDraft problem(HandOverEntity e) {
        return new ProblemDraft(e.roundId, e.groupId, e.unitId, e.category, cipher.decrypt(e.descriptionEnc), e.topLeader,
                e.leadingGroup, source(e), sourceRef(e));
    }

    private LeadDraft lead(HandOverEntity e) {
        return new LeadDraft(e.roundId, e.groupId, e.unitId, cipher.decrypt(e.personNameEnc), cipher.decrypt(e.personPostEnc),
                cipher.decrypt(e.personRankEnc), e.personId, e.category, cipher.decrypt(e.descriptionEnc), e.topLeader, source(e),
                sourceRef(e));
    }

    private static Source source(HandOverEntity e) {
        return e.sourceType == SourceType.RECORD ? Source.INTERVIEW : Source.LETTER;
    }

    /** e.g. {@code interview-records:record:42}. */
    static String sourceRef(HandOverEntity e) {
        return MODULE + ":" + e.sourceType.name().toLowerCase() + ":" + e.sourceId;
    }

    /** Why lead transfer refused, without content: its error code and message, or the exception type. */
    static String reason(RuntimeException e) {
        String text = e instanceof ApiException api ? api.status() + " " + api.code() + "：" + api.messageZh() + " / " + api.messageEn()
                : e.getClass().getSimpleName();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private void schedule(int attempt) {
        try {
            background.schedule(() -> handOverPending(attempt), RETRY_SECONDS[attempt], TimeUnit.SECONDS);
        } catch (RejectedExecutionException stopping) {
            // the component is being deactivated
        }
    }

    /** The automatic run: every pending item, each as whoever raised it. */
    void handOverPending(int attempt) {
        LeadIntake i = intake.get();
        if (i == null) {
            return;
        }
        List<Object[]> pending = store.read(em -> em.createQuery(
                "select e.id, e.raisedBy from HandOverEntity e where e.status = :s order by e.id", Object[].class)
                .setParameter("s", HandOverStatus.PENDING).getResultList());
        int failed = 0;
        for (Object[] row : pending) {
            long id = (Long) row[0];
            Optional<Caller> raiser = callers.byUsername((String) row[1]);
            try {
                if (raiser.isEmpty()) {
                    store.write(em -> {
                        HandOverEntity f = find(em, id);
                        f.attempts++;
                        f.lastError = "提出人账号已停用，请由本组成员手动移交 / the account that raised it is no longer active; hand it over by hand";
                        return null;
                    });
                    failed++;
                } else {
                    handOver(raiser.get(), id, i);
                }
            } catch (RuntimeException e) {
                failed++;
            }
        }
        if (!pending.isEmpty()) {
            LOG.info("Automatic hand-over: {} of {} pending problems and leads handed over", pending.size() - failed, pending.size());
        }
        if (failed > 0 && attempt + 1 < RETRY_SECONDS.length && intake.get() != null) {
            schedule(attempt + 1);
        }
    }

    // ------------------------------------------------------------------ reading

    @Override
    public HandOverState state(Caller caller) {
        caller.requireAny(InterviewPermissions.RECORD_READ, InterviewPermissions.LETTER_READ);
        Access.Where w = Access.where(caller, "e", null).and("e.status = :s", "s", HandOverStatus.PENDING);
        long pending = store.read(em -> w.bind(em.createQuery("select count(e) from HandOverEntity e" + w.sql(), Long.class)).getSingleResult());
        return new HandOverState(available(), pending);
    }

    @Override
    public Page<PendingHandOver> list(Caller caller, HandOverStatus status, PlanQuery query, PageRequest page) {
        caller.requireAny(InterviewPermissions.RECORD_READ, InterviewPermissions.LETTER_READ);
        Access.Where w = Access.where(caller, "e", query).and(status == null ? null : "e.status = :s", "s", status);
        String order = Access.orderBy("e", page, "e.id desc");
        return store.read(em -> {
            long total = w.bind(em.createQuery("select count(e) from HandOverEntity e" + w.sql(), Long.class)).getSingleResult();
            List<PendingHandOver> items = w.bind(em.createQuery("select e from HandOverEntity e" + w.sql() + order, HandOverEntity.class))
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(e -> new PendingHandOver(e.id, e.sourceType, e.sourceId, e.roundId, e.groupId, e.unitId, e.kind, e.topLeader,
                            e.status, e.targetId, e.raisedBy, e.raisedAt, e.attempts, e.lastError)).toList();
            return new Page<>(items, total, page.page(), page.size());
        });
    }

    /** The items raised from these sources, decrypted (the caller's access to the sources is already checked). */
    public List<HandOver> forSources(SourceType type, Collection<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        return store.read(em -> em.createQuery("select e from HandOverEntity e where e.sourceType = :t and e.sourceId in :ids order by e.id",
                HandOverEntity.class).setParameter("t", type).setParameter("ids", sourceIds).getResultList().stream()
                .map(this::toValue).toList());
    }

    /** Pending items per source, for lists. */
    public Map<Long, Integer> pendingCounts(SourceType type, Collection<Long> sourceIds) {
        Map<Long, Integer> result = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return result;
        }
        store.read(em -> em.createQuery("select e.sourceId, count(e) from HandOverEntity e where e.sourceType = :t and e.status = :s "
                + "and e.sourceId in :ids group by e.sourceId", Object[].class).setParameter("t", type)
                .setParameter("s", HandOverStatus.PENDING).setParameter("ids", sourceIds).getResultList())
                .forEach(row -> result.put((Long) row[0], ((Long) row[1]).intValue()));
        return result;
    }

    public List<Statistic> statistics(Caller caller) {
        Access.Where w = Access.where(caller, "e", null);
        Map<HandOverStatus, Long> byStatus = new HashMap<>();
        store.read(em -> w.bind(em.createQuery("select e.status, count(e) from HandOverEntity e" + w.sql() + " group by e.status",
                Object[].class)).getResultList()).forEach(row -> byStatus.put((HandOverStatus) row[0], (Long) row[1]));
        return List.of(new Statistic(MODULE + ".raised", "谈话和信访提出的问题线索", "Problems and leads raised",
                byStatus.values().stream().mapToLong(Long::longValue).sum(), "pie", List.of(
                        new Statistic.DataPoint(HandOverStatus.HANDED_OVER.nameZh(), HandOverStatus.HANDED_OVER.nameEn(),
                                byStatus.getOrDefault(HandOverStatus.HANDED_OVER, 0L)),
                        new Statistic.DataPoint(HandOverStatus.PENDING.nameZh(), HandOverStatus.PENDING.nameEn(),
                                byStatus.getOrDefault(HandOverStatus.PENDING, 0L)))));
    }

    private static HandOverEntity find(EntityManager em, long id) {
        HandOverEntity e = em.find(HandOverEntity.class, id);
        if (e == null) {
            throw ApiException.notFound("问题线索", "raised problem or lead", id);
        }
        return e;
    }

    private HandOver toValue(HandOverEntity e) {
        return new HandOver(e.id, e.sourceType, e.sourceId, e.kind, e.category, cipher.decrypt(e.descriptionEnc), e.topLeader,
                e.leadingGroup, e.personId, cipher.decrypt(e.personNameEnc), cipher.decrypt(e.personPostEnc),
                cipher.decrypt(e.personRankEnc), e.status, e.targetId, e.raisedBy, e.raisedAt, e.handedOverAt, e.handedOverBy,
                e.attempts, e.lastError);
    }
}
