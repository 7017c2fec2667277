package org.xuncha.leadtransfer.internal.joint;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.FINDING_IMPORT;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.JOINT_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.JOINT_WRITE;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.Source;
import org.xuncha.leadtransfer.internal.Dates;
import org.xuncha.leadtransfer.internal.GroupFinding;
import org.xuncha.leadtransfer.internal.References;
import org.xuncha.leadtransfer.internal.Rounds;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.leadtransfer.internal.Texts;
import org.xuncha.leadtransfer.internal.lead.LeadInput;
import org.xuncha.leadtransfer.internal.lead.LeadRegistrationService;
import org.xuncha.leadtransfer.internal.problem.ProblemService;
import org.xuncha.leadtransfer.internal.problem.ProblemStatus;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * 巡纪审联动: joint operations linking a round with discipline-commission and audit projects, and
 * findings of audit and discipline brought in as problems or leads of the round (their source
 * marked). Creating an operation and bringing a finding in need round planning (503 while it is
 * away); reading and editing operations do not. The shared calendar is {@link CalendarService}.
 */
@Component(service = JointService.class)
public class JointService {

    static final String TYPE = "joint-operation";
    static final int NAME_MAX = 200;
    static final int PROJECT_MAX = 200;
    static final int NOTE_MAX = 1000;
    /** The finding's number in its audit or discipline project: fits the source reference with the operation's prefix. */
    static final int REFERENCE_MAX = 150;

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
     * An audit or discipline finding to bring in: a problem ({@code description}, {@code leadingGroup},
     * {@code foundOn}: the day it was found, today if left out, so that a past operation's findings keep
     * their own day) or a lead (the person concerned, {@code summary}; its days are those of its
     * transfer); the group is the one of the operation's round that inspects the unit.
     */
    public record FindingInput(ItemType kind, Long unitId, String category, String description, Boolean topLeader,
                               Boolean leadingGroup, String personName, String personPost, String personRank, String summary,
                               Source source, String reference, LocalDate foundOn) {
    }

    public record FindingResult(ItemType kind, long id, long groupId, Source source) {
    }

    private final ModuleStore store;
    private final Rounds rounds;
    private final References references;
    private final ProblemService problems;
    private final LeadRegistrationService leads;

    @Activate
    public JointService(@Reference Store store, @Reference Rounds rounds, @Reference ProblemService problems,
                        @Reference LeadRegistrationService leads, @Reference References references) {
        this.references = references;
        this.store = store.db();
        this.rounds = rounds;
        this.problems = problems;
        this.leads = leads;
    }

    // ---------------------------------------------------------------- joint operations

    /** The operations of the caller's divisions (and, for group roles, rounds); filters are not looked up. */
    public List<JointView> list(Caller caller, Long termId, Long roundId) {
        caller.require(JOINT_READ);
        Where w = Where.scoped(caller, "j.divisionCode", null, "j.roundId").eq("j.termId", "term", termId).eq("j.roundId", "round", roundId);
        return store.read(em -> w.list(em, JointOperationEntity.class, "j", " order by j.id desc").stream().map(j -> view(j, null)).toList());
    }

    public JointView get(Caller caller, long id) {
        caller.require(JOINT_READ);
        return store.read(em -> {
            JointOperationEntity j = visible(em, caller, id);
            return view(j, figures(em, j));
        });
    }

