package org.xuncha.roundplanning.internal.avoidance;

import static org.xuncha.roundplanning.api.RoundPlanningPermissions.AVOIDANCE_DECLARE;
import static org.xuncha.roundplanning.api.RoundPlanningPermissions.AVOIDANCE_READ;
import static org.xuncha.roundplanning.api.RoundPlanningPermissions.ROUND_WRITE;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Avoidance;
import org.xuncha.roundplanning.internal.Inputs;
import org.xuncha.roundplanning.internal.ReferenceLookup;
import org.xuncha.roundplanning.internal.Store;

/**
 * Avoidance declarations (回避): a person declares their own, the office records them for anyone.
 * The details name relatives, so they are stored encrypted, read only by the person and the office,
 * and every read is audited. Groups refuse a person for a unit they declared.
 */
@Component(service = AvoidanceService.class)
public class AvoidanceService {

    /** Column length of the encrypted note. */
    static final int NOTE_CIPHER = 4000;

    private final ModuleStore db;
    private final ReferenceLookup reference;

    @Activate
    public AvoidanceService(@Reference Store store, @Reference ReferenceLookup reference) {
        this.db = store.db();
        this.reference = reference;
    }

    private static boolean own(Caller caller, Long personId) {
        return personId != null && personId.equals(caller.personId());
    }

    /** Declarations of a person, or all in scope when {@code requested} is null (office only; others get their own). */
    public List<Avoidance> list(Caller caller, Long requested) {
        Long personId = requested == null && !caller.has(AVOIDANCE_READ) ? caller.personId() : requested;
        if (personId == null && !caller.has(AVOIDANCE_READ)) {
            caller.require(AVOIDANCE_DECLARE);
            return List.of();
        }
        caller.require(own(caller, personId) ? AVOIDANCE_DECLARE : AVOIDANCE_READ);
        List<Avoidance> result = db.read(em -> Where.scoped(caller, "a.divisionCode", null).eq("a.personId", "person", personId)
                .list(em, AvoidanceEntity.class, "a", " order by a.id").stream().map(this::view).toList());
        db.audit(caller, AuditAction.READ, "avoidance", personId,
                "查阅回避申报（" + (personId == null ? "全部" : "干部 " + personId) + "，" + result.size() + " 条）");
        return result;
    }

    private Avoidance view(AvoidanceEntity a) {
        return new Avoidance(a.id, a.personId, a.unitId, a.kind, db.decrypt(a.noteCipher, a.notePlace()), a.declaredBy, a.declaredAt);
    }

    /**
     * Records a declaration. The person (the caller when not given) and the unit must exist and lie
     * in the caller's scope (a person's own record always does); declaring for someone else needs
     * the right to edit plans.
     */
    public Avoidance declare(Caller caller, Avoidance a) {
        caller.require(AVOIDANCE_DECLARE);
        Inputs.body(a);
        Long personId = a.personId() != null ? a.personId() : caller.personId();
        new Checks().required("personId", personId, "申报人", "person").required("unitId", a.unitId(), "单位", "unit")
                .required("kind", a.kind(), "回避情形", "reason").maxLength("note", a.note(), 1000, "说明", "note").throwIfInvalid();
        boolean own = own(caller, personId);
        if (!own) {
            caller.require(ROUND_WRITE);
        }
        if (own) {
            // one's own record: it needs to exist only (a person's own record is always in scope)
            Checks refs = new Checks();
            if (reference.person(personId).isEmpty()) {
                Inputs.unknown(refs, "personId", "干部", "person", personId);
            }
            refs.throwIfInvalid();
        } else {
            reference.referencedPersons(caller, Map.of("personId", personId));
        }
        Unit u = reference.referencedUnits(caller, Map.of("unitId", a.unitId())).get("unitId");
        String note = a.note() == null || a.note().isBlank() ? null : a.note().trim();
        return db.write(em -> {
            long same = em.createQuery("select count(a) from AvoidanceEntity a where a.personId = :p and a.unitId = :u and a.kind = :k", Long.class)
                    .setParameter("p", personId).setParameter("u", u.id()).setParameter("k", a.kind()).getSingleResult();
            if (same > 0) {
                throw ApiException.conflict("duplicate", "已申报过该单位的同类回避情形", "This reason for this unit is already declared");
            }
            AvoidanceEntity e = new AvoidanceEntity();
            e.personId = personId;
            e.unitId = u.id();
            e.divisionCode = u.divisionCode();
            e.kind = a.kind();
            e.declaredBy = caller.username();
            e.declaredAt = db.now();
            em.persist(e);
            // bound to the row, which persist() has given its id
            e.noteCipher = db.encrypt(note, e.notePlace());
            // the column holds the ciphertext, a third longer than the text and more for Chinese characters
            new Checks().check(e.noteCipher != null && e.noteCipher.length() > NOTE_CIPHER, "note", "too_long", "说明过长，请精简",
                    "the note is too long; shorten it").throwIfInvalid();
            em.flush();
            db.audit(em, caller, AuditAction.CREATE, "avoidance", e.id, "回避申报（干部 " + personId + "，单位 " + u.id() + "）");
            return view(e);
        });
    }

    public void withdraw(Caller caller, long id) {
        caller.require(AVOIDANCE_DECLARE);
        db.write(em -> {
            AvoidanceEntity e = em.find(AvoidanceEntity.class, id);
            if (e == null) {
                throw ApiException.notFound("回避申报", "avoidance declaration", id);
            }
            caller.requireDivision(e.divisionCode);
            if (!own(caller, e.personId)) {
                caller.require(ROUND_WRITE);
            }
            em.remove(e);
            db.audit(em, caller, AuditAction.DELETE, "avoidance", id, "撤回回避申报（干部 " + e.personId + "，单位 " + e.unitId + "）");
            return null;
        });
    }

    /** The first declaration that keeps one of the persons away from one of the units, if any. */
    public static Optional<AvoidanceEntity> conflict(EntityManager em, Collection<Long> personIds, Collection<Long> unitIds) {
        if (personIds.isEmpty() || unitIds.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select a from AvoidanceEntity a where a.personId in :p and a.unitId in :u order by a.id", AvoidanceEntity.class)
                .setParameter("p", personIds).setParameter("u", unitIds).getResultStream().findFirst();
    }

    /** The refusal for a person who declared a reason to keep away from a unit. */
    public static ApiException conflictError(AvoidanceEntity a, String person, String unit) {
        return ApiException.conflict("avoidance_conflict",
                "干部" + person + "已申报回避（" + a.kind.nameZh() + "），不能参加对“" + unit + "”的巡察",
                person + " has declared a reason to keep away (" + a.kind.nameEn() + ") and cannot inspect " + unit);
    }
}
