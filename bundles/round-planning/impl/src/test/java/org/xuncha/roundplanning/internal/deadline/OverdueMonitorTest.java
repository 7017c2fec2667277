package org.xuncha.roundplanning.internal.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xuncha.roundplanning.api.Deadline;
import org.xuncha.roundplanning.api.Stage;

class OverdueMonitorTest {

    private static Deadline stage(long round, Stage stage, String due, long days) {
        return new Deadline(round, "第" + round + "轮", Deadline.Kind.STAGE, stage, null, null, LocalDate.parse(due), days);
    }

    private static Deadline report(long round, long unit, String due, long days) {
        return new Deadline(round, "第" + round + "轮", Deadline.Kind.RECTIFICATION_REPORT, Stage.RECTIFICATION, unit, "单位" + unit,
                LocalDate.parse(due), days);
    }

    @Test
    void eachOverdueItemIsAnnouncedOnceAcrossChecks() {
        Set<String> announced = new HashSet<>();
        List<Deadline> first = List.of(stage(1, Stage.FIELDWORK, "2025-04-12", 3), report(2, 7, "2025-02-28", 40), report(2, 8, "2025-02-28", 40));

        List<Deadline> firstCheck = OverdueMonitor.newItems(first, announced);
        assertThat(firstCheck).hasSize(3);
        firstCheck.forEach(d -> announced.add(d.key()));

        // the next check sees the same items a day later (more days overdue) and a new one
        List<Deadline> second = List.of(stage(1, Stage.FIELDWORK, "2025-04-12", 4), report(2, 7, "2025-02-28", 41),
                report(2, 8, "2025-02-28", 41), stage(3, Stage.PREPARATION, "2025-04-14", 1));
        assertThat(OverdueMonitor.newItems(second, announced)).extracting(Deadline::roundId).containsExactly(3L);
    }

    @Test
    void aNewDueDayIsANewItemAndDuplicatesInOneCheckCountOnce() {
        Set<String> announced = Set.of(stage(1, Stage.FIELDWORK, "2025-04-12", 3).key());
        // the round stepped back and entered fieldwork again later: a new limit
        assertThat(OverdueMonitor.newItems(List.of(stage(1, Stage.FIELDWORK, "2025-05-02", 1)), announced)).hasSize(1);
        assertThat(OverdueMonitor.newItems(List.of(stage(4, Stage.REPORT, "2025-05-02", 1), stage(4, Stage.REPORT, "2025-05-02", 1)),
                Set.of())).hasSize(1);
    }
}
