package org.xuncha.roundplanning.internal;

import java.util.List;

import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.FieldCipher;
import org.xuncha.roundplanning.api.Avoidance;
import org.xuncha.roundplanning.api.RoundPlanningService;
import org.xuncha.roundplanning.internal.Context.Where;
import org.xuncha.roundplanning.internal.db.AvoidanceEntity;

/**
 * Avoidance declarations (回避): a person declares their own, the office records them for anyone.
 * The details name relatives, so they are stored encrypted, read only by the person and the office,
 * and every read is audited.
 */
final class AvoidanceOps {

    private final Context ctx;
    private final FieldCipher cipher;

    AvoidanceOps(Context ctx, FieldCipher cipher) {
        this.ctx = ctx;
        this.cipher = cipher;
    }

    private static boolean own(Caller caller, Long personId) {
        return personId != null && personId.equals(caller.personId());
    }

    List<Avoidance> avoidances(Caller caller, Long personId) {
        caller.require(own(caller, personId) ? RoundPlanningService.AVOIDANCE_DECLARE : RoundPlanningService.AVOIDANCE_READ);
        List<Avoidance> result = ctx.store.read(em -> {
            Where w = Context.scoped(caller, "a.divisionCode", null).andEq("a.personId", "person", personId);
            return w.bind(em.createQuery("select a from AvoidanceEntity a" + w.sql + " order by a.id", AvoidanceEntity.class))
                    .getResultList().stream().map(this::view).toList();
        });
        ctx.audit.record(caller, AuditEntry.of(AuditAction.READ, Context.MODULE, "avoidance", personId,
                "查阅回避申报（" + (personId == null ? "全部" : "干部 " + personId) + "，" + result.size() + " 条）"));
        return result;
    }

    private Avoidance view(AvoidanceEntity a) {
        return new Avoidance(a.id, a.personId, a.unitId, a.kind, cipher.decrypt(a.noteCipher), a.declaredBy, a.declaredAt);
    }

    Avoidance declare(Caller caller, Avoidance a) {
        caller.require(RoundPlanningService.AVOIDANCE_DECLARE);
        Long personId = a.personId() != null ? a.personId() : caller.personId();
        new Checks().required("personId", personId, "申报人", "person").required("unitId", a.unitId(), "单位", "unit")
                .required("kind", a.kind(), "回避情形", "reason").maxLength("note", a.note(), 1000, "说明", "note").throwIfInvalid();
        if (!own(caller, personId)) {
            caller.require(RoundPlanningService.ROUND_WRITE);
        }
        Unit unit = ctx.reference.unit(caller, a.unitId()).orElseThrow(() -> ApiException.validation(List.of(
                new org.xuncha.platform.api.rest.FieldError("unitId", "not_found", "单位不存在：" + a.unitId(), "unit not found: " + a.unitId()))));
        if (ctx.persons(List.of(personId)).isEmpty()) {
            throw ApiException.validation(List.of(new org.xuncha.platform.api.rest.FieldError("personId", "not_found",
                    "干部不存在：" + personId, "person not found: " + personId)));
        }
        return ctx.store.write(em -> {
            long same = em.createQuery("select count(a) from AvoidanceEntity a where a.personId = :p and a.unitId = :u and a.kind = :k", Long.class)
                    .setParameter("p", personId).setParameter("u", unit.id()).setParameter("k", a.kind()).getSingleResult();
            if (same > 0) {
                throw ApiException.conflict("duplicate", "已申报过该单位的同类回避情形", "This reason for this unit is already declared");
            }
            AvoidanceEntity e = new AvoidanceEntity();
            e.personId = personId;
            e.unitId = unit.id();
            e.divisionCode = unit.divisionCode();
            e.kind = a.kind();
            e.noteCipher = a.note() == null || a.note().isBlank() ? null : cipher.encrypt(a.note().trim());
            e.declaredBy = caller.username();
            e.declaredAt = ctx.now();
            em.persist(e);
            em.flush();
            ctx.audit.record(em, caller, AuditEntry.of(AuditAction.CREATE, Context.MODULE, "avoidance", e.id,
                    "回避申报（干部 " + personId + "，单位 " + unit.id() + "）"));
            return view(e);
        });
    }

    void withdraw(Caller caller, long id) {
        caller.require(RoundPlanningService.AVOIDANCE_DECLARE);
        ctx.store.write(em -> {
            AvoidanceEntity e = em.find(AvoidanceEntity.class, id);
            if (e == null) {
                throw ApiException.notFound("回避申报", "avoidance declaration", id);
            }
            caller.requireDivision(e.divisionCode);
            if (!own(caller, e.personId)) {
                caller.require(RoundPlanningService.ROUND_WRITE);
            }
            em.remove(e);
            ctx.audit.record(em, caller, AuditEntry.of(AuditAction.DELETE, Context.MODULE, "avoidance", id,
                    "撤回回避申报（干部 " + e.personId + "，单位 " + e.unitId + "）"));
            return null;
        });
    }
}
