package org.xuncha.leadtransfer.internal.joint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xuncha.testkit.InMemoryRounds;
import org.xuncha.testkit.TestCallers;

class CalendarTest {

    static final LocalDate R1_START = LocalDate.of(2025, 3, 3);
    static final LocalDate R1_END = LocalDate.of(2025, 4, 10);

    final InMemoryRounds rounds = new InMemoryRounds().term(1, TestCallers.CITY)
            .round(10, 1, 1, R1_START, R1_END)
            .round(20, 1, 2, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 15))
            .round(30, 1, 3, null, null)
            .group(11, 10, "第一巡察组", List.of(), Set.of(100L, 101L))
            .group(12, 10, "第二巡察组", List.of(), Set.of(200L))
            .group(21, 20, "第一巡察组", List.of(), Set.of(100L))
            .group(31, 30, "第一巡察组", List.of(), Set.of(300L));

    @Test
    void inspectionsAreEveryGroupAtEveryTargetForTheRoundsFieldwork() {
        List<Calendar.Entry> entries = Calendar.inspections(rounds, 1, r -> true);
        assertThat(entries).hasSize(4).allMatch(e -> e.kind() == VisitKind.INSPECTION);
        assertThat(entries).filteredOn(e -> e.unitId() == 100).extracting(Calendar.Entry::roundId).containsExactlyInAnyOrder(10L, 20L);
        assertThat(entries).noneMatch(e -> e.unitId() == 300);
        assertThat(Calendar.inspections(rounds, 1, r -> r.id() != 10)).hasSize(1);
    }

    @Test
    void visitsConflictWhenTheyShareADayAtTheSameUnit() {
        List<Calendar.Entry> entries = new ArrayList<>(Calendar.inspections(rounds, 1, r -> true));
        entries.add(new Calendar.Entry(200, VisitKind.AUDIT, "市审计局", "经济责任审计", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31),
                null, null, 7L));
        // the last day of fieldwork still counts
        assertThat(Calendar.conflicts(entries, 100, R1_END, R1_END.plusDays(20))).extracting(Calendar.Entry::roundId).containsExactly(10L);
        assertThat(Calendar.conflicts(entries, 100, R1_END.plusDays(1), LocalDate.of(2025, 8, 31))).isEmpty();
        assertThat(Calendar.conflicts(entries, 200, LocalDate.of(2025, 4, 11), LocalDate.of(2025, 5, 1)))
                .extracting(Calendar.Entry::visitId).containsExactly(7L);
        assertThat(Calendar.conflicts(entries, 101, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).hasSize(1);
        assertThat(Calendar.overlaps(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 2)))
                .isFalse();
    }

    @Test
    void theCalendarListsVisitsWithinAPeriodInDateOrder() {
        List<Calendar.Entry> entries = Calendar.inspections(rounds, 1, r -> true);
        assertThat(Calendar.within(entries, LocalDate.of(2025, 4, 10), null)).extracting(Calendar.Entry::startsOn)
                .containsExactly(R1_START, R1_START, R1_START, LocalDate.of(2025, 9, 1));
        assertThat(Calendar.within(entries, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 1))).isEmpty();
    }
}
