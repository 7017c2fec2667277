package org.xuncha.leadtransfer.internal.problem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.files.AttachmentStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.RoundDirectory;

/**
 * Problems found (问题底稿): drafted by a group for one of its target units, with evidence, signed off
 * by the group leader, reviewed by the office and decided by the leading group. Callers see the
 * problems of their divisions and, for group roles, of their own groups. The description is stored
 * encrypted; reading one problem in full is audited.
 */
@Component(service = ProblemService.class)
public class ProblemService {

    static final String TYPE = "problem";
    public static final Map<String, String> SORT = Map.of("id", "p.id", "foundOn", "p.foundOn", "status", "p.status",
            "category", "p.category", "unitId", "p.unitId", "roundId", "p.roundId", "groupId", "p.groupId");
    static final int DESCRIPTION_MAX = 5000;
    static final int OPINION_MAX = 1000;

    /** A problem; in lists the description, approvals and attachments are left out. */
    public record ProblemView(long id, long termId, long roundId, long groupId, long unitId, String category, String description,
                              boolean topLeader, boolean leadingGroup, Source source, String sourceRef, ProblemStatus status,
                              LocalDate foundOn, LocalDate approvedOn, String createdBy, LocalDateTime createdAt, long version,
                              List<ApprovalView> approvals, List<Attachment> attachments) {
    }

    public record ApprovalView(ApprovalStep step, Decision decision, String opinion, String actor, LocalDateTime actedAt) {
    }

    /** What a group writes; {@code version} is required on updates. */
    public record ProblemInput(Long roundId, Long groupId, Long unitId, String category, String description, Boolean topLeader,
                               Boolean leadingGroup, LocalDate foundOn, Source source, String sourceRef, Long version) {
    }

    public record DecisionInput(Decision decision, String opinion) {
    }

    public record ProblemQuery(Long termId, Long roundId, Long groupId, Long unitId, String category, ProblemStatus status,
                               Boolean topLeader, Source source) {
    }

    private final ModuleStore store;
    private final Taxonomy taxonomy;
    private final RoundDirectory rounds;
    private final AttachmentStore attachments;
    private final Settings settings;

    @Activate
    public ProblemService(@Reference ModuleStore store, @Reference Taxonomy taxonomy, @Reference RoundDirectory rounds,
                          @Reference AttachmentStore attachments, @Reference Settings settings) {
        this.store = store;
        this.taxonomy = taxonomy;
        this.rounds = rounds;
        this.attachments = attachments;
        this.settings = settings;
    }

    // ---------------------------------------------------------------- reading

    public Page<ProblemView> list(Caller caller, ProblemQuery q, PageRequest page) {
        caller.require(Permissions.PROBLEM_READ);
        Where w = Where.scoped(caller, "p")
                .eq("p.termId", "term", q.termId()).eq("p.roundId", "round", q.roundId()).eq("p.groupId", "group", q.groupId())
                .eq("p.unitId", "unit", q.unitId()).eq("p.category", "category", q.category()).eq("p.status", "status", q.status())
                .eq("p.topLeader", "topLeader", q.topLeader()).eq("p.source", "source", q.source());
        return store.read(em -> w.page(em, ProblemEntity.class, "p", Where.orderBy(page, SORT, "p.id"), page))
                .map(p -> view(p, null, List.of(), List.of()));
    }

    /** One problem in full (description, approval sheet, evidence); audited as a read. */
    public ProblemView get(Caller caller, long id) {
        caller.require(Permissions.PROBLEM_READ);
        ProblemView v = store.read(em -> {
            ProblemEntity p = visible(em, caller, id);
            List<ApprovalView> sheet = em.createQuery("select a from ApprovalEntity a where a.problemId = :p order by a.id", ApprovalEntity.class)
                    .setParameter("p", id).getResultList().stream()
                    .map(a -> new ApprovalView(a.step, a.decision, store.decrypt(a.opinion), a.actor, a.actedAt)).toList();
            return view(p, store.decrypt(p.description), sheet, attachments.list(ModuleStore.MODULE, TYPE, String.valueOf(id)));
        });
        store.audit(caller, AuditAction.READ, TYPE, id, "查看问题底稿");
        return v;
    }

    /** The problem if it exists and the caller's scope covers it: 404 / 403 otherwise. */
    public ProblemEntity visible(EntityManager em, Caller caller, long id) {
        ProblemEntity p = em.find(ProblemEntity.class, id);
        if (p == null) {
            throw ApiException.notFound("问题底稿", "problem", id);
        }
        if (!caller.scope().coversDivision(p.divisionCode) || !caller.scope().coversGroup(p.groupId)) {
            throw ApiException.outOfScope();
        }
        return p;
    }

