package org.xuncha.leadtransfer.internal.joint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.Source;
import org.xuncha.leadtransfer.internal.ModuleStore;
import org.xuncha.leadtransfer.internal.Permissions;
import org.xuncha.leadtransfer.internal.Placement;
import org.xuncha.leadtransfer.internal.Texts;
import org.xuncha.leadtransfer.internal.Settings;
import org.xuncha.leadtransfer.internal.Where;
import org.xuncha.leadtransfer.internal.lead.LeadService;
import org.xuncha.leadtransfer.internal.problem.ProblemService;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundDirectory;
import org.xuncha.roundplanning.api.RoundRef;
import org.xuncha.roundplanning.api.TermRef;

/**
 * 巡纪审联动: joint operations linking a round with discipline-commission and audit projects, findings
 * of audit and discipline brought in as problems or leads (their source marked), and the shared
 * calendar of visits, which keeps one unit from being visited twice at once.
 */
@Component(service = JointService.class)
public class JointService {

    static final String TYPE = "joint-operation";

    public record JointInput(String name, Long roundId, String disciplineProject, String auditProject, LocalDate startsOn,
                             LocalDate endsOn, String note, Long version) {
    }

    /** What a joint operation produced: approved problems and transferred leads of its round, and findings brought in. */
    public record Figures(long problemsFound, long leadsTransferred, long problemsBroughtIn, long leadsBroughtIn, long visits) {
    }

    public record JointView(long id, long termId, long roundId, String name, String disciplineProject, String auditProject,
                            LocalDate startsOn, LocalDate endsOn, String note, String createdBy, long version, Figures figures) {
    }

    /**
     * An audit or discipline finding to bring in: a problem ({@code description}) or a lead (the person
     * concerned); the group is the one of the operation's round that inspects the unit.
     */
    public record FindingInput(ItemType kind, Long unitId, String category, String description, Boolean topLeader,
                               Boolean leadingGroup, String personName, String personPost, String personRank, String summary,
                               Source source, String reference) {
    }

    public record FindingResult(ItemType kind, long id, long groupId, Source source) {
    }

    public record VisitInput(Long termId, Long unitId, VisitKind kind, String organisation, String project, LocalDate startsOn,
                             LocalDate endsOn, Long jointOperationId) {
    }

    /** A recorded visit, with the visits it overlaps when the office lets overlaps through with a warning. */
    public record VisitResult(Calendar.Entry visit, List<Calendar.Entry> warnings) {
    }

    private final ModuleStore store;
    private final RoundDirectory rounds;
    private final ProblemService problems;
    private final LeadService leads;
    private final ReferenceDataService reference;
    private final Settings settings;

    @Activate
    public JointService(@Reference ModuleStore store, @Reference RoundDirectory rounds, @Reference ProblemService problems,
                        @Reference LeadService leads, @Reference ReferenceDataService reference, @Reference Settings settings) {
        this.store = store;
        this.rounds = rounds;
        this.problems = problems;
        this.leads = leads;
        this.reference = reference;
        this.settings = settings;
    }

    // ---------------------------------------------------------------- joint operations

    public List<JointView> list(Caller caller, Long termId, Long roundId) {
        caller.require(Permissions.JOINT_READ);
        Where w = new Where().eq("j.termId", "term", termId).eq("j.roundId", "round", roundId);
        if (!caller.scope().allDivisions()) {
            w.in("j.divisionCode", "divs", caller.scope().divisions());
        }
        if (caller.scope().groupLimited()) {
            w.in("j.roundId", "rounds", caller.scope().group().roundIds());
        }
        return store.read(em -> w.bind(em.createQuery("select j from JointOperationEntity j" + w.sql() + " order by j.id desc",
                JointOperationEntity.class)).getResultList().stream().map(j -> view(j, null)).toList());
    }

    public JointView get(Caller caller, long id) {
        caller.require(Permissions.JOINT_READ);
        return store.read(em -> {
            JointOperationEntity j = visible(em, caller, id);
            return view(j, figures(em, j));
        });
    }

