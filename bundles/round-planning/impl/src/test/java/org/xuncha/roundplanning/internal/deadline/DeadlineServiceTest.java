package org.xuncha.roundplanning.internal.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.roundplanning.api.Deadline;
import org.xuncha.roundplanning.api.Group;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundEvents;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.StageChange;
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
    void theToDoCountsGiveTheOverdueListsFigures() {
        Term term = t.cityTerm();
        LocalDate today = t.today();
        t.round(term.id(), today.minusDays(3));
        t.round(term.id(), today.plusDays(3));
        Round entered = t.enteredRound(term.id(), today.minusDays(8));
        entered(term.id(), today.minusDays(2));
        for (Stage stage : List.of(Stage.FIELDWORK, Stage.REPORT, Stage.FEEDBACK, Stage.TRANSFER, Stage.RECTIFICATION, Stage.ASSESSMENT)) {
            t.advanceTo(entered(term.id(), today.minusMonths(9)).id(), stage, today.minusMonths(8).minusDays(stage.ordinal()));
            t.advanceTo(entered(term.id(), today.minusDays(2)).id(), stage, today.minusDays(1));
        }
        var member = t.groupMember(t.leader.id(), Set.of(entered.id()), Set.of(), Set.of(t.edu.id()), RoundPlanningPermissions.ROUND_READ);
        for (var caller : List.of(t.office, t.countyOffice, member)) {
            Map<Deadline.Kind, List<Deadline>> listed = t.deadlines.overdue(caller).stream().collect(Collectors.groupingBy(Deadline::kind));
            Map<Deadline.Kind, OverdueCounts.Count> counted = t.deadlines.overdueCounts(caller);
            assertThat(counted.keySet()).as(caller.username()).isEqualTo(listed.keySet());
            listed.forEach((kind, items) -> assertThat(counted.get(kind)).as(caller.username() + " " + kind).isEqualTo(new OverdueCounts.Count(
                    items.size(), items.stream().map(Deadline::due).min(LocalDate::compareTo).orElseThrow())));
        }
        assertThat(t.deadlines.overdueCounts(t.office).get(Deadline.Kind.STAGE).count()).as("every stage with a limit, late").isEqualTo(8);
        assertThat(t.deadlines.overdueCounts(t.office).get(Deadline.Kind.RECTIFICATION_REPORT).count()).isPositive();
    }

    /** A round entered on the day, at two units, with a group of its own two people (so that no fieldwork clashes with another's). */
    private Round entered(long termId, LocalDate entry) {
        Round r = t.round(termId, entry);
        t.addTargets(r.id(), t.edu, t.school);
        long unit = t.leader.unitId();
        var group = t.group(r.id(), "第一巡察组", List.of(Testbed.as(t.reference.addPerson("组长" + r.id(), unit, "处长"), GroupRole.LEADER),
                Testbed.as(t.reference.addPerson("组员" + r.id(), unit, "干部"), GroupRole.MEMBER)), t.edu, t.school);
        t.approve(r.id());
        t.groups.authorise(t.office, r.id(), group.id(), new Group.Authorisation("聊巡授〔2026〕" + r.id() + "号", entry, null));
        return t.stages.change(t.office, r.id(), new StageChange.Request(Stage.ENTRY, entry, null));
    }

    @Test
    void theLastDayBeforeAMonthsLimitFollowsTheClampingOfPlusMonths() {
        for (LocalDate today = LocalDate.of(2023, 12, 1); today.isBefore(LocalDate.of(2025, 3, 1)); today = today.plusDays(1)) {
            for (int months = 0; months <= 13; months++) {
                LocalDate cut = OverdueCounts.lastBefore(today, months);
                assertThat(cut.plusMonths(months)).as(today + " " + months).isBefore(today);
                assertThat(cut.plusDays(1).plusMonths(months)).as(today + " " + months).isAfterOrEqualTo(today);
            }
        }
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
