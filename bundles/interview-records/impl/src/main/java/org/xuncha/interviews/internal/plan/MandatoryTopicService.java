package org.xuncha.interviews.internal.plan;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.MandatoryTopicCheck;
import org.xuncha.interviews.internal.People;
import org.xuncha.interviews.internal.Store;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.security.Caller;

/**
 * The mandatory-topic check ({@link MandatoryTopicRule}) on stored data: the unit's leadership from
 * reference data, the round's planned interviews and records of the unit. Shown with each plan, by
 * the missing-topics query, in the dossier and on the dashboard.
 */
@Component(service = MandatoryTopicService.class)
public class MandatoryTopicService {

    private final ModuleStore db;
    private final People people;

    @Activate
    public MandatoryTopicService(@Reference Store store, @Reference People people) {
        this.db = store.db();
        this.people = people;
    }

    /** The check for a unit of a round, across all its plans; the caller's scope over them is checked by whoever asks. */
    public MandatoryTopicCheck check(Caller caller, long roundId, long unitId) {
        List<Person> leaders = people.leaders(caller, unitId);
        return db.read(em -> {
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
}
