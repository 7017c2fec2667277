package org.xuncha.rectification.internal.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.rectification.internal.TestModule.CITY_ROUND;
import static org.xuncha.rectification.internal.TestModule.EDU_CONTACT;
import static org.xuncha.rectification.internal.TestModule.cityOffice;
import static org.xuncha.rectification.internal.TestModule.countyOffice;
import static org.xuncha.rectification.internal.TestModule.unitContact;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.status;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.rectification.internal.TestModule;
import org.xuncha.rectification.internal.letter.LetterService.Draft;
import org.xuncha.rectification.internal.letter.LetterService.Letter;
import org.xuncha.rectification.internal.letter.LetterService.Reply;
import org.xuncha.testkit.TestModuleStore;

class LetterServiceTest {

    private final TestModule m = new TestModule();

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void aLetterToADepartmentIsRepliedOverdueUntilThen() {
        Letter l = m.letters.send(cityOffice(), new Draft(null, CITY_ROUND, "市财政局", "关于加强专项资金监管的巡察建议书", "建议完善资金拨付审批",
                LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 20)));
        assertThat(l.divisionCode()).isEqualTo("371500");
        assertThat(l.overdue()).as("due 06-20, today 06-30").isTrue();
        assertThat(m.db.stored("xc_rectification_letter", "content", l.id())).startsWith(TestModuleStore.BOUND_PREFIX).doesNotContain("资金");
        assertThat(m.letters.letters(cityOffice(), null, false, PageRequest.first(10)).total()).isEqualTo(1);
        Letter replied = m.letters.reply(cityOffice(), l.id(), new Reply(LocalDate.of(2025, 6, 25), "已修订资金管理办法"));
        assertThat(replied.overdue()).isFalse();
        assertThat(replied.content()).isEqualTo("建议完善资金拨付审批");
        assertThat(m.letters.letters(cityOffice(), null, true, PageRequest.first(10)).total()).isEqualTo(1);
    }

    @Test
    void badInputOtherDivisionsAndUnitContactsAreRefused() {
        assertThat(fields(() -> m.letters.send(cityOffice(), new Draft(null, null, null, null, null, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 1)))))
                .containsExactly("department", "title", "sentOn", "replyDue");
        assertThat(fields(() -> m.letters.send(cityOffice(), new Draft(null, 999L, "部门", "标题", null, LocalDate.of(2025, 6, 1), null))))
                .containsExactly("roundId");
        assertThat(status(() -> m.letters.send(countyOffice(), new Draft("371500", null, "部门", "标题", null, LocalDate.of(2025, 6, 1), null))))
                .isEqualTo(403);
        Letter l = m.letters.send(cityOffice(), new Draft(null, null, "部门", "标题", null, LocalDate.of(2025, 6, 1), null));
        assertThat(status(() -> m.letters.letter(countyOffice(), l.id()))).isEqualTo(403);
        assertThat(status(() -> m.letters.letter(unitContact(EDU_CONTACT), l.id()))).isEqualTo(403);
        assertThat(m.letters.letters(unitContact(EDU_CONTACT), null, null, PageRequest.first(10)).total()).isZero();
        assertThat(fields(() -> m.letters.reply(cityOffice(), l.id(), new Reply(LocalDate.of(2025, 5, 1), null)))).containsExactly("reply", "repliedOn");
        assertThat(status(() -> m.letters.letter(cityOffice(), 999_999))).isEqualTo(404);
    }
}
