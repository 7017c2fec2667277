package org.xuncha.leadtransfer.internal.problem;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_WRITE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.Source;
import org.xuncha.leadtransfer.internal.Dates;
import org.xuncha.leadtransfer.internal.GroupFinding;
import org.xuncha.leadtransfer.internal.Placement;
import org.xuncha.leadtransfer.internal.Rounds;
import org.xuncha.leadtransfer.internal.Settings;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.leadtransfer.internal.Texts;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.files.AttachmentStore;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/**
 * Problems found (问题底稿): drafted by a group for one of its target units (placed through round
 * planning, so a new draft answers 503 while round planning is away), edited and deleted while a
 * draft, read in lists and in full, and checked for repeats and common problems. Callers see the
 * problems of their divisions and, for group roles, of their own groups. The description is stored
 * encrypted; reading one problem in full is audited. The approval sheet is {@link ApprovalService},
 * the evidence {@link EvidenceService}.
 */
@Component(service = ProblemService.class)
public class ProblemService {

    static final String TYPE = "problem";
    public static final Map<String, String> SORT = Map.of("id", "p.id", "foundOn", "p.foundOn", "status", "p.status",
            "category", "p.category", "unitId", "p.unitId", "roundId", "p.roundId", "groupId", "p.groupId");
    public static final int DESCRIPTION_MAX = 5000;
    static final int SOURCE_REF_MAX = 200;
    static final int LIST_EXCERPT = 60;

    /** A problem; in lists the description is cut to its first {@value #LIST_EXCERPT} characters, approvals and attachments left out. */
    public record ProblemView(long id, long termId, long roundId, long groupId, long unitId, String category, String description,
                              boolean topLeader, boolean leadingGroup, Source source, String sourceRef, ProblemStatus status,
                              LocalDate foundOn, LocalDate approvedOn, String createdBy, LocalDateTime createdAt, long version,
                              List<ApprovalService.ApprovalView> approvals, List<Attachment> attachments) {
    }

    /** What a group writes; {@code version} is required on updates, where round, group, unit and source stay as they are. */
    public record ProblemInput(Long roundId, Long groupId, Long unitId, String category, String description, Boolean topLeader,
                               Boolean leadingGroup, LocalDate foundOn, Source source, String sourceRef, Long version) {
    }

    /** Filters of a list; null (or blank) filters nothing. Ids here filter: they are not looked up. */
    public record ProblemQuery(Long termId, Long roundId, Long groupId, Long unitId, String category, ProblemStatus status,
                               Boolean topLeader, Source source) {
    }

    private final ModuleStore store;
    private final Taxonomy taxonomy;
    private final Rounds rounds;
    private final AttachmentStore attachments;
    private final Settings settings;

    @Activate
    public ProblemService(@Reference Store store, @Reference Taxonomy taxonomy, @Reference Rounds rounds,
                          @Reference AttachmentStore attachments, @Reference Settings settings) {
        this.store = store.db();
        this.taxonomy = taxonomy;
        this.rounds = rounds;
        this.attachments = attachments;
        this.settings = settings;
    }

    // ---------------------------------------------------------------- reading

    public Page<ProblemView> list(Caller caller, ProblemQuery q, PageRequest page) {
        caller.require(PROBLEM_READ);
        Where w = Where.scoped(caller, "p")
                .eq("p.termId", "term", q.termId()).eq("p.roundId", "round", q.roundId()).eq("p.groupId", "group", q.groupId())
                .eq("p.unitId", "unit", q.unitId()).eq("p.category", "category", q.category()).eq("p.status", "status", q.status())
                .eq("p.topLeader", "topLeader", q.topLeader()).eq("p.source", "source", q.source());
        return store.read(em -> w.page(em, ProblemEntity.class, "p", Where.orderBy(page, SORT, "p.id"), page))
                .map(p -> view(p, excerpt(store.decrypt(p.description, p.place("description"))), List.of(), List.of()));
    }

