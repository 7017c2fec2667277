package org.xuncha.interviews.internal.handover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xuncha.interviews.api.HandOverKind;
import org.xuncha.interviews.api.RaiseDraft;
import org.xuncha.interviews.api.SourceType;
import org.xuncha.interviews.internal.Limits;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;

class HandOverRulesTest {

    final Person top = new Person(1L, "张明", 7L, "党组书记、局长", "正处级", Person.Leadership.TOP_LEADER, "371500", true, 0L);

    @Test
    void aLeadNamesThePersonConcernedWhoMustExistForTheCaller() {
        Checks unnamed = new Checks();
        HandOverRules.check(new RaiseDraft(HandOverKind.LEAD, null, "某事", null, null, null, " ", null, null), null, unnamed);
        assertThat(unnamed.errors()).extracting(FieldError::field).containsExactly("personName");

        Checks unknown = new Checks();
        HandOverRules.check(new RaiseDraft(HandOverKind.LEAD, null, "某事", null, null, 99L, null, null, null), null, unknown);
        assertThat(unknown.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.api.Assertions.tuple("personId", "not_found"));

        Checks known = new Checks();
        HandOverRules.check(new RaiseDraft(HandOverKind.LEAD, null, "某事", null, null, 1L, null, null, null), top, known);
        assertThat(known.errors()).isEmpty();
    }

    @Test
    void everyTextIsHeldToItsColumnAndEveryProblemReportedAtOnce() {
        Checks checks = new Checks();
        HandOverRules.check(new RaiseDraft(null, "c".repeat(Limits.CATEGORY + 1), " ", null, null, null, "名".repeat(Limits.NAME + 1),
                "职".repeat(Limits.POST + 1), "级".repeat(Limits.RANK + 1)), null, checks);
        assertThat(checks.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("kind", "description", "category",
                "personName", "personPost", "personRank");
    }

    @Test
    void theTopLeaderIsRecognisedFromReferenceDataAndTheSourceIsNamedByIdOnly() {
        RaiseDraft plain = new RaiseDraft(HandOverKind.LEAD, null, "某事", null, null, 1L, null, null, null);
        assertThat(HandOverRules.topLeader(plain, top)).isTrue();
        assertThat(HandOverRules.leadingGroup(plain, top)).isFalse();
        assertThat(HandOverRules.topLeader(plain, null)).isFalse();
        assertThat(HandOverRules.sourceRef(SourceType.LETTER, 42)).isEqualTo("interview-records:letter:42");
    }

    @Test
    void aRefusalIsKeptAsItsCodeAndMessageWithinItsColumn() {
        assertThat(HandOverRules.reason(ApiException.forbidden("lead-transfer.lead.write"))).startsWith("403 forbidden：");
        assertThat(HandOverRules.reason(new IllegalStateException("秘密内容"))).isEqualTo("IllegalStateException");
        assertThat(HandOverRules.reason(ApiException.badRequest("x", "长".repeat(600), "long"))).hasSize(HandOverRules.REASON_MAX);
    }
}
