package org.xuncha.personnelpools.internal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xuncha.personnelpools.api.Training;
import org.xuncha.personnelpools.api.TrainingKind;
import org.xuncha.personnelpools.api.TrainingReports;

class TrainingRulesTest {

    static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    @Test
    void everyFaultOfADraftIsNamedAtOnceAndAPreRoundTrainingNamesItsRound() {
        assertThat(fieldCodes(() -> TrainingRules.check(new Training.Draft(null, null, null, null, null, null, null, null, null))))
                .containsExactlyInAnyOrder("kind:required", "title:required", "trainerPersonId:required", "date:required", "hours:required");
        assertThat(fieldCodes(() -> TrainingRules.check(new Training.Draft(TrainingKind.ROUND, "题".repeat(201), null, 1L, DAY, 41, "地".repeat(201),
                null, List.of(2L, 2L)))))
                .containsExactlyInAnyOrder("title:too_long", "roundId:required", "hours:out_of_range", "location:too_long", "inviteeIds:duplicate");
        assertThat(fieldCodes(() -> TrainingRules.check(new Training.Draft(TrainingKind.WEEKLY_LECTURE, "大讲堂", null, 1L, DAY, 0, null, null, null))))
                .containsExactly("hours:out_of_range");
        TrainingRules.check(new Training.Draft(TrainingKind.WEEKLY_LECTURE, "大讲堂", null, 1L, DAY, 2, null, null, null));
    }

    @Test
    void theOfficeSignsInOnTheDayOrAfterAndAnAttendeeOnTheDayOnlyIfInvited() {
        TrainingRules.checkOfficeSignIn(DAY, DAY);
        TrainingRules.checkOfficeSignIn(DAY, DAY.plusDays(5));
        assertThat(refusal(() -> TrainingRules.checkOfficeSignIn(DAY, DAY.minusDays(1))).code()).isEqualTo("not_yet_held");
        TrainingRules.checkSelfSignIn(DAY, DAY, true);
        assertThat(refusal(() -> TrainingRules.checkSelfSignIn(DAY, DAY.plusDays(1), true)).code()).isEqualTo("not_today");
        assertThat(refusal(() -> TrainingRules.checkSelfSignIn(DAY, DAY.minusDays(1), true)).code()).isEqualTo("not_today");
        assertThat(refusal(() -> TrainingRules.checkSelfSignIn(DAY, DAY, false)).status()).isEqualTo(403);
    }

    @Test
    void whoeverWasSecondedAndAttendedNoneIsListedInOrder() {
        Map<Long, String[]> seconded = new LinkedHashMap<>();
        seconded.put(3L, new String[] {"丙", "第一巡察组"});
        seconded.put(1L, new String[] {"甲", "第一巡察组"});
        seconded.put(2L, new String[] {"乙", null});
        assertThat(TrainingRules.missing(seconded, Set.of(1L)))
                .containsExactly(new TrainingReports.Missing(3, "丙", "第一巡察组"), new TrainingReports.Missing(2, "乙", null));
        assertThat(TrainingRules.missing(seconded, Set.of(1L, 2L, 3L))).isEmpty();
    }
}
