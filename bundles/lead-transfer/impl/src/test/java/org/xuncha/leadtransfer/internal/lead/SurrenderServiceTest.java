package org.xuncha.leadtransfer.internal.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.leadtransfer.internal.TestModule.CITY_ROUND;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_EDU;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_ELSEWHERE;
import static org.xuncha.leadtransfer.internal.TestModule.countyOffice;
import static org.xuncha.leadtransfer.internal.TestModule.discipline;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.internal.TestModule;

/** Self-surrenders: recorded against a round and a unit that exist and are the caller's; read back without round planning. */
class SurrenderServiceTest {

    final TestModule m = new TestModule();

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    SurrenderService.SurrenderInput surrender(Long round, Long unit, String name, LocalDate on) {
        return new SurrenderService.SurrenderInput(round, unit, name, "财务科科长", on, "市纪委监委");
    }

    @Test
    void aSurrenderIsRecordedAndReadBackByThoseInScope() {
        SurrenderService.SurrenderView s = m.surrenders.record(discipline(), surrender(CITY_ROUND, UNIT_EDU, "冯某", m.today()));
        assertThat(m.db.stored("xc_lt_surrender", "person_name", s.id())).doesNotContain("冯某");
        m.stopRoundPlanning();
        assertThat(m.surrenders.list(discipline(), CITY_ROUND)).extracting(SurrenderService.SurrenderView::personName).containsExactly("冯某");
        assertThat(m.surrenders.list(countyOffice(), CITY_ROUND)).as("another division's round lists nothing").isEmpty();
        assertThat(refusal(() -> m.surrenders.record(discipline(), surrender(CITY_ROUND, UNIT_EDU, "冯某", m.today()))).status())
                .isEqualTo(503);
    }

    /** Issue 22: a past round's self-surrender is recorded on its own day (an office bringing its history), never a future one. */
    @Test
    void aPastSurrenderKeepsItsDay() {
        LocalDate past = m.today().minusYears(2);
        assertThat(m.surrenders.record(discipline(), surrender(CITY_ROUND, UNIT_EDU, "冯某", past)).surrenderedOn()).isEqualTo(past);
        assertThat(m.surrenders.list(discipline(), CITY_ROUND)).extracting(SurrenderService.SurrenderView::surrenderedOn).containsExactly(past);
        assertThat(fields(() -> m.surrenders.record(discipline(), surrender(CITY_ROUND, UNIT_EDU, "冯某", m.today().plusDays(1)))))
                .containsExactly("surrenderedOn");
    }

    @Test
    void theRoundTheUnitTheTextsAndTheDateAreChecked() {
        assertThat(fields(() -> m.surrenders.record(discipline(), surrender(99L, null, "冯某", m.today())))).containsExactly("roundId");
        assertThat(fields(() -> m.surrenders.record(discipline(), surrender(CITY_ROUND, 4242L, "冯某", m.today())))).containsExactly("unitId");
        assertThat(refusal(() -> m.surrenders.record(discipline(), surrender(CITY_ROUND, UNIT_ELSEWHERE, "冯某", m.today()))).status())
                .isEqualTo(403);
        assertThat(fields(() -> m.surrenders.record(discipline(), new SurrenderService.SurrenderInput(CITY_ROUND, null, "名".repeat(51),
                "职".repeat(101), LocalDate.of(1800, 1, 1), "机".repeat(101)))))
                .containsExactlyInAnyOrder("personName", "personPost", "surrenderedOn", "receivedBy");
        assertThat(refusal(() -> m.surrenders.record(countyOffice(), surrender(CITY_ROUND, null, "冯某", m.today()))).status())
                .as("a county office and a city round").isEqualTo(403);
    }
}
