package org.xuncha.roundplanning.internal.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.roundplanning.api.Deadline;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundEvents;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.Testbed;
import org.xuncha.testkit.Configs;

class DeadlineServiceTest {

    private final Testbed t = new Testbed(Map.of("entryDays", 5));

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void itemsPastTheirConfiguredLimitAreListedMostOverdueFirst() {
        Term term = t.cityTerm();
        Round late = t.enteredRound(term.id(), t.today().minusDays(8));
        Round planned = t.round(term.id(), t.today().minusDays(1));
        assertThat(t.deadlines.overdue(t.office)).extracting(Deadline::roundId, Deadline::stage, Deadline::daysOverdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(late.id(), Stage.ENTRY, 3L),
                        org.assertj.core.groups.Tuple.tuple(planned.id(), Stage.PREPARATION, 1L));
        assertThat(t.deadlines.overdue(t.countyOffice)).isEmpty();
        var member = t.groupMember(t.leader.id(), Set.of(late.id()), Set.of(), Set.of(), RoundPlanningPermissions.ROUND_READ);
        assertThat(t.deadlines.overdue(member)).extracting(Deadline::roundId).containsExactly(late.id());
    }

    @Test
    void aChangedConfigurationAppliesAtOnce() {
        Term term = t.cityTerm();
        t.enteredRound(term.id(), t.today().minusDays(8));
        t.deadlines.modified(Configs.of(RoundPlanningConfig.class, Map.of("entryDays", 10)));
        assertThat(t.deadlines.overdue(t.office)).isEmpty();
        assertThat(t.deadlines.rules().entryDays()).isEqualTo(10);
    }

    @Test
    void rectificationReportsFallDueAfterFeedbackUntilTheyArrive() {
        Term term = t.cityTerm();
        Round r = t.enteredRound(term.id(), t.today().minusMonths(6));
        t.advanceTo(r.id(), Stage.FEEDBACK, t.today().minusMonths(3));
        assertThat(t.deadlines.overdue(t.office)).filteredOn(d -> d.kind() == Deadline.Kind.RECTIFICATION_REPORT)
                .extracting(Deadline::unitName).containsExactlyInAnyOrder("聊城市教育和体育局党组", "聊城第一中学党委");
    }

    @Test
    void theMonitorAnnouncesEachOverdueItemOnceAcrossChecksAndRestarts() {
        Term term = t.cityTerm();
        Round late = t.enteredRound(term.id(), t.today().minusDays(8));
        OverdueMonitor monitor = new OverdueMonitor(t.deadlines, t.store, Configs.of(RoundPlanningConfig.class, Map.of("overdueCheckSeconds", 3600)));
        try {
            assertThat(monitor.check()).isEqualTo(1);
            assertThat(monitor.check()).isZero();
        } finally {
            monitor.deactivate();
        }
        OverdueMonitor restarted = new OverdueMonitor(t.deadlines, t.store, Configs.of(RoundPlanningConfig.class, Map.of("overdueCheckSeconds", 3600)));
        try {
            assertThat(restarted.check()).isZero();
        } finally {
            restarted.deactivate();
        }
        assertThat(t.db.events()).filteredOn(e -> e.topic().equals(RoundEvents.DEADLINE_OVERDUE))
                .extracting(e -> e.properties().get(RoundEvents.ROUND_ID), e -> e.properties().get(RoundEvents.TO),
                        e -> e.properties().get(RoundEvents.KIND))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(late.id(), "ENTRY", "STAGE"));
    }
}
