package org.xuncha.interviews.internal.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.xuncha.interviews.api.LetterChannel;
import org.xuncha.interviews.api.LetterDisposition;
import org.xuncha.interviews.api.LetterDraft;
import org.xuncha.interviews.api.LetterHandling;
import org.xuncha.interviews.internal.Limits;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;

class LetterRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void anAnonymousLetterNeedsOnlyChannelDateAndContent() {
        Checks checks = new Checks();
        LetterRules.check(new LetterDraft(1L, 2L, 3L, LetterChannel.MAILBOX, TODAY, null, null, "反映内容", null, null), TODAY, checks);
        assertThat(checks.errors()).isEmpty();
    }

    @Test
    void aLetterCannotArriveTomorrowNorCenturiesAgoAndItsTextsFitTheirColumns() {
        Checks checks = new Checks();
        LetterRules.check(new LetterDraft(1L, 2L, 3L, null, TODAY.plusDays(1), "名".repeat(Limits.NAME + 1), "电".repeat(Limits.CONTACT + 1),
                " ", null, null), TODAY, checks);
        assertThat(checks.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(tuple("channel", "required"),
                tuple("receivedOn", "out_of_range"), tuple("content", "required"), tuple("reporterName", "too_long"),
                tuple("reporterContact", "too_long"));

        Checks ancient = new Checks();
        LetterRules.check(new LetterDraft(1L, 2L, 3L, LetterChannel.LETTER, LocalDate.of(1, 1, 1), null, null, "内容", null, null), TODAY,
                ancient);
        assertThat(ancient.errors()).extracting(FieldError::field, FieldError::code).containsExactly(tuple("receivedOn", "out_of_range"));
    }

    @Test
    void handlingChoosesADispositionOtherThanPending() {
        Checks pending = new Checks();
        LetterRules.check(new LetterHandling(LetterDisposition.PENDING, null, 0L), pending);
        assertThat(pending.errors()).extracting(FieldError::field).containsExactly("disposition");
        Checks ok = new Checks();
        LetterRules.check(new LetterHandling(LetterDisposition.TO_UNIT, "已转交", 0L), ok);
        assertThat(ok.errors()).isEmpty();
    }
}
