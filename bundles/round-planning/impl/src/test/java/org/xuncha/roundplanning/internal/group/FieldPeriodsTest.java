package org.xuncha.roundplanning.internal.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.internal.group.FieldPeriods.Assignment;
import org.xuncha.roundplanning.internal.group.FieldPeriods.Period;

class FieldPeriodsTest {

    private static Period period(String start, String end) {
        return new Period(LocalDate.parse(start), LocalDate.parse(end));
    }

    private static Assignment in(long round, long group, GroupRole role, Period p) {
        return new Assignment(round, "第" + round + "轮", group, "第" + group + "巡察组", role, p);
    }

    @Test
    void periodsOverlapWhenTheyShareADay() {
        Period march = period("2025-03-01", "2025-04-09");
        assertThat(march.overlaps(period("2025-04-09", "2025-05-20"))).isTrue();     // last day = first day
        assertThat(march.overlaps(period("2025-04-10", "2025-05-20"))).isFalse();
        assertThat(march.overlaps(period("2025-02-01", "2025-03-01"))).isTrue();
        assertThat(march.overlaps(period("2025-03-10", "2025-03-20"))).isTrue();     // inside
        assertThat(march.overlaps(new Period(null, null))).isFalse();                // unknown dates clash with nothing
    }

    @Test
    void anOpenEndedPeriodLastsTheConfiguredFieldwork() {
        Period p = Period.of(LocalDate.parse("2025-03-01"), null, 40);
        assertThat(p.end()).isEqualTo("2025-04-10");
        assertThat(Period.of(null, null, 40).known()).isFalse();
    }

    @Test
    void aPersonCannotSitInTwoGroupsAwayAtTheSameTime() {
        Assignment roundFive = in(5, 51, GroupRole.MEMBER, period("2025-03-01", "2025-04-09"));
        Assignment candidate = in(6, 61, GroupRole.DEPUTY, period("2025-04-01", "2025-05-10"));
        assertThat(FieldPeriods.clash(candidate, List.of(roundFive))).contains(roundFive);

        Assignment later = in(6, 61, GroupRole.DEPUTY, period("2025-04-10", "2025-05-10"));
        assertThat(FieldPeriods.clash(later, List.of(roundFive))).isEmpty();
    }

    @Test
    void twoGroupsOfOneRoundAlwaysClashButTheSameGroupDoesNot() {
        Assignment first = in(5, 51, GroupRole.MEMBER, new Period(null, null));
        assertThat(FieldPeriods.clash(in(5, 52, GroupRole.LIAISON, new Period(null, null)), List.of(first))).contains(first);
        assertThat(FieldPeriods.clash(in(5, 51, GroupRole.LEADER, new Period(null, null)), List.of(first))).isEmpty();
    }

    @Test
    void nonResidentDeputyLeadersAreExemptOnEitherSide() {
        Period p = period("2025-03-01", "2025-04-09");
        Assignment asNonResident = in(5, 51, GroupRole.NONRESIDENT_DEPUTY, p);
        assertThat(FieldPeriods.clash(in(5, 52, GroupRole.NONRESIDENT_DEPUTY, p), List.of(asNonResident))).isEmpty();
        assertThat(FieldPeriods.clash(in(6, 61, GroupRole.MEMBER, p), List.of(asNonResident))).isEmpty();
        assertThat(FieldPeriods.clash(in(6, 61, GroupRole.NONRESIDENT_DEPUTY, p), List.of(in(5, 51, GroupRole.LEADER, p)))).isEmpty();
    }
}