    /** The start of a description for a list row: enough to tell problems apart, the whole one is in the detail. */
    static String excerpt(String description) {
        if (description == null || description.length() <= LIST_EXCERPT) {
            return description;
        }
        return description.substring(0, LIST_EXCERPT) + "…";
    }

    /** How many problems in the caller's scope have this status, for the to-do list. */
    public long count(Caller caller, ProblemStatus status) {
        caller.require(PROBLEM_READ);
        Where w = Where.scoped(caller, "p").eq("p.status", "status", status);
        return store.read(em -> w.count(em, ProblemEntity.class, "p"));
    }

    /** One problem in full (description, approval sheet, evidence); audited as a read. */
    public ProblemView get(Caller caller, long id) {
        caller.require(PROBLEM_READ);
        ProblemView v = store.read(em -> {
            ProblemEntity p = ProblemEntity.visible(em, caller, id);
            return view(p, store.decrypt(p.description, p.place("description")), ApprovalService.sheet(em, store, id),
                    attachments.list(Store.MODULE, TYPE, String.valueOf(id)));
        });
        store.audit(caller, AuditAction.READ, TYPE, id, "查看问题底稿");
        return v;
    }

    // ---------------------------------------------------------------- drafts

    /** A new draft. Audit and discipline findings (source AUDIT / DISCIPLINE) need the finding-import permission instead. */
    public ProblemView create(Caller caller, ProblemInput in) {
        Source source = in.source() == null ? Source.GROUP_WORK : in.source();
        caller.require(GroupFinding.permissionToRaise(source, PROBLEM_WRITE));
        check(in, true);
        LocalDate foundOn = in.foundOn() == null ? store.today() : in.foundOn();
        Placement at = rounds.place(caller, in.roundId(), in.groupId(), in.unitId(), foundOn);
        return store.write(em -> {
            taxonomy.requireUsable(em, "category", Texts.blank(in.category()));
            ProblemEntity p = draft(em, caller, in, at, source, foundOn);
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, TYPE, p.id, "新增问题底稿（轮次 " + p.roundId + "，单位 " + p.unitId + "，来源 "
                    + source.name() + "）");
            return view(p, in.description().trim(), List.of(), List.of());
        });
    }

    public ProblemView update(Caller caller, long id, ProblemInput in) {
        caller.require(PROBLEM_WRITE);
        check(in, false);
        return store.write(em -> {
            ProblemEntity p = ProblemEntity.editable(em, caller, id);
            if (in.version() == null || in.version() != p.version) {
                throw ApiException.conflict("stale", "问题底稿已被他人修改，请刷新后重试", "The problem was changed meanwhile: reload and retry");
            }
            new Checks()
                    .check(in.roundId() != null && in.roundId() != p.roundId, "roundId", "invalid", "不能更改问题的轮次", "the round cannot be changed")
                    .check(in.groupId() != null && in.groupId() != p.groupId, "groupId", "invalid", "不能更改问题的巡察组", "the group cannot be changed")
                    .check(in.unitId() != null && in.unitId() != p.unitId, "unitId", "invalid", "不能更改问题的单位", "the unit cannot be changed")
                    .check(in.source() != null && in.source() != p.source, "source", "invalid", "不能更改问题来源", "the source cannot be changed")
                    .check(in.sourceRef() != null && !Objects.equals(Texts.blank(in.sourceRef()), p.sourceRef), "sourceRef", "invalid",
                            "不能更改来源记录", "the source reference cannot be changed")
                    .throwIfInvalid();
            taxonomy.requireUsable(em, "category", Texts.blank(in.category()));
            if (in.foundOn() != null) {
                p.foundOn = in.foundOn();
            }
            apply(p, in);
            em.flush();   // the answer carries the new version, for the next edit
            store.audit(em, caller, AuditAction.UPDATE, TYPE, id, "修改问题底稿");
            return view(p, in.description().trim(), List.of(), List.of());
        });
    }

    /** Deletes a draft no lead was raised from, with its evidence. */
    public void delete(Caller caller, long id) {
        caller.require(PROBLEM_WRITE);
        store.write(em -> {
            ProblemEntity p = ProblemEntity.editable(em, caller, id);
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
        for (Attachment a : attachments.list(Store.MODULE, TYPE, String.valueOf(id))) {
            attachments.delete(caller, a.id());
        }
    }

    /**
     * A new problem at its placement, persisted (its description is encrypted bound to its id): a draft
     * here, approved at once by {@link ApprovalService#createApproved}.
     */
    ProblemEntity draft(EntityManager em, Caller caller, ProblemInput in, Placement at, Source source, LocalDate foundOn) {
        ProblemEntity p = new ProblemEntity();
        p.place(at, caller.username(), store.now());
        p.roundStart = at.roundStart();
        p.source = source;
        p.sourceRef = Texts.blank(in.sourceRef());
        p.status = ProblemStatus.DRAFT;
        p.foundOn = foundOn;
        em.persist(p);
        apply(p, in);
        return p;
    }

    private void apply(ProblemEntity p, ProblemInput in) {
        p.category = Texts.blank(in.category());
        p.description = store.encrypt(in.description().trim(), p.place("description"));
        p.topLeader = Boolean.TRUE.equals(in.topLeader());
        p.leadingGroup = Boolean.TRUE.equals(in.leadingGroup());
        p.updatedAt = store.now();
    }

    /** The text fields against their columns, and the date found; a new problem names its round, group and unit. */
    void check(ProblemInput in, boolean creating) {
        Checks checks = new Checks()
                .required("description", in.description(), "问题描述", "description")
                .maxLength("description", in.description(), DESCRIPTION_MAX, "问题描述", "description")
                .maxLength("category", in.category(), Taxonomy.CODE_MAX, "问题类别", "category")
                .maxLength("sourceRef", in.sourceRef(), SOURCE_REF_MAX, "来源记录", "source reference");
        if (creating) {
            checks.required("roundId", in.roundId(), "巡察轮次", "round").required("groupId", in.groupId(), "巡察组", "group")
                    .required("unitId", in.unitId(), "被巡察单位", "unit");
        }
        Dates.past(checks, "foundOn", in.foundOn(), store.today(), "发现日期", "the date found").throwIfInvalid();
    }

    // ---------------------------------------------------------------- repeats and common problems

    public RepeatQueries.Repeats repeats(Caller caller, long id) {
        caller.require(PROBLEM_READ);
        ProblemEntity p = store.read(em -> ProblemEntity.visible(em, caller, id));
        return store.sql(c -> RepeatQueries.repeats(c, id, p.divisionCode, p.roundId, p.unitId, p.category, p.roundStart));
    }

    public List<RepeatQueries.CommonProblem> common(Caller caller, Long termId, Long roundId, Integer minUnits) {
        caller.require(PROBLEM_READ);
        new Checks().check(termId == null && roundId == null, "roundId", "required", "请指定届次或轮次", "give a term or a round")
                .range("minUnits", minUnits, 2, 10_000, "单位数", "units").throwIfInvalid();
        int min = minUnits == null ? settings.commonProblemMinUnits() : minUnits;
        return store.sql(c -> RepeatQueries.common(c, termId, roundId, min,
                caller.scope().allDivisions() ? null : caller.scope().divisions(),
                caller.scope().groupLimited() ? caller.scope().group().groupIds() : null));
    }

    static ProblemView view(ProblemEntity p, String description, List<ApprovalService.ApprovalView> approvals, List<Attachment> evidence) {
        return new ProblemView(p.id, p.termId, p.roundId, p.groupId, p.unitId, p.category, description, p.topLeader, p.leadingGroup,
                p.source, p.sourceRef, p.status, p.foundOn, p.approvedOn, p.createdBy, p.createdAt, p.version, approvals, evidence);
    }
}
