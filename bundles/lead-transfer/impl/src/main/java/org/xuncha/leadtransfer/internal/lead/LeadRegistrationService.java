package org.xuncha.leadtransfer.internal.lead;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_WRITE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_REVIEW;

import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.Source;
import org.xuncha.leadtransfer.internal.GroupFinding;
import org.xuncha.leadtransfer.internal.Placement;
import org.xuncha.leadtransfer.internal.References;
import org.xuncha.leadtransfer.internal.Rounds;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.leadtransfer.internal.Texts;
import org.xuncha.leadtransfer.internal.problem.ProblemEntity;
import org.xuncha.leadtransfer.internal.problem.ProblemStatus;
import org.xuncha.leadtransfer.internal.problem.Taxonomy;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/**
 * Registering leads: by a group or the office at a round's group and target unit (placed through
 * round planning, so it answers 503 while round planning is away), raised from a problem (placed
 * where the problem is: no round planning needed), or handed in by another module through
 * {@code LeadIntake}; and editing them while they are registered. Everything the input refers to
 * is looked up first: the round, group and unit, the problem, the category, the person.
 */
@Component(service = LeadRegistrationService.class)
public class LeadRegistrationService {

    public static final int PERSON_NAME_MAX = 50;
    public static final int PERSON_POST_MAX = 100;
    public static final int PERSON_RANK_MAX = 50;
    public static final int SUMMARY_MAX = 2000;
    static final int SOURCE_REF_MAX = 200;
    static final int OVERRIDE_REASON_MAX = 500;

    private final ModuleStore store;
    private final Taxonomy taxonomy;
    private final Rounds rounds;
    private final References references;

    @Activate
    public LeadRegistrationService(@Reference Store store, @Reference Taxonomy taxonomy, @Reference Rounds rounds,
                                   @Reference References references) {
        this.store = store.db();
        this.taxonomy = taxonomy;
        this.rounds = rounds;
        this.references = references;
    }

    public LeadView create(Caller caller, LeadInput in) {
        Source source = requireRaise(caller, in);
        check(in, true);
        Placement at = rounds.place(caller, in.roundId(), in.groupId(), in.unitId(), store.today());
        LeadInput filled = fromDirectory(caller, in);
        return persist(caller, filled, source, at, null, null, filled.topLeader(), null);
    }

    /** A lead raised from a problem: round, group and unit are the problem's; category and top-leader flag default to its. */
    public LeadView createFromProblem(Caller caller, long problemId, LeadInput in) {
        Source source = requireRaise(caller, in);
        caller.require(PROBLEM_READ);
        check(in, false);
        ProblemEntity p = store.read(em -> ProblemEntity.visible(em, caller, problemId));
        samePlace(new Checks(), in, p.roundId, p.groupId, p.unitId, "问题所在", "the problem's").throwIfInvalid();
        String override = requireApprovedOrOverride(caller, p, in.overrideReason());
        LeadInput filled = fromDirectory(caller, in);
        Placement at = new Placement(p.divisionCode, p.termId, p.roundId, p.groupId, p.unitId, null);
        return persist(caller, filled, source, at, problemId, p.category, filled.topLeader() == null ? p.topLeader : filled.topLeader(),
                override);
    }

    /**
     * A lead is raised from a problem the leading group has approved; before that only the office may,
     * naming its reason (kept in the audit trail).
     *
     * @return the override's reason, or null when the problem is approved
     */
    private static String requireApprovedOrOverride(Caller caller, ProblemEntity p, String overrideReason) {
        if (p.status() == ProblemStatus.APPROVED) {
            return null;
        }
        String reason = Texts.blank(overrideReason);
        if (reason == null) {
            throw ApiException.conflict("problem_not_approved",
                    "问题尚未经领导小组审定（" + p.status().nameZh() + "），不能据此登记线索；确需提前登记的，由巡察办说明理由",
                    "The problem is not approved by the leading group yet (" + p.status().nameEn()
                            + "): no lead can be raised from it, unless the office gives its reason to do so now");
        }
        caller.require(PROBLEM_REVIEW);
        new Checks().maxLength("overrideReason", reason, OVERRIDE_REASON_MAX, "提前登记理由", "reason to raise it now").throwIfInvalid();
        return reason;
    }

    public LeadView update(Caller caller, long id, LeadInput in) {
        caller.require(LEAD_WRITE);
        check(in, false);
        LeadInput filled = fromDirectory(caller, in);
        return store.write(em -> {
            LeadEntity l = LeadEntity.visible(em, caller, id);
            if (l.status != LeadStatus.REGISTERED) {
                throw ApiException.conflict("not_editable", "线索已移交，不能修改", "The lead was transferred and cannot be changed");
            }
            if (in.version() == null || in.version() != l.version) {
                throw ApiException.conflict("stale", "线索已被他人修改，请刷新后重试", "The lead was changed meanwhile: reload and retry");
            }
            samePlace(new Checks(), in, l.roundId, l.groupId, l.unitId, "线索所在", "the lead's")
                    .check(in.source() != null && in.source() != l.source, "source", "invalid", "不能更改线索来源", "the source cannot be changed")
                    .check(in.sourceRef() != null && !Objects.equals(Texts.blank(in.sourceRef()), l.sourceRef), "sourceRef", "invalid",
                            "不能更改来源记录", "the source reference cannot be changed")
                    .throwIfInvalid();
            String category = Texts.blank(filled.category());
            taxonomy.requireUsable(em, "category", category);
            apply(l, filled, category, Boolean.TRUE.equals(filled.topLeader()));
            em.flush();   // the answer carries the new version, for the next edit
            store.audit(em, caller, AuditAction.UPDATE, LeadService.TYPE, id, "修改问题线索");
            return LeadView.of(store, l, store.today(), true);
        });
    }

