package org.xuncha.roundplanning.internal.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xuncha.roundplanning.api.Deadline;
import org.xuncha.roundplanning.api.PlanStatus;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.Target;

class DeadlineRulesTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DeadlineRules RULES = DeadlineRules.DEFAULTS;

    /** A fixed clock at 08:00 Beijing time on the given day, as the platform clock would be configured. */
    private static LocalDate today(String day) {
        Clock clock = Clock.fixed(Instant.parse(day + "T00:00:00Z"), ZONE);
        return LocalDate.now(clock);
    }

    private static Round round(Stage stage, LocalDate since, LocalDate plannedStart, LocalDate entry, LocalDate feedback) {
        return new Round(7, 1, 3, "第三轮", RoundType.REGULAR, stage, since, "371500", plannedStart, plannedStart == null ? null
                : plannedStart.plusDays(39), entry, null, feedback, PlanStatus.APPROVED, false, null, Set.of(), List.of(), 2, 1, 0);
    }

    private static Target target(long unitId, LocalDate report) {
        return new Target(unitId * 10, 7, unitId, "U" + unitId, "单位" + unitId, "371500", null, null, null, 1L, Set.of(), List.of(), report);
    }

    @Test
    void fieldworkIsDueFortyDaysAfterEntryAndOverdueFromTheDayAfter() {
        LocalDate entry = LocalDate.of(2025, 3, 3);
        Round r = round(Stage.FIELDWORK, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 1), entry, null);

        List<Deadline> onDueDay = RULES.deadlines(r, List.of(), today("2025-04-12"));
        assertThat(onDueDay).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Deadline.Kind.STAGE);
            assertThat(d.stage()).isEqualTo(Stage.FIELDWORK);
            assertThat(d.due()).isEqualTo(LocalDate.of(2025, 4, 12));       // 3 March + 40 days
            assertThat(d.overdue()).isFalse();
        });
        assertThat(RULES.deadlines(r, List.of(), today("2025-04-13")).get(0).daysOverdue()).isEqualTo(1);
        assertThat(RULES.deadlines(r, List.of(), today("2025-05-13")).get(0).daysOverdue()).isEqualTo(31);
    }

    @Test
    void eachStageHasItsLimit() {
        LocalDate d = LocalDate.of(2025, 1, 10);
        LocalDate feedback = LocalDate.of(2024, 12, 31);
        assertThat(RULES.stageDue(round(Stage.PREPARATION, d, LocalDate.of(2025, 3, 1), null, null))).isEqualTo("2025-03-01");
        assertThat(RULES.stageDue(round(Stage.PREPARATION, d, null, null, null))).isNull();
        assertThat(RULES.stageDue(round(Stage.ENTRY, d, null, d, null))).isEqualTo("2025-01-17");
        assertThat(RULES.stageDue(round(Stage.REPORT, d, null, null, null))).isEqualTo("2025-02-09");
        assertThat(RULES.stageDue(round(Stage.FEEDBACK, d, null, null, feedback))).isEqualTo("2025-01-25");
        assertThat(RULES.stageDue(round(Stage.TRANSFER, d, null, null, feedback))).isEqualTo("2025-02-09");
        // rectification ends three months after feedback: 31 December → 31 March
        assertThat(RULES.stageDue(round(Stage.RECTIFICATION, d, null, null, feedback))).isEqualTo("2025-03-31");
        assertThat(RULES.stageDue(round(Stage.ASSESSMENT, d, null, null, feedback))).isEqualTo("2025-02-09");
        assertThat(RULES.stageDue(round(Stage.ARCHIVE, d, null, null, feedback))).isNull();
    }

    @Test
    void rectificationReportsAreDueTwoMonthsAfterFeedbackUntilReceived() {
        LocalDate feedback = LocalDate.of(2024, 12, 31);
        Round r = round(Stage.RECTIFICATION, LocalDate.of(2025, 1, 20), null, LocalDate.of(2024, 10, 1), feedback);
        List<Target> targets = List.of(target(1, null), target(2, LocalDate.of(2025, 2, 20)), target(3, null));

        List<Deadline> ds = RULES.deadlines(r, targets, today("2025-03-05"));

        List<Deadline> reports = ds.stream().filter(x -> x.kind() == Deadline.Kind.RECTIFICATION_REPORT).toList();
        assertThat(reports).extracting(Deadline::unitId).containsExactly(1L, 3L);    // unit 2 has reported
        assertThat(reports).allSatisfy(x -> {
            assertThat(x.due()).isEqualTo("2025-02-28");                            // 31 Dec + 2 months, end of February
            assertThat(x.daysOverdue()).isEqualTo(5);
            assertThat(x.unitName()).startsWith("单位");
        });
        assertThat(ds).filteredOn(x -> x.kind() == Deadline.Kind.STAGE).singleElement()
                .satisfies(x -> assertThat(x.overdue()).isFalse());                  // rectification runs to 31 March
        assertThat(reports.get(0).key()).isNotEqualTo(reports.get(1).key());
    }

    @Test
    void configuredLimitsReplaceTheDefaults() {
        DeadlineRules shortFieldwork = new DeadlineRules(3, 30, 20, 10, 20, 2, 1, 20);
        LocalDate entry = LocalDate.of(2025, 3, 3);
        Round r = round(Stage.FIELDWORK, entry, null, entry, null);
        assertThat(shortFieldwork.stageDue(r)).isEqualTo("2025-04-02");
        Round fed = round(Stage.FEEDBACK, LocalDate.of(2025, 5, 6), null, entry, LocalDate.of(2025, 5, 6));
        assertThat(shortFieldwork.deadlines(fed, List.of(target(1, null)), today("2025-06-07")))
                .filteredOn(x -> x.kind() == Deadline.Kind.RECTIFICATION_REPORT).singleElement()
                .satisfies(x -> assertThat(x.daysOverdue()).isEqualTo(1));      // due 6 June
    }

    @Test
    void archivedRoundsHaveNoLimits() {
        Round r = round(Stage.ARCHIVE, LocalDate.of(2025, 6, 1), null, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31));
        assertThat(RULES.deadlines(r, List.of(target(1, null)), today("2026-01-01"))).isEmpty();
    }
}
