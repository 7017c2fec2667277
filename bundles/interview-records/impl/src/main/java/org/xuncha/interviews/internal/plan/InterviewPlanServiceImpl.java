package org.xuncha.interviews.internal.plan;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.InterviewEvents;
import org.xuncha.interviews.api.InterviewPermissions;
import org.xuncha.interviews.api.InterviewPlan;
import org.xuncha.interviews.api.InterviewPlanService;
import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.MandatoryTopicCheck;
import org.xuncha.interviews.api.OutlineTemplate;
import org.xuncha.interviews.api.PlanDraft;
import org.xuncha.interviews.api.PlanEdit;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.PlannedInterview;
import org.xuncha.interviews.api.PlannedInterviewDraft;
import org.xuncha.interviews.api.PlannedStatus;
import org.xuncha.interviews.api.TemplateDraft;
import org.xuncha.interviews.api.Topic;
import org.xuncha.interviews.internal.Access;
import org.xuncha.interviews.internal.InterviewRules;
import org.xuncha.interviews.internal.InterviewStore;
import org.xuncha.interviews.internal.Leaders;
import org.xuncha.interviews.internal.Publisher;
import org.xuncha.interviews.internal.Rounds;
import org.xuncha.platform.api.Statistic;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.FieldCipher;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundRef;

/** Outline templates and interview plans, with the mandatory-topic check. */
@Component(service = {InterviewPlanService.class, InterviewPlanServiceImpl.class}, immediate = true)
public class InterviewPlanServiceImpl implements InterviewPlanService {

    private static final String MODULE = InterviewPermissions.MODULE;
    public static final Set<String> PLAN_SORT = Set.of("id", "createdAt", "updatedAt", "title");

    private final InterviewStore store;
    private final Rounds rounds;
    private final ReferenceDataService reference;
    private final AuditTrail audit;
    private final FieldCipher cipher;
    private final Publisher publisher;
    private final Clock clock;

    @Activate
    public InterviewPlanServiceImpl(@Reference InterviewStore store, @Reference Rounds rounds,
                                    @Reference ReferenceDataService reference, @Reference AuditTrail audit,
                                    @Reference FieldCipher cipher, @Reference Publisher publisher, @Reference Clock clock) {
        this.store = store;
        this.rounds = rounds;
        this.reference = reference;
        this.audit = audit;
        this.cipher = cipher;
        this.publisher = publisher;
        this.clock = clock;
        seedTemplates();
    }

    // ------------------------------------------------------------------ templates

    private void seedTemplates() {
        store.write(em -> {
            Set<String> present = Set.copyOf(em.createQuery("select t.code from TemplateEntity t where t.code is not null", String.class)
                    .getResultList());
            for (DefaultTemplates.Shipped s : DefaultTemplates.ALL) {
                if (!present.contains(s.code())) {
                    TemplateEntity e = new TemplateEntity();
                    e.code = s.code();
                    e.name = s.name();
                    e.description = s.description();
                    e.categories = TemplateEntity.categories(s.categories());
                    e.builtIn = true;
                    s.topics().forEach(t -> e.topics.add(new TopicValue(t)));
                    e.createdBy = "system:" + MODULE;
                    e.createdAt = LocalDateTime.now(clock);
                    em.persist(e);
                }
            }
            return null;
        });
    }

    @Override
    public List<OutlineTemplate> templates(Caller caller) {
        caller.require(InterviewPermissions.TEMPLATE_READ);
        return store.read(em -> em.createQuery("select t from TemplateEntity t order by t.builtIn desc, t.id", TemplateEntity.class)
                .getResultList().stream().map(TemplateEntity::toValue).toList());
    }

    @Override
    public OutlineTemplate template(Caller caller, long id) {
        caller.require(InterviewPermissions.TEMPLATE_READ);
        return store.read(em -> findTemplate(em, id).toValue());
    }

    @Override
    public OutlineTemplate createTemplate(Caller caller, TemplateDraft draft) {
        caller.require(InterviewPermissions.TEMPLATE_WRITE);
        List<Topic> topics = checkTemplate(draft);
        return store.write(em -> {
            TemplateEntity e = new TemplateEntity();
            e.builtIn = false;
            e.createdBy = caller.username();
            e.createdAt = LocalDateTime.now(clock);
            applyTemplate(e, draft, topics);
            em.persist(e);
            em.flush();
            audit.record(em, caller, AuditEntry.of(AuditAction.CREATE, MODULE, "template", e.id, "新增谈话提纲模板"));
            return e.toValue();
        });
    }

