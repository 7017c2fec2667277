package org.xuncha.interviews.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.PlannedInterviewDraft;
import org.xuncha.interviews.api.PlannedStatus;
import org.xuncha.interviews.api.Topic;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Person.Leadership;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;

class PlannedInterviewRulesTest {

    static final long UNIT = 7;
    static final Set<Long> MEMBERS = Set.of(101L, 102L, 103L);
    static final LocalDateTime AT = LocalDateTime.of(2026, 3, 10, 9, 0);
    static final List<Topic> TEMPLATE = List.of(new Topic(Topic.MANDATORY, Topic.MANDATORY_TITLE, null), new Topic("other-issues", "其他问题", null));

    final Person top = new Person(1L, "张书记", UNIT, "党组书记、局长", "正处级", Leadership.TOP_LEADER, "371500", true, 0L);
    final Person elsewhere = new Person(9L, "外单位", 99L, "科长", "正科级", Leadership.MIDDLE_MANAGER, "371500", true, 0L);

    static PlannedInterviewDraft draft(IntervieweeCategory category, Long personId, String name, List<Long> interviewers, Long recorder) {
        return new PlannedInterviewDraft(category, personId, name, null, 5L, null, interviewers, recorder, AT, "谈话室一", null, null);
    }

    @Test
    void aCompleteDraftTakesCategoryAndPostFromReferenceDataAndTheOutlineFromTheTemplate() {
        Checks checks = new Checks();
        PlannedInterviewRules.Resolved r = PlannedInterviewRules.validate("", draft(null, 1L, null, List.of(101L, 102L), 103L),
                MEMBERS, UNIT, top, TEMPLATE, checks);
        assertThat(checks.errors()).isEmpty();
        assertThat(r.category()).isEqualTo(IntervieweeCategory.TOP_LEADER);
        assertThat(r.name()).isEqualTo("张书记");
        assertThat(r.post()).isEqualTo("党组书记、局长");
        assertThat(r.topics()).extracting(Topic::code).containsExactly(Topic.MANDATORY, "other-issues");
        assertThat(r.status()).isEqualTo(PlannedStatus.PLANNED);
    }

    @Test
    void everyProblemIsReportedAtOnceInChineseAndEnglish() {
        Checks checks = new Checks();
        PlannedInterviewDraft d = new PlannedInterviewDraft(IntervieweeCategory.LEADING_GROUP, null, null, null, null, null,
                List.of(101L), null, null, " ", PlannedStatus.HELD, null);
        assertThat(PlannedInterviewRules.validate("interviews[2].", d, MEMBERS, UNIT, null, null, checks)).isNull();
        assertThat(checks.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "interviews[2].personId", "interviews[2].intervieweeName", "interviews[2].topics", "interviews[2].interviewerIds",
                "interviews[2].recorderId", "interviews[2].scheduledAt", "interviews[2].place", "interviews[2].status");
        FieldError tooFew = checks.errors().stream().filter(e -> e.field().endsWith("interviewerIds")).findFirst().orElseThrow();
        assertThat(tooFew.code()).isEqualTo("too_few");
        assertThat(tooFew.message()).isEqualTo("谈话人应为两名以上不同的巡察组成员");
        assertThat(tooFew.messageEn()).isEqualTo("At least two different group members must conduct the interview");
    }

    @Test
    void interviewersAndRecorderMustBeDistinctMembersOfTheGroup() {
        Checks sameTwice = new Checks();
        PlannedInterviewRules.validate("", draft(IntervieweeCategory.STAFF, null, "某干部", List.of(101L, 101L), 103L), MEMBERS, UNIT, null,
                TEMPLATE, sameTwice);
        assertThat(sameTwice.errors()).extracting(FieldError::code).containsExactly("too_few");

        Checks outsiders = new Checks();
        PlannedInterviewRules.validate("", draft(IntervieweeCategory.STAFF, null, "某干部", List.of(101L, 555L), 556L), MEMBERS, UNIT, null,
                TEMPLATE, outsiders);
        assertThat(outsiders.errors()).extracting(FieldError::field, FieldError::message).containsExactlyInAnyOrder(
                org.assertj.core.api.Assertions.tuple("interviewerIds", "谈话人须为本巡察组成员"),
                org.assertj.core.api.Assertions.tuple("recorderId", "记录人须为本巡察组成员"));
    }

    @Test
    void theIntervieweeMustWorkInTheUnitAndHaveTheLeadershipPlaceClaimed() {
        Checks wrongUnit = new Checks();
        PlannedInterviewRules.validate("", draft(null, 9L, null, List.of(101L, 102L), 103L), MEMBERS, UNIT, elsewhere, TEMPLATE, wrongUnit);
        assertThat(wrongUnit.errors()).extracting(FieldError::message).containsExactly("谈话对象不是被巡察单位的干部");

        Checks wrongPlace = new Checks();
        PlannedInterviewRules.validate("", draft(IntervieweeCategory.LEADING_GROUP, 1L, null, List.of(101L, 102L), 103L), MEMBERS, UNIT,
                top, TEMPLATE, wrongPlace);
        assertThat(wrongPlace.errors()).extracting(FieldError::field).containsExactly("category");
        assertThat(wrongPlace.errors().get(0).message()).contains("一把手");

        Checks unknown = new Checks();
        PlannedInterviewRules.validate("", draft(null, 77L, null, List.of(101L, 102L), 103L), MEMBERS, UNIT, null, TEMPLATE, unknown);
        assertThat(unknown.errors()).extracting(FieldError::code).contains("not_found");
    }

    @Test
    void peopleServedByTheUnitNeedOnlyANameAndAnUnknownTemplateIsNamed() {
        Checks ok = new Checks();
        PlannedInterviewRules.Resolved r = PlannedInterviewRules.validate("", new PlannedInterviewDraft(IntervieweeCategory.SERVED, null,
                " 群众甲 ", "个体工商户", null, List.of(new Topic(null, "办事难问题", null)), List.of(101L, 102L), 101L, AT, "街道办",
                null, null), MEMBERS, UNIT, null, null, ok);
        assertThat(ok.errors()).isEmpty();
        assertThat(r.name()).isEqualTo("群众甲");
        assertThat(r.topics()).extracting(Topic::code).containsExactly("custom-1");

        Checks missingTemplate = new Checks();
        PlannedInterviewRules.validate("", draft(IntervieweeCategory.SERVED, null, "群众乙", List.of(101L, 102L), 103L), MEMBERS, UNIT,
                null, null, missingTemplate);
        assertThat(missingTemplate.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("templateId", "topics");
    }
}