    // ---------------------------------------------------------------- writing

    /** A new draft. Audit and discipline findings (source AUDIT / DISCIPLINE) need the finding-import permission instead. */
    public ProblemView create(Caller caller, ProblemInput in) {
        Source source = in.source() == null ? Source.GROUP_WORK : in.source();
        caller.require(Permissions.toRaise(source, Permissions.PROBLEM_WRITE));
        checkInput(in, true);
        LocalDate today = store.today();
        LocalDate foundOn = in.foundOn() == null ? today : in.foundOn();
        Placement at = Placement.resolve(rounds, caller, in.roundId(), in.groupId(), in.unitId(), foundOn);
        return store.write(em -> {
            taxonomy.requireUsable(em, "category", Texts.blank(in.category()));
            ProblemEntity p = new ProblemEntity();
            p.place(at, caller.username(), store.now());
            p.roundStart = at.roundStart();
            p.source = source;
            p.sourceRef = Texts.blank(in.sourceRef());
            p.status = ProblemStatus.DRAFT;
            p.foundOn = foundOn;
            apply(p, in);
            em.persist(p);
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, TYPE, p.id, "新增问题底稿（轮次 " + p.roundId + "，单位 " + p.unitId + "，来源 "
                    + source.name() + "）");
            return view(p, in.description().trim(), List.of(), List.of());
        });
    }

    public ProblemView update(Caller caller, long id, ProblemInput in) {
        caller.require(Permissions.PROBLEM_WRITE);
        checkInput(in, false);
        return store.write(em -> {
            ProblemEntity p = editable(em, caller, id);
            if (in.version() == null || in.version() != p.version) {
                throw ApiException.conflict("stale", "问题底稿已被他人修改，请刷新后重试", "The problem was changed meanwhile: reload and retry");
            }
            taxonomy.requireUsable(em, "category", Texts.blank(in.category()));
            if (in.foundOn() != null) {
                p.foundOn = in.foundOn();
            }
            apply(p, in);
            store.audit(em, caller, AuditAction.UPDATE, TYPE, id, "修改问题底稿");
            return view(p, in.description().trim(), List.of(), List.of());
        });
    }

    /** Deletes a draft no lead was raised from, with its evidence. */
    public void delete(Caller caller, long id) {
        caller.require(Permissions.PROBLEM_WRITE);
        store.write(em -> {
            ProblemEntity p = editable(em, caller, id);
            long leads = em.createQuery("select count(l) from LeadEntity l where l.problemId = :p", Long.class).setParameter("p", id)
                    .getSingleResult();
            if (leads > 0) {
                throw ApiException.conflict("has_leads", "已据此问题登记线索，不能删除", "Leads were raised from this problem: it cannot be deleted");
            }
            em.createQuery("delete from ApprovalEntity a where a.problemId = :p").setParameter("p", id).executeUpdate();
            em.remove(p);
            store.audit(em, caller, AuditAction.DELETE, TYPE, id, "删除问题底稿");
            return null;
        });
        for (Attachment a : attachments.list(ModuleStore.MODULE, TYPE, String.valueOf(id))) {
            attachments.delete(caller, a.id());
        }
    }

    /** The group leader signs the draft off to the office. */
    public ProblemView submit(Caller caller, long id, String opinion) {
        caller.require(Permissions.PROBLEM_SUBMIT);
        return transition(caller, id, ApprovalStep.GROUP, null, opinion);
    }

    /** The office's review ({@link ApprovalStep#OFFICE}) or the leading group's decision ({@link ApprovalStep#LEADING_GROUP}). */
    public ProblemView decide(Caller caller, long id, ApprovalStep step, DecisionInput in) {
        caller.require(step == ApprovalStep.OFFICE ? Permissions.PROBLEM_REVIEW : Permissions.PROBLEM_DECIDE);
        new Checks().required("decision", in.decision(), "审核意见", "decision").throwIfInvalid();
        return transition(caller, id, step, in.decision(), in.opinion());
    }

    private ProblemView transition(Caller caller, long id, ApprovalStep step, Decision decision, String opinion) {
        new Checks().maxLength("opinion", opinion, OPINION_MAX, "意见", "opinion")
                .check(decision == Decision.RETURN && (opinion == null || opinion.isBlank()), "opinion", "required",
                        "退回时须写明意见", "an opinion is required when returning")
                .throwIfInvalid();
        ProblemView result = store.write(em -> {
            ProblemEntity p = visible(em, caller, id);
            ApprovalFlow.Transition t = step == ApprovalStep.GROUP ? ApprovalFlow.submit(p.status) : ApprovalFlow.decide(p.status, step, decision);
            if (t.step() == ApprovalStep.GROUP && p.category == null) {
                throw ApiException.validation(List.of(new org.xuncha.platform.api.rest.FieldError("category", "required",
                        "报送前须确定问题类别", "classify the problem before submitting it")));
            }
            ApprovalEntity a = new ApprovalEntity();
            a.problemId = id;
            a.step = t.step();
            a.decision = decision == null ? Decision.APPROVE : decision;
            a.opinion = opinion == null || opinion.isBlank() ? null : store.encrypt(opinion.trim());
            a.actor = caller.username();
            a.actedAt = store.now();
            em.persist(a);
            ProblemStatus from = p.status;
            p.status = t.to();
            p.approvedOn = t.to() == ProblemStatus.APPROVED ? store.today() : null;
            p.updatedAt = store.now();
            em.flush();
            store.audit(em, caller, AuditAction.TRANSITION, TYPE, id, t.step().nameZh() + "：" + from.name() + " → " + p.status.name());
            return view(p, null, List.of(), List.of());
        });
        if (result.status() == ProblemStatus.APPROVED) {
            store.post(LeadEvents.PROBLEM_APPROVED, caller, id, LeadEvents.ROUND_ID, result.roundId(),
                    LeadEvents.GROUP_ID, result.groupId(), LeadEvents.UNIT_ID, result.unitId(),
                    LeadEvents.CATEGORY, result.category(), LeadEvents.TOP_LEADER, result.topLeader());
        }
        return result;
    }

    /**
     * Approved problems entered after the fact, in one transaction: the bulk form of {@link #create},
     * {@link #submit} and both decisions. Each is checked like a new draft and must be classified; its
     * approval sheet is signed at the three steps; one audit record each; the approval events are
     * posted after the commit. A refused problem refuses the whole batch.
     */
    public List<Long> createApproved(Caller caller, List<ProblemInput> inputs) {
        caller.require(Permissions.PROBLEM_SUBMIT);
        caller.require(Permissions.PROBLEM_REVIEW);
        caller.require(Permissions.PROBLEM_DECIDE);
        LocalDate today = store.today();
        Map<String, Placement> placements = new HashMap<>();
        List<Placement> at = new ArrayList<>();
        for (ProblemInput in : inputs) {
            caller.require(Permissions.toRaise(in.source() == null ? Source.GROUP_WORK : in.source(), Permissions.PROBLEM_WRITE));
            checkInput(in, true);
            new Checks().required("category", Texts.blank(in.category()), "问题类别", "category").throwIfInvalid();
            LocalDate foundOn = in.foundOn() == null ? today : in.foundOn();
            at.add(placements.computeIfAbsent(in.roundId() + "/" + in.groupId() + "/" + in.unitId() + "/" + foundOn,
                    k -> Placement.resolve(rounds, caller, in.roundId(), in.groupId(), in.unitId(), foundOn)));
        }
        List<ProblemEntity> saved = store.write(em -> {
            Set<String> checked = new HashSet<>();
            List<ProblemEntity> list = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                ProblemInput in = inputs.get(i);
                if (checked.add(Texts.blank(in.category()))) {
                    taxonomy.requireUsable(em, "category", Texts.blank(in.category()));
                }
                ProblemEntity p = new ProblemEntity();
                p.place(at.get(i), caller.username(), store.now());
                p.roundStart = at.get(i).roundStart();
                p.source = in.source() == null ? Source.GROUP_WORK : in.source();
                p.sourceRef = Texts.blank(in.sourceRef());
                p.foundOn = in.foundOn() == null ? today : in.foundOn();
                apply(p, in);
                p.status = ProblemStatus.APPROVED;
                p.approvedOn = today;
                em.persist(p);
                list.add(p);
            }
            em.flush();
            LocalDateTime now = store.now();
            for (ProblemEntity p : list) {
                for (ApprovalStep step : ApprovalStep.values()) {
                    ApprovalEntity a = new ApprovalEntity();
                    a.problemId = p.id;
                    a.step = step;
                    a.decision = Decision.APPROVE;
                    a.actor = caller.username();
                    a.actedAt = now;
                    em.persist(a);
                }
                store.audit(em, caller, AuditAction.CREATE, TYPE, p.id, "录入已审定问题（轮次 " + p.roundId + "，单位 " + p.unitId + "，来源 "
                        + p.source.name() + "）");
            }
            return list;
        });
        for (ProblemEntity p : saved) {
            store.post(LeadEvents.PROBLEM_APPROVED, caller, p.id, LeadEvents.ROUND_ID, p.roundId, LeadEvents.GROUP_ID, p.groupId,
                    LeadEvents.UNIT_ID, p.unitId, LeadEvents.CATEGORY, p.category, LeadEvents.TOP_LEADER, p.topLeader);
        }
        return saved.stream().map(p -> p.id).toList();
    }

    // ---------------------------------------------------------------- evidence

    public Attachment addEvidence(Caller caller, long id, String filename, String contentType, byte[] content) {
        caller.require(Permissions.PROBLEM_WRITE);
        store.read(em -> editable(em, caller, id));
        return attachments.store(caller, ModuleStore.MODULE, TYPE, String.valueOf(id), filename, contentType, content);
    }

    /** An evidence file's metadata and decrypted content (the store audits the read). */
    public Map.Entry<Attachment, byte[]> evidence(Caller caller, long id, long attachmentId) {
        caller.require(Permissions.PROBLEM_READ);
        store.read(em -> visible(em, caller, id));
        Attachment a = ownEvidence(id, attachmentId);
        return Map.entry(a, attachments.content(caller, attachmentId));
    }

    public void deleteEvidence(Caller caller, long id, long attachmentId) {
        caller.require(Permissions.PROBLEM_WRITE);
        store.read(em -> editable(em, caller, id));
        ownEvidence(id, attachmentId);
        attachments.delete(caller, attachmentId);
    }

    private Attachment ownEvidence(long problemId, long attachmentId) {
        return attachments.get(attachmentId)
                .filter(a -> ModuleStore.MODULE.equals(a.module()) && TYPE.equals(a.ownerType()) && String.valueOf(problemId).equals(a.ownerId()))
                .orElseThrow(() -> ApiException.notFound("证据材料", "evidence", attachmentId));
    }

    // ---------------------------------------------------------------- repeats and common problems

    public RepeatQueries.Repeats repeats(Caller caller, long id) {
        caller.require(Permissions.PROBLEM_READ);
        ProblemEntity p = store.read(em -> visible(em, caller, id));
        return store.sql(c -> RepeatQueries.repeats(c, id, p.divisionCode, p.roundId, p.unitId, p.category, p.roundStart));
    }

    public List<RepeatQueries.CommonProblem> common(Caller caller, Long termId, Long roundId, Integer minUnits) {
        caller.require(Permissions.PROBLEM_READ);
        new Checks().check(termId == null && roundId == null, "roundId", "required", "请指定届次或轮次", "give a term or a round")
                .range("minUnits", minUnits, 2, 10_000, "单位数", "units").throwIfInvalid();
        int min = minUnits == null ? settings.commonProblemMinUnits() : minUnits;
        return store.sql(c -> RepeatQueries.common(c, termId, roundId, min,
                caller.scope().allDivisions() ? null : caller.scope().divisions(),
                caller.scope().groupLimited() ? caller.scope().group().groupIds() : null));
    }

    // ---------------------------------------------------------------- helpers

    private ProblemEntity editable(EntityManager em, Caller caller, long id) {
        ProblemEntity p = visible(em, caller, id);
        if (!p.status.editable()) {
            throw ApiException.conflict("not_editable", "问题底稿已报送（" + p.status.nameZh() + "），不能修改",
                    "The problem was submitted (" + p.status.nameEn() + ") and cannot be changed");
        }
        return p;
    }

    private void apply(ProblemEntity p, ProblemInput in) {
        p.category = Texts.blank(in.category());
        p.description = store.encrypt(in.description().trim());
        p.topLeader = Boolean.TRUE.equals(in.topLeader());
        p.leadingGroup = Boolean.TRUE.equals(in.leadingGroup());
        p.updatedAt = store.now();
    }

    private void checkInput(ProblemInput in, boolean creating) {
        Checks checks = new Checks()
                .required("description", in.description(), "问题描述", "description")
                .maxLength("description", in.description(), DESCRIPTION_MAX, "问题描述", "description")
                .maxLength("sourceRef", in.sourceRef(), 200, "来源记录", "source reference")
                .check(in.foundOn() != null && in.foundOn().isAfter(store.today()), "foundOn", "out_of_range",
                        "发现日期不能晚于今天", "the date found cannot be in the future");
        if (creating) {
            checks.required("roundId", in.roundId(), "巡察轮次", "round").required("groupId", in.groupId(), "巡察组", "group")
                    .required("unitId", in.unitId(), "被巡察单位", "unit");
        }
        checks.throwIfInvalid();
    }

    static ProblemView view(ProblemEntity p, String description, List<ApprovalView> approvals, List<Attachment> evidence) {
        return new ProblemView(p.id, p.termId, p.roundId, p.groupId, p.unitId, p.category, description, p.topLeader, p.leadingGroup,
                p.source, p.sourceRef, p.status, p.foundOn, p.approvedOn, p.createdBy, p.createdAt, p.version, approvals, evidence);
    }

}