    @Override
    public OutlineTemplate updateTemplate(Caller caller, long id, TemplateDraft draft) {
        caller.require(InterviewPermissions.TEMPLATE_WRITE);
        List<Topic> topics = checkTemplate(draft);
        return store.write(em -> {
            TemplateEntity e = findTemplate(em, id);
            if (e.builtIn) {
                throw ApiException.conflict("built_in", "内置模板不能修改，请新建模板后调整", "Built-in templates cannot be changed; create a new one");
            }
            checkVersion(draft.version(), e.version);
            applyTemplate(e, draft, topics);
            em.flush();
            audit.record(em, caller, AuditEntry.of(AuditAction.UPDATE, MODULE, "template", e.id, "修改谈话提纲模板"));
            return e.toValue();
        });
    }

    private static List<Topic> checkTemplate(TemplateDraft d) {
        Checks checks = new Checks().required("name", d.name(), "模板名称", "name").maxLength("name", d.name(), 200, "模板名称", "name")
                .maxLength("description", d.description(), 1000, "说明", "description")
                .required("topics", d.topics(), "谈话提纲题目", "topics");
        List<Topic> topics = InterviewRules.topics("topics", d.topics(), checks);
        checks.throwIfInvalid();
        return topics;
    }

    private static void applyTemplate(TemplateEntity e, TemplateDraft d, List<Topic> topics) {
        e.name = d.name().trim();
        e.description = InterviewRules.trim(d.description());
        e.categories = TemplateEntity.categories(d.categories());
        e.topics.clear();
        topics.forEach(t -> e.topics.add(new TopicValue(t)));
    }

    private static TemplateEntity findTemplate(EntityManager em, long id) {
        TemplateEntity e = em.find(TemplateEntity.class, id);
        if (e == null) {
            throw ApiException.notFound("谈话提纲模板", "outline template", id);
        }
        return e;
    }

    // ------------------------------------------------------------------ plans

    @Override
    public Page<InterviewPlan> plans(Caller caller, PlanQuery query, PageRequest page) {
        caller.require(InterviewPermissions.PLAN_READ);
        Access.Where w = Access.where(caller, "p", query);
        Page<PlanEntity> rows = store.read(em -> {
            long total = w.bind(em.createQuery("select count(p) from PlanEntity p" + w.sql(), Long.class)).getSingleResult();
            List<PlanEntity> list = w.bind(em.createQuery("select p from PlanEntity p" + w.sql() + Access.orderBy("p", page, "p.id desc"),
                    PlanEntity.class))
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            return new Page<>(list, total, page.page(), page.size());
        });
        Map<String, MandatoryTopicCheck> checks = new HashMap<>();
        return rows.map(p -> toValue(p, checks.computeIfAbsent(p.roundId + "/" + p.unitId,
                k -> check(caller, p.roundId, p.unitId))));
    }

    @Override
    public InterviewPlan plan(Caller caller, long id) {
        caller.require(InterviewPermissions.PLAN_READ);
        PlanEntity p = store.read(em -> findPlan(em, caller, id));
        return toValue(p, check(caller, p.roundId, p.unitId));
    }

