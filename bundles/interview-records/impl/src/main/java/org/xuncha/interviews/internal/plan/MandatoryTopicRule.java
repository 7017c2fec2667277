package org.xuncha.interviews.internal.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.MandatoryTopicCheck;
import org.xuncha.interviews.api.MandatoryTopicCheck.MissingTopic;
import org.xuncha.interviews.api.MandatoryTopicCheck.Reason;
import org.xuncha.interviews.api.PlannedStatus;
import org.xuncha.platform.api.reference.Person;

/**
 * The mandatory-topic rule (必谈内容), without any storage: the top leader and every leading-group
 * member of the unit need a planned, not cancelled interview whose outline has the mandatory topic;
 * a record of an interview with a member of the leadership needs mandatory-topic notes.
 */
public final class MandatoryTopicRule {

    /** What the rule needs to know about a planned interview. */
    public record Planned(Long personId, boolean coversTopic, PlannedStatus status) {
    }

    /** What the rule needs to know about a record. */
    public record RecordFact(long recordId, IntervieweeCategory category, boolean coversTopic) {
    }

    private MandatoryTopicRule() {
    }

    /**
     * @param leaders the unit's active persons; only its top leader and leading-group members count
     */
    public static MandatoryTopicCheck check(long roundId, long unitId, List<Person> leaders, List<Planned> planned,
                                            List<RecordFact> records) {
        List<Person> required = leaders.stream()
                .filter(p -> p.active() && p.id() != null
                        && (p.leadership() == Person.Leadership.TOP_LEADER || p.leadership() == Person.Leadership.LEADING_GROUP))
                .sorted(Comparator.comparing((Person p) -> p.leadership() == Person.Leadership.TOP_LEADER ? 0 : 1)
                        .thenComparing(Person::id))
                .toList();
        List<MissingTopic> missing = new ArrayList<>();
        for (Person p : required) {
            List<Planned> withPerson = planned.stream()
                    .filter(i -> p.id().equals(i.personId()) && i.status() != PlannedStatus.CANCELLED).toList();
            Reason reason = null;
            if (withPerson.isEmpty()) {
                reason = Reason.NOT_PLANNED;
            } else if (withPerson.stream().noneMatch(Planned::coversTopic)) {
                reason = Reason.NOT_IN_OUTLINE;
            }
            if (reason != null) {
                missing.add(new MissingTopic(p.id(), p.name(), p.post(), IntervieweeCategory.of(p.leadership()), reason));
            }
        }
        List<Long> recordsMissing = records.stream().filter(r -> r.category().leadership() && !r.coversTopic())
                .map(RecordFact::recordId).sorted().toList();
        return new MandatoryTopicCheck(roundId, unitId, required.size(), required.size() - missing.size(), missing, recordsMissing);
    }
}
