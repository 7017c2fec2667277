package org.xuncha.interviews.internal.handover;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.interviews.api.HandOverKind;
import org.xuncha.interviews.api.HandOverStatus;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.interviews.api.SourceType;
import org.xuncha.interviews.internal.LeadTransfer;
import org.xuncha.interviews.internal.Store;
import org.xuncha.leadtransfer.api.LeadDraft;
import org.xuncha.leadtransfer.api.LeadIntake;
import org.xuncha.leadtransfer.api.ProblemDraft;
import org.xuncha.leadtransfer.api.Source;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.CallerResolver;

/**
 * Hands raised items to lead transfer, one at a time so that a manual and an automatic attempt never
 * hand the same item over twice. When lead transfer appears, every pending item is handed over in the
 * background, each on behalf of whoever raised it (their permissions and scope as of now, so nobody's
 * rights are widened), retried a few times in case lead transfer's permissions are still being
 * granted; what it still refuses stays pending with the reason, for a group member to hand over by hand.
 */
@Component(service = HandOverSender.class)
public class HandOverSender {

    private static final Logger LOG = LoggerFactory.getLogger(HandOverSender.class);
    /** Delays of the automatic attempts after lead transfer appears. */
    static final long[] RETRY_SECONDS = {0, 5, 30, 120, 600};

    private final ModuleStore db;
    private final LeadTransfer leadTransfer;
    private final CallerResolver callers;
    private final ScheduledExecutorService background;
    private final Object handing = new Object();
    private final Runnable onAvailable = () -> schedule(0);

    @Activate
    public HandOverSender(@Reference Store store, @Reference LeadTransfer leadTransfer, @Reference CallerResolver callers) {
        this(store, leadTransfer, callers, Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "xuncha-interview-handover");
            t.setDaemon(true);
            return t;
        }));
    }

    /** With the thread the automatic runs are made on given: a test's, to know when a run has ended without polling. */
    public HandOverSender(Store store, LeadTransfer leadTransfer, CallerResolver callers, ScheduledExecutorService background) {
        this.background = background;
        this.db = store.db();
        this.leadTransfer = leadTransfer;
        this.callers = callers;
        leadTransfer.onAvailable(onAvailable);
    }

    @Deactivate
    public void stop() {
        leadTransfer.removeListener(onAvailable);
        background.shutdownNow();
    }

    /** Hands one item over as {@code caller}; records the failure and rethrows it if lead transfer refuses. */
    void handOver(Caller caller, long id, LeadIntake intake) {
        synchronized (handing) {
            HandOverEntity e = db.read(em -> find(em, id));
            if (e.status == HandOverStatus.HANDED_OVER) {
                return;
            }
            long targetId;
            try {
                targetId = e.kind == HandOverKind.PROBLEM ? intake.raiseProblem(caller, problem(e)) : intake.raiseLead(caller, lead(e));
            } catch (RuntimeException refused) {
                String reason = HandOverRules.reason(refused);
                LOG.warn("Lead transfer refused hand-over {} as {}: {}", id, caller.username(), reason);
                failed(id, reason);
                throw refused;
            }
            db.write(em -> {
                HandOverEntity f = find(em, id);
                f.status = HandOverStatus.HANDED_OVER;
                f.targetId = targetId;
                f.handedOverAt = db.now();
                f.handedOverBy = caller.username();
                f.lastError = null;
                em.flush();
                db.audit(em, caller, AuditAction.TRANSITION, RaiseService.TYPE, id, "移交" + f.kind.nameZh() + "至线索处置模块（编号 " + targetId + "）");
                return null;
            });
            db.post(InterviewRecordsEvents.HANDED_OVER_EVENT, caller, id, e.eventProperties(InterviewRecordsEvents.TARGET_ID, targetId));
        }
    }

    private void failed(long id, String reason) {
        db.write(em -> {
            HandOverEntity f = find(em, id);
            f.attempts++;
            f.lastError = reason;
            return null;
        });
    }

    private ProblemDraft problem(HandOverEntity e) {
        return new ProblemDraft(e.roundId, e.groupId, e.unitId, e.category, db.decrypt(e.descriptionEnc, e.cipherPlace("description_enc")), e.topLeader,
                e.leadingGroup, source(e), HandOverRules.sourceRef(e.sourceType, e.sourceId));
    }

    private LeadDraft lead(HandOverEntity e) {
        return new LeadDraft(e.roundId, e.groupId, e.unitId, db.decrypt(e.personNameEnc, e.cipherPlace("person_name_enc")), db.decrypt(e.personPostEnc, e.cipherPlace("person_post_enc")),
                db.decrypt(e.personRankEnc, e.cipherPlace("person_rank_enc")), e.personId, e.category, db.decrypt(e.descriptionEnc, e.cipherPlace("description_enc")), e.topLeader, source(e),
                HandOverRules.sourceRef(e.sourceType, e.sourceId));
    }

    private static Source source(HandOverEntity e) {
        return e.sourceType == SourceType.RECORD ? Source.INTERVIEW : Source.LETTER;
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
        LeadIntake intake = leadTransfer.intake();
        if (intake == null) {
            return;
        }
        List<Object[]> pending = db.read(em -> em.createQuery(
                "select e.id, e.raisedBy from HandOverEntity e where e.status = :s order by e.id", Object[].class)
                .setParameter("s", HandOverStatus.PENDING).getResultList());
        int failed = 0;
        for (Object[] row : pending) {
            long id = (Long) row[0];
            Optional<Caller> raiser = callers.byUsername((String) row[1]);
            try {
                if (raiser.isEmpty()) {
                    failed(id, "提出人账号已停用，请由本组成员手动移交 / the account that raised it is no longer active; hand it over by hand");
                    failed++;
                } else {
                    handOver(raiser.get(), id, intake);
                }
            } catch (RuntimeException e) {
                failed++;
            }
        }
        if (!pending.isEmpty()) {
            LOG.info("Automatic hand-over: {} of {} pending problems and leads handed over", pending.size() - failed, pending.size());
        }
        if (failed > 0 && attempt + 1 < RETRY_SECONDS.length && leadTransfer.available()) {
            schedule(attempt + 1);
        }
    }

    static HandOverEntity find(EntityManager em, long id) {
        HandOverEntity e = em.find(HandOverEntity.class, id);
        if (e == null) {
            throw ApiException.notFound("问题线索", "raised problem or lead", id);
        }
        return e;
    }
}
