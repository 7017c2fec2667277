package org.xuncha.interviews.internal.handover;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.HandOver;
import org.xuncha.interviews.api.HandOverStatus;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.interviews.api.RaiseDraft;
import org.xuncha.interviews.api.SourceType;
import org.xuncha.interviews.internal.InterviewRules;
import org.xuncha.interviews.internal.LeadTransfer;
import org.xuncha.interviews.internal.People;
import org.xuncha.interviews.internal.ScopedEntity;
import org.xuncha.interviews.internal.Store;
import org.xuncha.leadtransfer.api.LeadIntake;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/**
 * Problems and leads raised from records and letters. The module runs without lead transfer: a
 * raised item is stored first (encrypted) as pending, then handed over at once if lead transfer runs
 * ({@link HandOverSender}); otherwise it waits until it does.
 */
@Component(service = RaiseService.class)
public class RaiseService {

    static final String TYPE = "handover";

    private final ModuleStore db;
    private final People people;
    private final LeadTransfer leadTransfer;
    private final HandOverSender sender;

    @Activate
    public RaiseService(@Reference Store store, @Reference People people, @Reference LeadTransfer leadTransfer,
                        @Reference HandOverSender sender) {
        this.db = store.db();
        this.people = people;
        this.leadTransfer = leadTransfer;
        this.sender = sender;
    }

    /** Whether lead transfer runs now (else raised items wait). */
    public boolean available() {
        return leadTransfer.available();
    }

    /**
     * Stores a raised problem or lead (the caller's access to its source is already checked) and
     * hands it over at once if lead transfer runs; a refusal leaves it pending with the reason.
     */
    public HandOver raise(Caller caller, SourceType sourceType, long sourceId, ScopedEntity source, RaiseDraft draft) {
        RaiseDraft d = InterviewRules.body(draft);
        Person p = people.person(caller, "personId", d.personId());
        Checks checks = new Checks();
        HandOverRules.check(d, p, checks);
        checks.throwIfInvalid();
        boolean topLeader = HandOverRules.topLeader(d, p);
        HandOverEntity saved = db.write(em -> {
            HandOverEntity e = new HandOverEntity();
            e.sourceType = sourceType;
            e.sourceId = sourceId;
            e.scope(source);
            e.kind = d.kind();
            e.category = InterviewRules.trim(d.category());
            e.topLeader = topLeader;
            e.leadingGroup = HandOverRules.leadingGroup(d, p);
            e.personId = d.personId();
            e.status = HandOverStatus.PENDING;
            e.raisedBy = caller.username();
            e.raisedAt = db.now();
            em.persist(e);
            // encrypted once the row has its id, which each ciphertext is bound to
            e.descriptionEnc = db.encrypt(d.description().strip(), e.cipherPlace("description_enc"));
            e.personNameEnc = db.encrypt(p != null ? p.name() : InterviewRules.trim(d.personName()), e.cipherPlace("person_name_enc"));
            e.personPostEnc = db.encrypt(InterviewRules.trim(d.personPost()) != null ? InterviewRules.trim(d.personPost()) : p == null ? null : p.post(),
                    e.cipherPlace("person_post_enc"));
            e.personRankEnc = db.encrypt(InterviewRules.trim(d.personRank()) != null ? InterviewRules.trim(d.personRank()) : p == null ? null : p.rank(),
                    e.cipherPlace("person_rank_enc"));
            em.flush();
            db.audit(em, caller, AuditAction.CREATE, TYPE, e.id, "提出" + e.kind.nameZh() + "（来源：" + sourceType.nameZh() + " " + sourceId
                    + (topLeader ? "，涉及一把手" : "") + "）");
            return e;
        });
        LeadIntake intake = leadTransfer.intake();
        boolean handed = false;
        if (intake != null) {
            try {
                sender.handOver(caller, saved.id, intake);
                handed = true;
            } catch (RuntimeException refused) {
                // kept pending with the reason; the caller sees it in the answer
            }
        }
        db.post(InterviewRecordsEvents.RAISED, caller, saved.id, saved.eventProperties(InterviewRecordsEvents.HANDED_OVER, handed));
        return get(saved.id);
    }

    /** One raised item, decrypted (the caller's access to it is already checked). */
    public HandOver get(long id) {
        return db.read(em -> toValue(HandOverSender.find(em, id)));
    }

    /** The items raised from these sources, decrypted (the caller's access to the sources is already checked). */
    public List<HandOver> forSources(SourceType type, Collection<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        return db.read(em -> em.createQuery("select e from HandOverEntity e where e.sourceType = :t and e.sourceId in :ids order by e.id",
                HandOverEntity.class).setParameter("t", type).setParameter("ids", sourceIds).getResultList().stream()
                .map(this::toValue).toList());
    }

    /** Pending items per source, for lists. */
    public Map<Long, Integer> pendingCounts(SourceType type, Collection<Long> sourceIds) {
        Map<Long, Integer> result = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return result;
        }
        db.read(em -> em.createQuery("select e.sourceId, count(e) from HandOverEntity e where e.sourceType = :t and e.status = :s "
                + "and e.sourceId in :ids group by e.sourceId", Object[].class).setParameter("t", type)
                .setParameter("s", HandOverStatus.PENDING).setParameter("ids", sourceIds).getResultList())
                .forEach(row -> result.put((Long) row[0], ((Long) row[1]).intValue()));
        return result;
    }

    private HandOver toValue(HandOverEntity e) {
        return new HandOver(e.id, e.sourceType, e.sourceId, e.kind, e.category, db.decrypt(e.descriptionEnc, e.cipherPlace("description_enc")), e.topLeader,
                e.leadingGroup, e.personId, db.decrypt(e.personNameEnc, e.cipherPlace("person_name_enc")),
                db.decrypt(e.personPostEnc, e.cipherPlace("person_post_enc")), db.decrypt(e.personRankEnc, e.cipherPlace("person_rank_enc")), e.status, e.targetId, e.raisedBy, e.raisedAt, e.handedOverAt, e.handedOverBy,
                e.attempts, e.lastError);
    }
}