    public JointView create(Caller caller, JointInput in) {
        caller.require(JOINT_WRITE);
        check(in);
        RoundRef round = rounds.round(caller, in.roundId());
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
        caller.require(JOINT_WRITE);
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
            em.flush();   // the answer carries the new version, for the next edit
            store.audit(em, caller, AuditAction.UPDATE, TYPE, id, "修改巡纪审联动");
            return view(j, null);
        });
    }

    static void check(JointInput in) {
        Checks checks = new Checks()
                .required("name", in.name(), "名称", "name").maxLength("name", in.name(), NAME_MAX, "名称", "name")
                .required("roundId", in.roundId(), "巡察轮次", "round")
                .maxLength("disciplineProject", in.disciplineProject(), PROJECT_MAX, "纪检监察项目", "discipline project")
                .maxLength("auditProject", in.auditProject(), PROJECT_MAX, "审计项目", "audit project")
                .notAfter("endsOn", in.startsOn(), in.endsOn(), "结束日期", "end date")
                .maxLength("note", in.note(), NOTE_MAX, "备注", "note");
        Dates.plausible(checks, "startsOn", in.startsOn(), "开始日期", "the start date");
        Dates.plausible(checks, "endsOn", in.endsOn(), "结束日期", "the end date").throwIfInvalid();
    }

    private static void apply(JointOperationEntity j, JointInput in) {
        j.name = in.name().trim();
        j.disciplineProject = Texts.blank(in.disciplineProject());
        j.auditProject = Texts.blank(in.auditProject());
        j.startsOn = in.startsOn();
        j.endsOn = in.endsOn();
        j.note = Texts.blank(in.note());
    }

    /** The operation if it exists (404) and the caller's scope covers its division and round (403 otherwise). */
    static JointOperationEntity visible(EntityManager em, Caller caller, long id) {
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
                count(em, "select count(p) from ProblemEntity p where p.roundId = :r and p.status = :s", j.roundId, "s", ProblemStatus.APPROVED),
                count(em, "select count(l) from LeadEntity l where l.roundId = :r and l.transferredOn is not null", j.roundId, null, null),
                count(em, "select count(p) from ProblemEntity p where p.roundId = :r and p.source in :s", j.roundId, "s", GroupFinding.BROUGHT_IN),
                count(em, "select count(l) from LeadEntity l where l.roundId = :r and l.source in :s", j.roundId, "s", GroupFinding.BROUGHT_IN),
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

    /** Brings a finding in as a problem draft or a registered lead of the operation's round, for the group that inspects the unit. */
    public FindingResult bringIn(Caller caller, long id, FindingInput in) {
        caller.require(FINDING_IMPORT);
        Source source = in.source() == null ? Source.AUDIT : in.source();
        boolean problem = in.kind() == ItemType.PROBLEM;
        boolean lead = in.kind() == ItemType.LEAD;
        new Checks().required("kind", in.kind(), "类别（问题或线索）", "kind (problem or lead)").required("unitId", in.unitId(), "单位", "unit")
                .check(!GroupFinding.BROUGHT_IN.contains(source), "source", "invalid", "来源只能是审计或纪委监委", "the source is audit or discipline")
                .maxLength("reference", in.reference(), REFERENCE_MAX, "审计或纪检项目中的编号", "reference in the audit or discipline project")
                .check(lead && in.description() != null, "description", "invalid", "线索不填问题描述，请填线索摘要", "a lead has a summary, not a description")
                .check(lead && in.leadingGroup() != null, "leadingGroup", "invalid", "线索无此项", "not for a lead")
                .check(lead && in.foundOn() != null, "foundOn", "invalid", "线索不填发现日期，其日期为移交日期", "a lead's days are those of its transfer")
                .check(problem && in.personName() != null, "personName", "invalid", "问题不填反映对象", "a problem names no person")
                .check(problem && in.personPost() != null, "personPost", "invalid", "问题不填反映对象", "a problem names no person")
                .check(problem && in.personRank() != null, "personRank", "invalid", "问题不填反映对象", "a problem names no person")
                .check(problem && in.summary() != null, "summary", "invalid", "问题不填线索摘要，请填问题描述", "a problem has a description, not a summary")
                .throwIfInvalid();
        JointOperationEntity j = store.read(em -> visible(em, caller, id));
        // the unit is an id the write refers to: the platform's shared check (403 naming it outside the caller's divisions)
        references.unit(caller, "unitId", in.unitId());
        GroupRef group = rounds.groupForTarget(j.roundId, in.unitId());
        String ref = "joint-operation:" + id + (in.reference() == null || in.reference().isBlank() ? "" : ":" + in.reference().trim());
        if (problem) {
            long problemId = problems.create(caller, new ProblemService.ProblemInput(j.roundId, group.id(), in.unitId(), in.category(),
                    in.description(), in.topLeader(), in.leadingGroup(), in.foundOn(), source, ref, null)).id();
            return new FindingResult(ItemType.PROBLEM, problemId, group.id(), source);
        }
        long leadId = leads.create(caller, new LeadInput(j.roundId, group.id(), in.unitId(), in.personName(), in.personPost(),
                in.personRank(), null, in.category(), in.summary(), in.topLeader(), source, ref, null)).id();
        return new FindingResult(ItemType.LEAD, leadId, group.id(), source);
    }
}
