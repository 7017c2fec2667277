package org.xuncha.interviews.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.OutlineTemplate;
import org.xuncha.interviews.api.TemplateDraft;
import org.xuncha.interviews.api.Topic;
import org.xuncha.interviews.internal.Limits;
import org.xuncha.interviews.internal.TestModule;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;

class OutlineTemplateServiceImplTest {

    final TestModule m = new TestModule();

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    @Test
    void theShippedTemplatesAreSeededOnceAndTheFourForTheUnitsPeopleCarryTheMandatoryTopic() {
        new OutlineTemplateServiceImpl(m.store);
        List<OutlineTemplate> library = m.templates.templates(m.member);
        assertThat(library).hasSize(5).allMatch(OutlineTemplate::builtIn);
        assertThat(library.stream().filter(OutlineTemplate::coversMandatoryTopic)).hasSize(4);
    }

    @Test
    void theOfficeKeepsItsOwnTemplatesAtTheFullLengthOfTheirColumnsButNeverChangesABuiltInOne() {
        String name = "提".repeat(Limits.TITLE);
        TemplateDraft draft = new TemplateDraft(name, "说".repeat(Limits.DESCRIPTION), Set.of(IntervieweeCategory.RETIRED),
                List.of(new Topic(null, "题".repeat(Limits.TOPIC_TITLE), "要".repeat(Limits.GUIDANCE)), new Topic(Topic.MANDATORY, "必谈", null)),
                null);
        OutlineTemplate created = m.templates.createTemplate(m.officeLeader, draft);
        OutlineTemplate read = m.templates.template(m.member, created.id());
        assertThat(read.name()).isEqualTo(name);
        assertThat(read.topics()).extracting(Topic::code).containsExactly("custom-1", Topic.MANDATORY);
        assertThat(m.db.audits()).anyMatch(a -> a.type().equals("template") && a.id().equals(String.valueOf(created.id())));

        OutlineTemplate changed = m.templates.updateTemplate(m.officeLeader, created.id(), new TemplateDraft("离退休干部（修订）", null,
                null, List.of(new Topic("a", "甲", null)), read.version()));
        assertThat(changed.categories()).isEmpty();
        assertThatThrownBy(() -> m.templates.updateTemplate(m.officeLeader, created.id(), new TemplateDraft("旧版", null, null,
                List.of(new Topic("a", "甲", null)), read.version()))).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo("stale"));

        long builtIn = m.templates.templates(m.member).get(0).id();
        assertThatThrownBy(() -> m.templates.updateTemplate(m.officeLeader, builtIn, draft)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo("built_in"));
    }

    @Test
    void aTemplateTooLongForItsColumnsOrWithANullCategoryIsRefusedFieldByField() {
        TemplateDraft bad = new TemplateDraft("提".repeat(Limits.TITLE + 1), "说".repeat(Limits.DESCRIPTION + 1),
                new HashSet<>(Arrays.asList(IntervieweeCategory.STAFF, null)), List.of(new Topic(null, "题", "要".repeat(Limits.GUIDANCE + 1))),
                null);
        assertThatThrownBy(() -> m.templates.createTemplate(m.officeLeader, bad)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.fields()).extracting(FieldError::field).containsExactlyInAnyOrder("name", "description", "categories",
                        "topics[0].guidance"));
        assertThatThrownBy(() -> m.templates.createTemplate(m.officeLeader, null)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> m.templates.template(m.member, 999)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(404));
    }
}