    @Override
    public InterviewPlan createPlan(Caller caller, PlanDraft draft) {
        caller.require(InterviewPermissions.PLAN_WRITE);
        Rounds.Target target = rounds.target(caller, draft.roundId(), draft.groupId(), draft.unitId());
        Checks checks = new Checks().required("title", draft.title(), "计划标题", "title")
                .maxLength("title", draft.title(), 200, "计划标题", "title").maxLength("note", draft.note(), 2000, "备注", "note");
        List<PlannedInterviewDraft> drafts = draft.interviews() == null ? List.of() : draft.interviews();
        List<PlannedInterviewRules.Resolved> resolved = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            resolved.add(resolve(caller, "interviews[" + i + "].", drafts.get(i), target.group(), target.unitId(), checks));
        }
        checks.throwIfInvalid();
        LocalDateTime now = LocalDateTime.now(clock);
        PlanEntity saved = store.write(em -> {
            PlanEntity p = new PlanEntity();
            target.applyTo(p);
            p.title = draft.title().trim();
            p.note = InterviewRules.trim(draft.note());
            p.createdBy = caller.username();
            p.createdAt = now;
            p.updatedAt = now;
            em.persist(p);
            em.flush();
            for (int i = 0; i < resolved.size(); i++) {
                em.persist(newPlanned(p, resolved.get(i), drafts.get(i).templateId()));
            }
            em.flush();
            audit.record(em, caller, AuditEntry.of(AuditAction.CREATE, MODULE, "plan", p.id, "新增谈话计划（轮次 " + p.roundId
                    + "，巡察组 " + p.groupId + "，单位 " + p.unitId + "，" + resolved.size() + " 人次）"));
            return p;
        });
        publisher.post(InterviewEvents.PLAN_SAVED, caller, saved.id, saved);
        return plan(caller, saved.id);
    }

    @Override
    public InterviewPlan updatePlan(Caller caller, long id, PlanEdit edit) {
        caller.require(InterviewPermissions.PLAN_WRITE);
        new Checks().required("title", edit.title(), "计划标题", "title").maxLength("title", edit.title(), 200, "计划标题", "title")
                .maxLength("note", edit.note(), 2000, "备注", "note").throwIfInvalid();
        PlanEntity saved = store.write(em -> {
            PlanEntity p = findPlan(em, caller, id);
            checkVersion(edit.version(), p.version);
            p.title = edit.title().trim();
            p.note = InterviewRules.trim(edit.note());
            p.updatedAt = LocalDateTime.now(clock);
            em.flush();
            audit.record(em, caller, AuditEntry.of(AuditAction.UPDATE, MODULE, "plan", p.id, "修改谈话计划"));
            return p;
        });
        publisher.post(InterviewEvents.PLAN_SAVED, caller, saved.id, saved);
        return plan(caller, id);
    }

    @Override
    public PlannedInterview addInterview(Caller caller, long planId, PlannedInterviewDraft draft) {
        caller.require(InterviewPermissions.PLAN_WRITE);
        PlanEntity plan = store.read(em -> findPlan(em, caller, planId));
        Checks checks = new Checks();
        PlannedInterviewRules.Resolved r = resolve(caller, "", draft, rounds.group(plan.groupId), plan.unitId, checks);
        checks.throwIfInvalid();
        PlannedEntity saved = store.write(em -> {
            PlanEntity p = em.find(PlanEntity.class, planId);
            PlannedEntity e = newPlanned(p, r, draft.templateId());
            em.persist(e);
            p.updatedAt = LocalDateTime.now(clock);
            em.flush();
            audit.record(em, caller, AuditEntry.of(AuditAction.CREATE, MODULE, "planned-interview", e.id, "新增计划谈话（计划 " + planId + "）"));
            return e;
        });
        publisher.post(InterviewEvents.PLAN_SAVED, caller, planId, plan);
        return toValue(saved);
    }

    @Override
    public PlannedInterview updateInterview(Caller caller, long planId, long interviewId, PlannedInterviewDraft draft) {
        caller.require(InterviewPermissions.PLAN_WRITE);
        PlanEntity plan = store.read(em -> findPlan(em, caller, planId));
        Checks checks = new Checks();
        PlannedInterviewRules.Resolved r = resolve(caller, "", draft, rounds.group(plan.groupId), plan.unitId, checks);
        checks.throwIfInvalid();
        PlannedEntity saved = store.write(em -> {
            PlannedEntity e = findPlanned(em, planId, interviewId);
            checkVersion(draft.version(), e.version);
            if (e.status == PlannedStatus.HELD) {
                throw ApiException.conflict("held", "该谈话已经进行，计划不能再修改", "The interview has been held; its plan cannot change");
            }
            apply(e, r, draft.templateId());
            em.find(PlanEntity.class, planId).updatedAt = LocalDateTime.now(clock);
            em.flush();
            audit.record(em, caller, AuditEntry.of(AuditAction.UPDATE, MODULE, "planned-interview", e.id,
                    r.status() == PlannedStatus.CANCELLED ? "取消计划谈话" : "修改计划谈话"));
            return e;
        });
        publisher.post(InterviewEvents.PLAN_SAVED, caller, planId, plan);
        return toValue(saved);
    }

    @Override
    public void removeInterview(Caller caller, long planId, long interviewId) {
        caller.require(InterviewPermissions.PLAN_WRITE);
        PlanEntity plan = store.write(em -> {
            PlanEntity p = findPlan(em, caller, planId);
            PlannedEntity e = findPlanned(em, planId, interviewId);
            if (e.recordId != null) {
                throw ApiException.conflict("held", "该谈话已有谈话记录，不能删除，可改为取消", "The interview has a record; cancel it instead");
            }
            em.remove(e);
            p.updatedAt = LocalDateTime.now(clock);
            audit.record(em, caller, AuditEntry.of(AuditAction.DELETE, MODULE, "planned-interview", interviewId, "删除计划谈话（计划 " + planId + "）"));
            return p;
        });
        publisher.post(InterviewEvents.PLAN_SAVED, caller, planId, plan);
    }

    @Override
    public MandatoryTopicCheck missingTopics(Caller caller, long roundId, long unitId) {
        caller.require(InterviewPermissions.PLAN_READ);
        RoundRef round = rounds.round(roundId);
        GroupRef group = rounds.directory().groupForTarget(roundId, unitId).orElseThrow(() -> ApiException.notFound(
                "本轮巡察该单位的巡察组", "group inspecting the unit in this round", unitId));
        Access.requireScope(caller, round.divisionCode(), group.id(), unitId);
        return check(caller, roundId, unitId);
    }

    /** The check, scope already verified. */
    public MandatoryTopicCheck check(Caller caller, long roundId, long unitId) {
        List<Person> leaders = Leaders.of(reference, caller, unitId);
        return store.read(em -> {
            List<MandatoryTopicRule.Planned> planned = em.createQuery("select e from PlannedEntity e where e.roundId = :r and e.unitId = :u",
                    PlannedEntity.class).setParameter("r", roundId).setParameter("u", unitId).getResultList().stream()
                    .map(e -> new MandatoryTopicRule.Planned(e.personId, e.coversMandatoryTopic(), e.status)).toList();
            List<MandatoryTopicRule.RecordFact> records = em.createQuery(
                    "select r.id, r.category, r.coversMandatory from RecordEntity r where r.roundId = :r and r.unitId = :u", Object[].class)
                    .setParameter("r", roundId).setParameter("u", unitId).getResultList().stream()
                    .map(row -> new MandatoryTopicRule.RecordFact((Long) row[0], (IntervieweeCategory) row[1], (Boolean) row[2])).toList();
            return MandatoryTopicRule.check(roundId, unitId, leaders, planned, records);
        });
    }

    // ------------------------------------------------------------------ for the record service

    /** A planned interview with its round, group and unit. */
    public record PlannedRef(PlannedInterview interview, long roundId, long groupId, long unitId, String divisionCode) {
    }

    /** A planned interview by id, without checks (the record service checks the plan's scope itself). */
    public PlannedRef planned(EntityManager em, long id) {
        PlannedEntity e = em.find(PlannedEntity.class, id);
        return e == null ? null : new PlannedRef(toValue(e), e.roundId, e.groupId, e.unitId, e.divisionCode);
    }

    /** Marks a planned interview held by a record, in the record's transaction. */
    public void markHeld(EntityManager em, long plannedId, long recordId) {
        PlannedEntity e = em.find(PlannedEntity.class, plannedId);
        if (e.recordId != null && e.recordId != recordId) {
            throw ApiException.conflict("already_recorded", "该计划谈话已有谈话记录（" + e.recordId + "）",
                    "The planned interview already has a record (" + e.recordId + ")");
        }
        e.status = PlannedStatus.HELD;
        e.recordId = recordId;
    }

    // ------------------------------------------------------------------ statistics

    /** Planned interviews by category and the mandatory-topic coverage, in the caller's scope. */
    public List<Statistic> statistics(Caller caller) {
        Access.Where w = Access.where(caller, "e", null).and("e.status <> :cancelled", "cancelled", PlannedStatus.CANCELLED);
        Map<IntervieweeCategory, Long> byCategory = new LinkedHashMap<>();
        List<Object[]> targets = store.read(em -> {
            for (Object[] row : w.bind(em.createQuery("select e.category, count(e) from PlannedEntity e" + w.sql()
                    + " group by e.category", Object[].class)).getResultList()) {
                byCategory.put((IntervieweeCategory) row[0], (Long) row[1]);
            }
            Access.Where pw = Access.where(caller, "p", null);
            return pw.bind(em.createQuery("select distinct p.roundId, p.unitId from PlanEntity p" + pw.sql(), Object[].class))
                    .getResultList();
        });
        long planned = byCategory.values().stream().mapToLong(Long::longValue).sum();
        int required = 0;
        int covered = 0;
        for (Object[] t : targets) {
            MandatoryTopicCheck c = check(caller, (Long) t[0], (Long) t[1]);
            required += c.leadersRequired();
            covered += c.leadersCovered();
        }
        List<Statistic.DataPoint> points = new ArrayList<>();
        for (IntervieweeCategory c : IntervieweeCategory.values()) {
            points.add(new Statistic.DataPoint(c.nameZh(), c.nameEn(), byCategory.getOrDefault(c, 0L)));
        }
        int percent = required == 0 ? 0 : Math.round(100f * covered / required);
        return List.of(
                new Statistic(MODULE + ".planned", "计划个别谈话人次", "Interviews planned", planned, "bar", points),
                new Statistic(MODULE + ".mandatory-coverage", "必谈内容覆盖率（%）", "Mandatory-topic coverage (%)", percent, "pie",
                        List.of(new Statistic.DataPoint("已覆盖的班子成员", "leaders covered", covered),
                                new Statistic.DataPoint("未覆盖的班子成员", "leaders not covered", required - covered))));
    }

    // ------------------------------------------------------------------ helpers

    private PlannedInterviewRules.Resolved resolve(Caller caller, String prefix, PlannedInterviewDraft d, GroupRef group, long unitId,
                                                   Checks checks) {
        if (d == null) {
            checks.add(prefix.isEmpty() ? "interview" : prefix.substring(0, prefix.length() - 1), "required", "计划谈话不能为空", "interview is required");
            return null;
        }
        Person person = null;
        if (d.personId() != null) {
            try {
                person = reference.person(caller, d.personId()).orElse(null);
            } catch (ApiException outsideScope) {
                person = null;
            }
        }
        List<Topic> templateTopics = null;
        if (d.topics() == null && d.templateId() != null) {
            templateTopics = store.read(em -> {
                TemplateEntity t = em.find(TemplateEntity.class, d.templateId());
                return t == null ? null : t.toValue().topics();
            });
        }
        Set<Long> members = group.members().stream().map(GroupMember::personId).collect(Collectors.toSet());
        return PlannedInterviewRules.validate(prefix, d, members, unitId, person, templateTopics, checks);
    }

    private PlannedEntity newPlanned(PlanEntity p, PlannedInterviewRules.Resolved r, Long templateId) {
        PlannedEntity e = new PlannedEntity();
        e.planId = p.id;
        e.scope(p);
        apply(e, r, templateId);
        return e;
    }

    private void apply(PlannedEntity e, PlannedInterviewRules.Resolved r, Long templateId) {
        e.category = r.category();
        e.personId = r.personId();
        e.nameEnc = cipher.encrypt(r.name());
        e.post = r.post();
        e.templateId = templateId;
        e.topics.clear();
        r.topics().forEach(t -> e.topics.add(new TopicValue(t)));
        e.interviewerIds.clear();
        e.interviewerIds.addAll(r.interviewerIds());
        e.recorderId = r.recorderId();
        e.scheduledAt = r.scheduledAt();
        e.place = r.place();
        e.status = r.status();
    }

    private static PlanEntity findPlan(EntityManager em, Caller caller, long id) {
        PlanEntity p = em.find(PlanEntity.class, id);
        if (p == null) {
            throw ApiException.notFound("谈话计划", "interview plan", id);
        }
        Access.requireScope(caller, p);
        return p;
    }

    private static PlannedEntity findPlanned(EntityManager em, long planId, long id) {
        PlannedEntity e = em.find(PlannedEntity.class, id);
        if (e == null || e.planId != planId) {
            throw ApiException.notFound("计划谈话", "planned interview", id);
        }
        return e;
    }

    private InterviewPlan toValue(PlanEntity p, MandatoryTopicCheck check) {
        List<PlannedInterview> interviews = store.read(em -> em.createQuery(
                "select e from PlannedEntity e where e.planId = :p order by e.scheduledAt, e.id", PlannedEntity.class)
                .setParameter("p", p.id).getResultList().stream().map(this::toValue).toList());
        return new InterviewPlan(p.id, p.roundId, p.groupId, p.unitId, p.title, p.note, interviews, check, p.createdBy,
                p.createdAt, p.updatedAt, p.version);
    }

    private PlannedInterview toValue(PlannedEntity e) {
        return new PlannedInterview(e.id, e.planId, e.category, e.personId, cipher.decrypt(e.nameEnc), e.post, e.templateId,
                e.topics.stream().map(TopicValue::toValue).toList(), List.copyOf(e.interviewerIds), e.recorderId, e.scheduledAt,
                e.place, e.status, e.recordId, e.version);
    }

    /** @throws ApiException 409 when the client's version is not the stored one */
    public static void checkVersion(Long sent, long stored) {
        if (sent != null && sent != stored) {
            throw ApiException.conflict("stale", "数据已被他人修改，请刷新后重试", "The record was changed by someone else; reload and try again");
        }
    }
}
