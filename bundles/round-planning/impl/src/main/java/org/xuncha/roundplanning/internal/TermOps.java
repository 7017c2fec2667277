package org.xuncha.roundplanning.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Coverage;
import org.xuncha.roundplanning.api.Priority;
import org.xuncha.roundplanning.api.RoundPlanningService;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.Context.Where;
import org.xuncha.roundplanning.internal.db.PriorityEntity;
import org.xuncha.roundplanning.internal.db.RoundEntity;
import org.xuncha.roundplanning.internal.db.TermEntity;
import org.xuncha.roundplanning.internal.rules.CoverageCalculator;

/** Terms, their coverage, and the priorities library. */
final class TermOps {

    private static final Map<String, String> TERM_SORT = Map.of("id", "t.id", "name", "t.name", "startDate", "t.startDate",
            "divisionCode", "t.divisionCode");

    private final Context ctx;

    TermOps(Context ctx) {
        this.ctx = ctx;
    }

    // ------------------------------------------------------------------ terms

    Page<Term> terms(Caller caller, String divisionCode, PageRequest page) {
        caller.require(RoundPlanningService.TERM_READ);
        return ctx.store.read(em -> {
            Where w = Context.scoped(caller, "t.divisionCode", null).andEq("t.divisionCode", "division", divisionCode);
            long total = w.bind(em.createQuery("select count(t) from TermEntity t" + w.sql, Long.class)).getSingleResult();
            List<Term> items = w.bind(em.createQuery("select t from TermEntity t" + w.sql + orderBy(page, TERM_SORT, "t.id"),
                    TermEntity.class)).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(TermEntity::toValue).toList();
            return new Page<>(items, total, page.page(), page.size());
        });
    }

    static String orderBy(PageRequest page, Map<String, String> columns, String tieBreak) {
        StringBuilder sb = new StringBuilder(" order by ");
        for (PageRequest.Order o : page.orders()) {
            sb.append(columns.get(o.field())).append(o.ascending() ? " asc" : " desc").append(", ");
        }
        return sb.append(tieBreak).toString();
    }

    Term term(Caller caller, long termId) {
        caller.require(RoundPlanningService.TERM_READ);
        return ctx.store.read(em -> {
            TermEntity t = Context.term(em, termId);
            caller.requireDivision(t.divisionCode);
            return t.toValue();
        });
    }

    Term createTerm(Caller caller, Term term) {
        caller.require(RoundPlanningService.TERM_WRITE);
        check(caller, term);
        return ctx.store.write(em -> {
            TermEntity e = new TermEntity();
            e.divisionCode = term.divisionCode();
            apply(em, e, term);
            return ctx.insert(em, caller, e, x -> x.id, "term", "新增届").toValue();
        });
    }

    Term updateTerm(Caller caller, long termId, Term term) {
        caller.require(RoundPlanningService.TERM_WRITE);
        check(caller, term);
        return ctx.store.write(em -> {
            TermEntity e = Context.term(em, termId);
            caller.requireDivision(e.divisionCode);
            Context.checkVersion(term.version(), e.version);
            Context.requireSameDivision(e.divisionCode, term.divisionCode(), "届", "term");
            apply(em, e, term);
            em.flush();
            ctx.audit.record(em, caller, AuditEntry.of(AuditAction.UPDATE, Context.MODULE, "term", e.id, "修改届 " + e.id));
            return e.toValue();
        });
    }

