package org.xuncha.roundplanning.internal.term;

import static org.xuncha.roundplanning.api.RoundPlanningPermissions.TERM_READ;
import static org.xuncha.roundplanning.api.RoundPlanningPermissions.TERM_WRITE;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.Inputs;
import org.xuncha.roundplanning.internal.ReferenceLookup;
import org.xuncha.roundplanning.internal.Store;

/** Committee terms (届): a division's committee has one term at a time, and a term's rounds start within it. */
@Component(service = TermService.class)
public class TermService {

    /** Sort keys of the term list, with their JPQL paths. */
    public static final Map<String, String> SORT = Map.of("id", "t.id", "name", "t.name", "startDate", "t.startDate",
            "divisionCode", "t.divisionCode");

    private final ModuleStore db;
    private final ReferenceLookup reference;

    @Activate
    public TermService(@Reference Store store, @Reference ReferenceLookup reference) {
        this.db = store.db();
        this.reference = reference;
    }

    public Page<Term> terms(Caller caller, String divisionCode, PageRequest page) {
        caller.require(TERM_READ);
        return db.read(em -> Where.scoped(caller, "t.divisionCode", null).eq("t.divisionCode", "division", divisionCode)
                .page(em, TermEntity.class, "t", Where.orderBy(page, SORT, "t.id"), page).map(TermEntity::toValue));
    }

    public Term term(Caller caller, long termId) {
        caller.require(TERM_READ);
        return db.read(em -> {
            TermEntity t = TermEntity.load(em, termId);
            caller.requireDivision(t.divisionCode);
            return t.toValue();
        });
    }

    public Term create(Caller caller, Term term) {
        caller.require(TERM_WRITE);
        check(caller, Inputs.body(term));
        return db.write(em -> {
            TermEntity e = new TermEntity();
            e.divisionCode = term.divisionCode().trim();
            apply(em, e, term);
            em.persist(e);
            em.flush();
            db.audit(em, caller, AuditAction.CREATE, "term", e.id, "新增届 " + e.id);
            return e.toValue();
        });
    }

    public Term update(Caller caller, long termId, Term term) {
        caller.require(TERM_WRITE);
        check(caller, Inputs.body(term));
        return db.write(em -> {
            TermEntity e = TermEntity.load(em, termId);
            caller.requireDivision(e.divisionCode);
            Inputs.checkVersion(term.version(), e.version);
            Inputs.requireSameDivision(e.divisionCode, term.divisionCode().trim(), "届", "term");
            apply(em, e, term);
            em.flush();
            db.audit(em, caller, AuditAction.UPDATE, "term", e.id, "修改届 " + e.id);
            return e.toValue();
        });
    }

    private void check(Caller caller, Term t) {
        Checks checks = new Checks().required("name", t.name(), "届名称", "name").maxLength("name", t.name(), 200, "届名称", "name")
                .required("startDate", t.startDate(), "开始日期", "start date").required("endDate", t.endDate(), "结束日期", "end date")
                .notAfter("endDate", t.startDate(), t.endDate(), "结束日期", "end date");
        Inputs.divisionCode(checks, t.divisionCode());
        Inputs.date(checks, "startDate", t.startDate(), "开始日期", "start date");
        Inputs.date(checks, "endDate", t.endDate(), "结束日期", "end date");
        checks.throwIfInvalid();
        reference.referencedDivision(caller, "divisionCode", t.divisionCode().trim());
    }

    /** A committee has one term at a time: terms of a division may not overlap. */
    private static void apply(EntityManager em, TermEntity e, Term t) {
        List<TermEntity> overlapping = em.createQuery("select t from TermEntity t where t.divisionCode = :d and t.startDate <= :end "
                + "and t.endDate >= :start", TermEntity.class).setParameter("d", e.divisionCode)
                .setParameter("start", t.startDate()).setParameter("end", t.endDate()).getResultList();
        for (TermEntity other : overlapping) {
            if (!other.id.equals(e.id)) {
                throw ApiException.conflict("term_overlap",
                        "与已有的“" + other.name + "”（" + other.startDate + " 至 " + other.endDate + "）时间重叠",
                        "Overlaps the existing term '" + other.name + "' (" + other.startDate + " to " + other.endDate + ")");
            }
        }
        if (e.id != null) {
            Long outside = em.createQuery("select count(r) from RoundEntity r where r.termId = :t and r.plannedStart is not null "
                    + "and (r.plannedStart < :start or r.plannedStart > :end)", Long.class).setParameter("t", e.id)
                    .setParameter("start", t.startDate()).setParameter("end", t.endDate()).getSingleResult();
            if (outside > 0) {
                throw ApiException.conflict("rounds_outside", outside + "个轮次的计划进驻日期将落在届期之外",
                        outside + " rounds would start outside the term");
            }
        }
        e.name = t.name().trim();
        e.startDate = t.startDate();
        e.endDate = t.endDate();
    }

    /**
     * The term a round is created in, as named in its input: unknown and out-of-scope ids are refused
     * alike, as a 400 on {@code termId}.
     */
    public static TermEntity referenced(EntityManager em, Caller caller, long termId) {
        TermEntity t = em.find(TermEntity.class, termId);
        if (t == null || !caller.scope().coversDivision(t.divisionCode)) {
            throw Inputs.unknownId("termId", "届", "term", termId);
        }
        return t;
    }

    /** Units already inspected in the term (by rounds that have entered), for "uninspected only" selections. */
    public static Set<Long> inspectedUnits(EntityManager em, long termId) {
        return new HashSet<>(em.createQuery("select t.unitId from TargetEntity t, RoundEntity r where t.roundId = r.id "
                + "and r.termId = :t and r.stage <> :prep", Long.class)
                .setParameter("t", termId).setParameter("prep", Stage.PREPARATION).getResultList());
    }
}