    private static Source requireRaise(Caller caller, LeadInput in) {
        Source source = in.source() == null ? Source.GROUP_WORK : in.source();
        caller.require(GroupFinding.permissionToRaise(source, LEAD_WRITE));
        return source;
    }

    private LeadView persist(Caller caller, LeadInput in, Source source, Placement at, Long problemId, String defaultCategory,
                             Boolean topLeader, String override) {
        return store.write(em -> {
            String category = Texts.blank(in.category()) == null ? defaultCategory : Texts.blank(in.category());
            taxonomy.requireUsable(em, "category", category);
            LeadEntity l = new LeadEntity();
            l.place(at, caller.username(), store.now());
            l.problemId = problemId;
            l.source = source;
            l.sourceRef = Texts.blank(in.sourceRef());
            l.status = LeadStatus.REGISTERED;
            em.persist(l);
            // after persist(): the ciphertexts are bound to the row's id
            apply(l, in, category, Boolean.TRUE.equals(topLeader));
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, LeadService.TYPE, l.id, "登记问题线索（轮次 " + l.roundId + "，单位 " + l.unitId
                    + (problemId == null ? "" : "，问题 " + problemId) + "，来源 " + source.name()
                    + (in.personId() == null ? "，反映对象未在干部库" : "，干部 " + in.personId())
                    + (override == null ? "" : "，问题未经审定，巡察办提前登记，理由：" + override) + "）");
            return LeadView.of(store, l, store.today(), true);
        });
    }

    private void apply(LeadEntity l, LeadInput in, String category, boolean topLeader) {
        apply(store, l, in, category, topLeader);
    }

    /** The person, category, summary and top-leader flag written on a lead with an id (the ciphertexts are bound to it). */
    static void apply(ModuleStore store, LeadEntity l, LeadInput in, String category, boolean topLeader) {
        l.personName = store.encrypt(in.personName().trim(), l.place("person_name"));
        l.personPost = store.encrypt(Texts.blank(in.personPost()), l.place("person_post"));
        l.personRank = store.encrypt(Texts.blank(in.personRank()), l.place("person_rank"));
        l.personId = in.personId();
        l.category = category;
        l.summary = store.encrypt(Texts.blank(in.summary()), l.place("summary"));
        l.topLeader = topLeader;
        l.updatedAt = store.now();
    }

    /**
     * The person concerned, if picked from the cadre directory, exists and is in the caller's divisions;
     * the lead then carries the directory's name, the post and rank unless given, and the top-leader
     * flag of the person's leadership (一把手), whatever was sent. A person typed free is not on file:
     * the name is required and the flag is as sent.
     */
    private LeadInput fromDirectory(Caller caller, LeadInput in) {
        if (in.personId() == null) {
            return in;
        }
        Person person = references.persons(caller, Map.of("personId", in.personId())).get("personId");
        return new LeadInput(in.roundId(), in.groupId(), in.unitId(), person.name(),
                Texts.blank(in.personPost()) == null ? person.post() : in.personPost(),
                Texts.blank(in.personRank()) == null ? person.rank() : in.personRank(), in.personId(), in.category(), in.summary(),
                person.leadership() == Person.Leadership.TOP_LEADER, in.source(), in.sourceRef(), in.version(), in.overrideReason());
    }

    /** Round, group and unit, when sent, must be where the lead already is: they are not changed here. */
    private static Checks samePlace(Checks checks, LeadInput in, long roundId, long groupId, long unitId, String zh, String en) {
        return checks
                .check(in.roundId() != null && in.roundId() != roundId, "roundId", "invalid", "巡察轮次须为" + zh + "轮次", "the round must be " + en)
                .check(in.groupId() != null && in.groupId() != groupId, "groupId", "invalid", "巡察组须为" + zh + "巡察组", "the group must be " + en)
                .check(in.unitId() != null && in.unitId() != unitId, "unitId", "invalid", "单位须为" + zh + "单位", "the unit must be " + en);
    }

    /**
     * The text fields against their columns (the person and summary are stored encrypted, in columns
     * sized for it); a lead placed by the input names its round, group and unit.
     */
    static void check(LeadInput in, boolean placed) {
        Checks checks = new Checks();
        if (in.personId() == null) {   // a person not on file is named as typed
            checks.required("personName", in.personName(), "反映对象姓名", "name of the person concerned");
        }
        checks.maxLength("personName", in.personName(), PERSON_NAME_MAX, "反映对象姓名", "name of the person concerned")
                .maxLength("personPost", in.personPost(), PERSON_POST_MAX, "职务", "post")
                .maxLength("personRank", in.personRank(), PERSON_RANK_MAX, "职级", "rank")
                .maxLength("category", in.category(), Taxonomy.CODE_MAX, "问题类别", "category")
                .maxLength("summary", in.summary(), SUMMARY_MAX, "线索摘要", "summary")
                .maxLength("sourceRef", in.sourceRef(), SOURCE_REF_MAX, "来源记录", "source reference");
        if (placed) {
            checks.required("roundId", in.roundId(), "巡察轮次", "round").required("groupId", in.groupId(), "巡察组", "group")
                    .required("unitId", in.unitId(), "单位", "unit");
        }
        checks.throwIfInvalid();
    }
}
