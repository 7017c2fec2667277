package org.xuncha.interviews.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.MandatoryTopicCheck;
import org.xuncha.interviews.api.MandatoryTopicCheck.Reason;
import org.xuncha.interviews.api.PlannedStatus;
import org.xuncha.interviews.internal.plan.MandatoryTopicRule.Planned;
import org.xuncha.interviews.internal.plan.MandatoryTopicRule.RecordFact;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Person.Leadership;

class MandatoryTopicRuleTest {

    static final long UNIT = 7;

    static Person person(long id, String name, Leadership leadership, boolean active) {
        return new Person(id, name, UNIT, "职务" + id, "正处级", leadership, "371500", active, 0L);
    }

    final Person top = person(1, "张书记", Leadership.TOP_LEADER, true);
    final Person deputyA = person(2, "李副局长", Leadership.LEADING_GROUP, true);
    final Person deputyB = person(3, "王副局长", Leadership.LEADING_GROUP, true);
    final Person deputyC = person(4, "赵副局长", Leadership.LEADING_GROUP, true);
    final Person left = person(5, "已调离", Leadership.LEADING_GROUP, false);
    final Person staff = person(6, "科长", Leadership.MIDDLE_MANAGER, true);

    @Test
    void everyLeaderNeedsAPlannedInterviewCoveringTheTopic() {
        MandatoryTopicCheck c = MandatoryTopicRule.check(9, UNIT, List.of(deputyA, staff, top, deputyB, deputyC, left), List.of(
                new Planned(1L, true, PlannedStatus.PLANNED),            // top leader: covered
                new Planned(2L, false, PlannedStatus.PLANNED),           // deputy A: planned without the topic
                new Planned(4L, true, PlannedStatus.CANCELLED),          // deputy C: the covering one was cancelled...
                new Planned(4L, false, PlannedStatus.HELD),              // ...and the held one lacks the topic
                new Planned(6L, false, PlannedStatus.PLANNED),           // staff do not count
                new Planned(null, false, PlannedStatus.PLANNED)), List.of());

        assertThat(c.leadersRequired()).as("top leader and three active deputies; the one who left and staff do not count").isEqualTo(4);
        assertThat(c.leadersCovered()).isEqualTo(1);
        assertThat(c.missing()).extracting(m -> m.personId(), m -> m.name(), m -> m.category(), m -> m.reason())
                .containsExactly(
                        tuple(2L, "李副局长", IntervieweeCategory.LEADING_GROUP, Reason.NOT_IN_OUTLINE),
                        tuple(3L, "王副局长", IntervieweeCategory.LEADING_GROUP, Reason.NOT_PLANNED),
                        tuple(4L, "赵副局长", IntervieweeCategory.LEADING_GROUP, Reason.NOT_IN_OUTLINE));
        assertThat(c.complete()).isFalse();
    }

    @Test
    void theTopLeaderIsListedFirstWhenMissing() {
        MandatoryTopicCheck c = MandatoryTopicRule.check(9, UNIT, List.of(deputyA, top), List.of(), List.of());
        assertThat(c.missing()).extracting(m -> m.personId()).containsExactly(1L, 2L);
        assertThat(c.missing().get(0).category()).isEqualTo(IntervieweeCategory.TOP_LEADER);
        assertThat(c.missing()).allMatch(m -> m.reason() == Reason.NOT_PLANNED);
    }

    @Test
    void leadershipRecordsWithoutTheTopicAreFlaggedOthersAreNot() {
        MandatoryTopicCheck c = MandatoryTopicRule.check(9, UNIT, List.of(top), List.of(new Planned(1L, true, PlannedStatus.HELD)),
                List.of(new RecordFact(30, IntervieweeCategory.TOP_LEADER, false),
                        new RecordFact(20, IntervieweeCategory.LEADING_GROUP, false),
                        new RecordFact(21, IntervieweeCategory.LEADING_GROUP, true),
                        new RecordFact(22, IntervieweeCategory.STAFF, false)));
        assertThat(c.missing()).isEmpty();
        assertThat(c.recordsMissingTopic()).containsExactly(20L, 30L);
        assertThat(c.complete()).isFalse();
    }

    @Test
    void aUnitWhoseLeadershipIsAllCoveredIsComplete() {
        MandatoryTopicCheck c = MandatoryTopicRule.check(9, UNIT, List.of(top, deputyA),
                List.of(new Planned(1L, true, PlannedStatus.PLANNED), new Planned(2L, true, PlannedStatus.HELD)),
                List.of(new RecordFact(40, IntervieweeCategory.LEADING_GROUP, true)));
        assertThat(c.complete()).isTrue();
        assertThat(c.leadersCovered()).isEqualTo(2);
    }
}