    private void check(Caller caller, Term t) {
        new Checks().required("name", t.name(), "届名称", "name").maxLength("name", t.name(), 200, "届名称", "name")
                .required("divisionCode", t.divisionCode(), "所属区划", "division")
                .required("startDate", t.startDate(), "开始日期", "start date").required("endDate", t.endDate(), "结束日期", "end date")
                .notAfter("endDate", t.startDate(), t.endDate(), "结束日期", "end date")
                .throwIfInvalid();
        caller.requireDivision(t.divisionCode());
        if (ctx.reference.division(caller, t.divisionCode()).isEmpty()) {
            throw ApiException.validation(List.of(new org.xuncha.platform.api.rest.FieldError("divisionCode", "not_found",
                    "区划不存在：" + t.divisionCode(), "division not found: " + t.divisionCode())));
        }
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

    // ------------------------------------------------------------------ coverage

    Coverage coverage(Caller caller, long termId) {
        return coverageTable(caller, termId).coverage();
    }

    CoverageCalculator.Result coverageTable(Caller caller, long termId) {
        caller.require(RoundPlanningService.COVERAGE_READ);
        record Data(TermEntity term, List<CoverageCalculator.RoundInput> rounds) {
        }
        Data data = ctx.store.read(em -> {
            TermEntity t = Context.term(em, termId);
            caller.requireDivision(t.divisionCode);
            return new Data(t, roundInputs(em, termId));
        });
        List<Unit> universe = ctx.reference.allUnits(caller, new UnitQuery(null, data.term().divisionCode, null, null, null, null, true));
        return CoverageCalculator.evaluate(data.term().toValue().ref(), ctx.today(), universe, data.rounds());
    }

    /** The rounds of a term with their target units, as coverage needs them. */
    static List<CoverageCalculator.RoundInput> roundInputs(EntityManager em, long termId) {
        List<RoundEntity> rounds = em.createQuery("select r from RoundEntity r where r.termId = :t order by r.number", RoundEntity.class)
                .setParameter("t", termId).getResultList();
        Map<Long, Set<Long>> units = new HashMap<>();
        for (Object[] row : em.createQuery("select t.roundId, t.unitId from TargetEntity t where t.roundId in "
                + "(select r.id from RoundEntity r where r.termId = :t)", Object[].class).setParameter("t", termId).getResultList()) {
            units.computeIfAbsent((Long) row[0], k -> new java.util.HashSet<>()).add((Long) row[1]);
        }
        return rounds.stream().map(r -> new CoverageCalculator.RoundInput(r.id, r.number, r.name, r.type, r.stage,
                units.getOrDefault(r.id, Set.of()))).toList();
    }

    /** Units already inspected in the term (by rounds that have entered), for "uninspected only" selections. */
    static Set<Long> inspectedInTerm(EntityManager em, long termId) {
        return new java.util.HashSet<>(em.createQuery("select t.unitId from TargetEntity t, RoundEntity r where t.roundId = r.id "
                + "and r.termId = :t and r.stage <> :prep", Long.class)
                .setParameter("t", termId).setParameter("prep", Stage.PREPARATION).getResultList());
    }

    // ------------------------------------------------------------------ priorities

    List<Priority> priorities(Caller caller, String divisionCode, boolean activeOnly) {
        caller.require(RoundPlanningService.PRIORITY_READ);
        return ctx.store.read(em -> {
            Where w = Context.scoped(caller, "p.divisionCode", null).andEq("p.divisionCode", "division", divisionCode);
            if (activeOnly) {
                w.and("p.active = true", null, null);
            }
            return w.bind(em.createQuery("select p from PriorityEntity p" + w.sql + " order by p.sourceDate desc, p.id desc",
                    PriorityEntity.class)).getResultList().stream().map(PriorityEntity::toValue).toList();
        });
    }

    Priority createPriority(Caller caller, Priority p) {
        caller.require(RoundPlanningService.PRIORITY_WRITE);
        check(p);
        caller.requireDivision(p.divisionCode());
        return ctx.store.write(em -> {
            PriorityEntity e = new PriorityEntity();
            e.divisionCode = p.divisionCode();
            apply(e, p);
            return ctx.insert(em, caller, e, x -> x.id, "priority", "新增中心工作").toValue();
        });
    }

    Priority updatePriority(Caller caller, long id, Priority p) {
        caller.require(RoundPlanningService.PRIORITY_WRITE);
        check(p);
        return ctx.store.write(em -> {
            PriorityEntity e = Context.priority(em, id);
            caller.requireDivision(e.divisionCode);
            Context.checkVersion(p.version(), e.version);
            Context.requireSameDivision(e.divisionCode, p.divisionCode(), "中心工作", "priority");
            apply(e, p);
            em.flush();
            ctx.audit.record(em, caller, AuditEntry.of(AuditAction.UPDATE, Context.MODULE, "priority", e.id, "修改中心工作 " + e.id));
            return e.toValue();
        });
    }

    private static void check(Priority p) {
        new Checks().required("name", p.name(), "名称", "name").maxLength("name", p.name(), 200, "名称", "name")
                .required("divisionCode", p.divisionCode(), "所属区划", "division")
                .maxLength("sourceMeeting", p.sourceMeeting(), 200, "来源会议", "source meeting")
                .maxLength("description", p.description(), 2000, "说明", "description")
                .throwIfInvalid();
    }

    private static void apply(PriorityEntity e, Priority p) {
        e.name = p.name().trim();
        e.sourceMeeting = p.sourceMeeting();
        e.sourceDate = p.sourceDate();
        e.description = p.description();
        e.active = p.active() == null || p.active();
    }
}
