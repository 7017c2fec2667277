package org.xuncha.interviews.internal.plan;

import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.PlannedInterview;
import org.xuncha.interviews.api.PlannedInterviewDraft;
import org.xuncha.interviews.api.PlannedStatus;
import org.xuncha.interviews.api.Topic;
import org.xuncha.interviews.internal.People;
import org.xuncha.interviews.internal.Store;
import org.xuncha.interviews.internal.template.TemplateEntity;
import org.xuncha.interviews.internal.template.TopicValue;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.Caller;

/**
 * Planned interviews as rows: resolving a draft against reference data and the outline library,
 * writing it (the interviewee's name encrypted), reading it back, and what a record does to it.
 */
@Component(service = PlannedInterviews.class)
public class PlannedInterviews {

    /** A planned interview with its round, group, unit and division, for the record written from it. */
    public record PlannedRef(PlannedInterview interview, long roundId, long groupId, long unitId, String divisionCode) {
    }

    private final ModuleStore db;
    private final People people;

    @Activate
    public PlannedInterviews(@Reference Store store, @Reference People people) {
        this.db = store.db();
        this.people = people;
    }

    /** A planned interview by id, or null; the caller's scope over it is checked by whoever asks. */
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

    /**
     * Checks a draft: the interviewee (looked up in reference data as the caller sees it), the
     * template (always looked up when named), interviewers and recorder among {@code members}.
     *
     * @return the resolved draft, or null when {@code checks} got errors
     */
    PlannedInterviewRules.Resolved resolve(Caller caller, String prefix, PlannedInterviewDraft d, Set<Long> members, long unitId,
                                           Checks checks) {
        if (d == null) {
            checks.add(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1), "required", "计划谈话不能为空",
                    "interview is required");
            return null;
        }
        Person person = people.person(caller, prefix + "personId", d.personId());
        List<Topic> templateTopics = d.templateId() == null ? null
                : db.read(em -> TemplateEntity.topics(em, d.templateId()));
        return PlannedInterviewRules.validate(prefix, d, members, unitId, person, templateTopics, checks);
    }

    /** A new planned interview of plan {@code p}, persisted (the name's ciphertext is bound to its id). */
    PlannedEntity newPlanned(EntityManager em, PlanEntity p, PlannedInterviewRules.Resolved r, Long templateId) {
        PlannedEntity e = new PlannedEntity();
        e.planId = p.id;
        e.scope(p);
        em.persist(e);
        apply(e, r, templateId);
        return e;
    }

    void apply(PlannedEntity e, PlannedInterviewRules.Resolved r, Long templateId) {
        e.category = r.category();
        e.personId = r.personId();
        e.nameEnc = db.encrypt(r.name(), e.cipherPlace("name_enc"));
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

    /** The interviews of a plan, by time. */
    List<PlannedInterview> ofPlan(EntityManager em, long planId) {
        return em.createQuery("select e from PlannedEntity e where e.planId = :p order by e.scheduledAt, e.id", PlannedEntity.class)
                .setParameter("p", planId).getResultList().stream().map(this::toValue).toList();
    }

    PlannedInterview toValue(PlannedEntity e) {
        return new PlannedInterview(e.id, e.planId, e.category, e.personId, db.decrypt(e.nameEnc, e.cipherPlace("name_enc")), e.post, e.templateId,
                e.topics.stream().map(TopicValue::toValue).toList(), List.copyOf(e.interviewerIds), e.recorderId, e.scheduledAt,
                e.place, e.status, e.recordId, e.version);
    }
}
