package org.xuncha.interviews.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.LeaderNote;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.api.Topic;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;

class InterviewRulesTest {

    @Test
    void customTopicsGetCodesAndDuplicatesAreRefused() {
        Checks checks = new Checks();
        List<Topic> topics = InterviewRules.topics("topics", List.of(new Topic(null, "甲", null), new Topic(Topic.MANDATORY, "必谈", null),
                new Topic(null, "乙", "要点")), checks);
        assertThat(checks.errors()).isEmpty();
        assertThat(topics).extracting(Topic::code).containsExactly("custom-1", Topic.MANDATORY, "custom-3");

        Checks dup = new Checks();
        List<Topic> twice = new ArrayList<>(List.of(new Topic("a", "甲", null), new Topic("a", "乙", null), new Topic("Bad Code", "丙", null)));
        InterviewRules.topics("topics", twice, dup);
        assertThat(dup.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                org.assertj.core.api.Assertions.tuple("topics[1].code", "duplicate"),
                org.assertj.core.api.Assertions.tuple("topics[2].code", "invalid"));
    }

    @Test
    void leaderNotesMustNameALeaderOfTheUnitOrNobody() {
        Checks checks = new Checks();
        List<LeaderNote> notes = InterviewRules.leaderNotes("leaderNotes", List.of(new LeaderNote(1L, " 工作扎实 "), new LeaderNote(null, "班子团结"),
                new LeaderNote(8L, "某人"), new LeaderNote(2L, " ")), Set.of(1L, 2L), checks);
        assertThat(checks.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("leaderNotes[2].personId", "leaderNotes[3].text");
        assertThat(notes.get(0).text()).isEqualTo("工作扎实");
    }

    @Test
    void theMandatoryTopicIsCoveredByLeaderNotesOrByANonEmptyMandatorySection() {
        assertThat(InterviewRules.coversMandatoryTopic(List.of(new Section("other-issues", "其他", "内容")), List.of())).isFalse();
        assertThat(InterviewRules.coversMandatoryTopic(List.of(new Section(Topic.MANDATORY, Topic.MANDATORY_TITLE, "  ")), List.of())).isFalse();
        assertThat(InterviewRules.coversMandatoryTopic(List.of(new Section(Topic.MANDATORY, Topic.MANDATORY_TITLE, "一把手作风民主")),
                List.of())).isTrue();
        assertThat(InterviewRules.coversMandatoryTopic(List.of(), List.of(new LeaderNote(1L, "廉洁自律较好")))).isTrue();
    }

    @Test
    void aMissingBodyTooManyItemsAndImpossibleYearsAreRefusedByField() {
        assertThatThrownBy(() -> InterviewRules.body(null)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.fields()).extracting(FieldError::field).containsExactly("body"));
        Checks checks = new Checks();
        List<Topic> many = java.util.stream.IntStream.range(0, Limits.ITEMS + 1).mapToObj(i -> new Topic(null, "题" + i, null)).toList();
        InterviewRules.topics("topics", many, checks);
        InterviewRules.year("heldAt", LocalDateTime.of(Limits.LAST_YEAR + 1, 1, 1, 0, 0), "谈话时间", "time", checks);
        InterviewRules.year("receivedOn", LocalDate.of(Limits.FIRST_YEAR, 1, 1), "收到日期", "date received", checks);
        InterviewRules.people("", java.util.stream.LongStream.range(0, Limits.INTERVIEWERS + 1).boxed().toList(), 1L, null,
                Set.of(1L), checks);
        assertThat(checks.errors()).extracting(FieldError::field, FieldError::code).contains(
                org.assertj.core.api.Assertions.tuple("topics", "too_many"), org.assertj.core.api.Assertions.tuple("heldAt", "out_of_range"),
                org.assertj.core.api.Assertions.tuple("interviewerIds", "too_many"));
        assertThat(checks.errors()).extracting(FieldError::field).doesNotContain("receivedOn");
    }

    @Test
    void aNameIsHeldToItsLimitWhetherEnteredOrNot() {
        Checks checks = new Checks();
        assertThat(InterviewRules.interviewee("", IntervieweeCategory.SERVED, null, "名".repeat(Limits.NAME + 1), "职".repeat(Limits.POST + 1),
                null, 7, checks)).isNull();
        assertThat(checks.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("intervieweeName", "intervieweePost");
        Checks ok = new Checks();
        assertThat(InterviewRules.interviewee("", IntervieweeCategory.SERVED, null, "名".repeat(Limits.NAME), null, null, 7, ok)).isNotNull();
    }
}