    public JointView create(Caller caller, JointInput in) {
        caller.require(Permissions.JOINT_WRITE);
        check(in);
        RoundRef round = Placement.round(rounds, caller, in.roundId());
        return store.write(em -> {
            JointOperationEntity j = new JointOperationEntity();
            j.place(round.divisionCode(), round.termId(), round.id(), caller.username(), store.now());
            apply(j, in);
            em.persist(j);
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, TYPE, j.id, "新建巡纪审联动（轮次 " + j.roundId + "）");
            return view(j, null);
        });
    }

    public JointView update(Caller caller, long id, JointInput in) {
        caller.require(Permissions.JOINT_WRITE);
        check(in);
        return store.write(em -> {
            JointOperationEntity j = visible(em, caller, id);
            if (in.version() == null || in.version() != j.version) {
                throw ApiException.conflict("stale", "联动项目已被他人修改，请刷新后重试", "The joint operation was changed meanwhile: reload and retry");
            }
            if (in.roundId() != j.roundId) {
                throw ApiException.validation(List.of(new FieldError("roundId", "invalid", "不能更改联动项目的轮次", "the round cannot be changed")));
            }
            apply(j, in);
            store.audit(em, caller, AuditAction.UPDATE, TYPE, id, "修改巡纪审联动");
            return view(j, null);
        });
    }

    private static void check(JointInput in) {
        new Checks()
                .required("name", in.name(), "名称", "name").maxLength("name", in.name(), 200, "名称", "name")
                .required("roundId", in.roundId(), "巡察轮次", "round")
                .maxLength("disciplineProject", in.disciplineProject(), 200, "纪检监察项目", "discipline project")
                .maxLength("auditProject", in.auditProject(), 200, "审计项目", "audit project")
                .notAfter("endsOn", in.startsOn(), in.endsOn(), "结束日期", "end date")
                .maxLength("note", in.note(), 1000, "备注", "note")
                .throwIfInvalid();
    }

    private static void apply(JointOperationEntity j, JointInput in) {
        j.name = in.name().trim();
        j.disciplineProject = Texts.blank(in.disciplineProject());
        j.auditProject = Texts.blank(in.auditProject());
        j.startsOn = in.startsOn();
        j.endsOn = in.endsOn();
        j.note = Texts.blank(in.note());
    }

    private JointOperationEntity visible(EntityManager em, Caller caller, long id) {
        JointOperationEntity j = em.find(JointOperationEntity.class, id);
        if (j == null) {
            throw ApiException.notFound("联动项目", "joint operation", id);
        }
        if (!caller.scope().coversDivision(j.divisionCode) || !caller.scope().coversRound(j.roundId)) {
            throw ApiException.outOfScope();
        }
        return j;
    }

    private static Figures figures(EntityManager em, JointOperationEntity j) {
        return new Figures(
                count(em, "select count(p) from ProblemEntity p where p.roundId = :r and p.status = :s", j.roundId, "s",
                        org.xuncha.leadtransfer.internal.problem.ProblemStatus.APPROVED),
                count(em, "select count(l) from LeadEntity l where l.roundId = :r and l.transferredOn is not null", j.roundId, null, null),
                count(em, "select count(p) from ProblemEntity p where p.roundId = :r and p.source in :s", j.roundId, "s", Permissions.FINDING_SOURCES),
                count(em, "select count(l) from LeadEntity l where l.roundId = :r and l.source in :s", j.roundId, "s", Permissions.FINDING_SOURCES),
                em.createQuery("select count(v) from VisitEntity v where v.jointOperationId = :j", Long.class).setParameter("j", j.id)
                        .getSingleResult());
    }

    private static long count(EntityManager em, String jpql, long roundId, String param, Object value) {
        var q = em.createQuery(jpql, Long.class).setParameter("r", roundId);
        if (param != null) {
            q.setParameter(param, value);
        }
        return q.getSingleResult();
    }

    private static JointView view(JointOperationEntity j, Figures figures) {
        return new JointView(j.id, j.termId, j.roundId, j.name, j.disciplineProject, j.auditProject, j.startsOn, j.endsOn, j.note,
                j.createdBy, j.version, figures);
    }

    // ---------------------------------------------------------------- findings

    public FindingResult bringIn(Caller caller, long id, FindingInput in) {
        caller.require(Permissions.FINDING_IMPORT);
        Source source = in.source() == null ? Source.AUDIT : in.source();
        new Checks().required("kind", in.kind(), "类别（问题或线索）", "kind (problem or lead)").required("unitId", in.unitId(), "单位", "unit")
                .check(!Permissions.FINDING_SOURCES.contains(source), "source", "invalid", "来源只能是审计或纪委监委", "the source is audit or discipline")
                .maxLength("reference", in.reference(), 150, "审计或纪检项目中的编号", "reference in the audit or discipline project")
                .throwIfInvalid();
        JointOperationEntity j = store.read(em -> visible(em, caller, id));
        GroupRef group = rounds.groupForTarget(j.roundId, in.unitId()).orElseThrow(() -> ApiException.validation(List.of(
                new FieldError("unitId", "invalid", "该单位不是本轮巡察对象", "the unit is not a target of the operation's round"))));
        String ref = "joint-operation:" + id + (in.reference() == null || in.reference().isBlank() ? "" : ":" + in.reference().trim());
        if (in.kind() == ItemType.PROBLEM) {
            long problemId = problems.create(caller, new ProblemService.ProblemInput(j.roundId, group.id(), in.unitId(), in.category(),
                    in.description(), in.topLeader(), in.leadingGroup(), null, source, ref, null)).id();
            return new FindingResult(ItemType.PROBLEM, problemId, group.id(), source);
        }
        long leadId = leads.create(caller, new LeadService.LeadInput(j.roundId, group.id(), in.unitId(), in.personName(), in.personPost(),
                in.personRank(), null, in.category(), in.summary(), in.topLeader(), source, ref, null)).id();
        return new FindingResult(ItemType.LEAD, leadId, group.id(), source);
    }

    // ---------------------------------------------------------------- calendar

    /** The term's visits: inspections from round planning and the visits recorded here, within the caller's divisions. */
    public List<Calendar.Entry> calendar(Caller caller, long termId, Long unitId, LocalDate from, LocalDate to) {
        caller.require(Permissions.JOINT_READ);
        term(caller, termId);
        List<Calendar.Entry> all = entries(caller, termId, unitId, null);
        return Calendar.within(all, from, to);
    }

    public VisitResult recordVisit(Caller caller, VisitInput in) {
        caller.require(Permissions.VISIT_WRITE);
        new Checks()
                .required("unitId", in.unitId(), "单位", "unit")
                .required("kind", in.kind(), "监督类别", "kind")
                .check(in.kind() == VisitKind.INSPECTION, "kind", "invalid", "巡察进驻由巡察规划安排，此处登记审计、纪检等进点",
                        "inspections come from round planning; record audit, discipline and other visits here")
                .required("organisation", in.organisation(), "实施单位", "organisation")
                .maxLength("organisation", in.organisation(), 100, "实施单位", "organisation")
                .maxLength("project", in.project(), 200, "项目名称", "project")
                .required("startsOn", in.startsOn(), "开始日期", "start date").required("endsOn", in.endsOn(), "结束日期", "end date")
                .notAfter("endsOn", in.startsOn(), in.endsOn(), "结束日期", "end date")
                .check(in.termId() == null && in.jointOperationId() == null, "termId", "required", "请指定届次或联动项目",
                        "give the term or the joint operation")
                .throwIfInvalid();
        JointOperationEntity joint = in.jointOperationId() == null ? null : store.read(em -> visible(em, caller, in.jointOperationId()));
        long termId = joint != null ? joint.termId : in.termId();
        TermRef term = term(caller, termId);
        if (reference.units(caller, List.of(in.unitId())).isEmpty()) {
            throw ApiException.validation(List.of(new FieldError("unitId", "not_found", "单位不存在：" + in.unitId(), "unit not found: " + in.unitId())));
        }
        // Visits of the same joint operation (its own round's inspection included) are meant to go together.
        List<Calendar.Entry> conflicts = Calendar.conflicts(entries(caller, termId, in.unitId(), joint), in.unitId(), in.startsOn(), in.endsOn());
        if (!conflicts.isEmpty() && settings.calendarConflict() == Settings.ConflictPolicy.REFUSE) {
            Calendar.Entry c = conflicts.get(0);
            throw ApiException.conflict("visit_conflict", "该单位在" + c.startsOn() + "至" + c.endsOn() + "已安排" + c.kind().nameZh()
                    + "（" + c.by() + "），时间重叠，不能重复进点", "The unit is visited by " + c.by() + " (" + c.kind().nameEn() + ") from "
                    + c.startsOn() + " to " + c.endsOn() + ": the periods overlap");
        }
        Calendar.Entry saved = store.write(em -> {
            VisitEntity v = new VisitEntity();
            v.divisionCode = term.divisionCode();
            v.termId = termId;
            v.unitId = in.unitId();
            v.kind = in.kind();
            v.organisation = in.organisation().trim();
            v.project = Texts.blank(in.project());
            v.startsOn = in.startsOn();
            v.endsOn = in.endsOn();
            v.jointOperationId = in.jointOperationId();
            v.createdBy = caller.username();
            v.createdAt = store.now();
            em.persist(v);
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, "visit", v.id, "登记" + v.kind.nameZh() + "进点（单位 " + v.unitId + "，"
                    + v.startsOn + "至" + v.endsOn + (conflicts.isEmpty() ? "" : "，与" + conflicts.size() + "项安排重叠") + "）");
            return v.toEntry();
        });
        return new VisitResult(saved, conflicts);
    }

    public void deleteVisit(Caller caller, long id) {
        caller.require(Permissions.VISIT_WRITE);
        store.write(em -> {
            VisitEntity v = em.find(VisitEntity.class, id);
            if (v == null) {
                throw ApiException.notFound("进点安排", "visit", id);
            }
            caller.requireDivision(v.divisionCode);
            em.remove(v);
            store.audit(em, caller, AuditAction.DELETE, "visit", id, "删除进点安排");
            return null;
        });
    }

    private TermRef term(Caller caller, long termId) {
        TermRef term = rounds.term(termId).orElseThrow(() -> ApiException.validation(List.of(
                new FieldError("termId", "not_found", "届次不存在：" + termId, "term not found: " + termId))));
        caller.requireDivision(term.divisionCode());
        return term;
    }

    /** Inspections and recorded visits of the term (of one unit if given), leaving out those of {@code sameOperation}. */
    private List<Calendar.Entry> entries(Caller caller, long termId, Long unitId, JointOperationEntity sameOperation) {
        List<Calendar.Entry> all = new ArrayList<>(Calendar.inspections(rounds, termId, r -> caller.scope().coversDivision(r.divisionCode())
                && (sameOperation == null || r.id() != sameOperation.roundId)));
        Where w = new Where().eq("v.termId", "term", termId).eq("v.unitId", "unit", unitId);
        if (!caller.scope().allDivisions()) {
            w.in("v.divisionCode", "divs", caller.scope().divisions());
        }
        if (sameOperation != null) {
            w.and("(v.jointOperationId is null or v.jointOperationId <> :same)", "same", sameOperation.id);
        }
        all.addAll(store.read(em -> w.bind(em.createQuery("select v from VisitEntity v" + w.sql(), VisitEntity.class)).getResultList()
                .stream().map(VisitEntity::toEntry).toList()));
        return unitId == null ? all : all.stream().filter(e -> e.unitId() == unitId).toList();
    }
}
