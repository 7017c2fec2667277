package org.xuncha.roundplanning.internal.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.roundplanning.api.Coverage;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.TermRef;
import org.xuncha.roundplanning.internal.term.CoverageCalculator.RoundInput;

class CoverageCalculatorTest {

    private static final TermRef TERM = new TermRef(1, "十四届市委", "371500", LocalDate.of(2021, 10, 1), LocalDate.of(2026, 9, 30));
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    /** Twelve units: 3 of the education system, 2 of health, 3 state firms, 3 townships, 1 unclassified. */
    private static List<Unit> universe() {
        List<Unit> units = new ArrayList<>();
        units.add(unit(1, "党政机关", "社会民生", "教育系统"));
        units.add(unit(2, "事业单位", "社会民生", "教育系统"));
        units.add(unit(3, "事业单位", "社会民生", "教育系统"));
        units.add(unit(4, "党政机关", "社会民生", "卫生健康系统"));
        units.add(unit(5, "事业单位", "社会民生", "卫生健康系统"));
        units.add(unit(6, "国有企业", "经济发展", null));
        units.add(unit(7, "国有企业", "经济发展", null));
        units.add(unit(8, "国有企业", "经济发展", null));
        units.add(unit(9, "乡镇（街道）", "农业农村", null));
        units.add(unit(10, "乡镇（街道）", "农业农村", null));
        units.add(unit(11, "乡镇（街道）", "农业农村", null));
        units.add(unit(12, null, null, null));
        return units;
    }

    private static Unit unit(long id, String field, String sector, String system) {
        return new Unit(id, String.format("U%02d", id), "单位" + id, "371500", null, field, sector, system, true, 0L);
    }

    private static RoundInput round(long id, int number, Stage stage, RoundType type, Long... units) {
        return new RoundInput(id, number, "第" + number + "轮", type, stage, Set.of(units));
    }

    @Test
    void termWithSeveralRoundsCountsEachUnitOnceAndListsReinspections() {
        List<RoundInput> rounds = List.of(
                // round 1: the whole education system and one state firm
                round(11, 1, Stage.ARCHIVE, RoundType.REGULAR, 1L, 2L, 3L, 6L),
                // round 2: health, a township, and a county unit outside the universe (提级巡察)
                round(12, 2, Stage.RECTIFICATION, RoundType.ESCALATED, 4L, 5L, 9L, 900L),
                // round 3: follow-up (回头看) of two units of round 1 plus one new unit
                round(13, 3, Stage.FIELDWORK, RoundType.FOLLOW_UP, 1L, 6L, 7L),
                // round 4 is still being planned: its units are planned, not covered
                round(14, 4, Stage.PREPARATION, RoundType.REGULAR, 7L, 8L, 10L));

        Coverage c = CoverageCalculator.compute(TERM, TODAY, universe(), rounds);

        assertThat(c.totalUnits()).isEqualTo(12);
        assertThat(c.coveredUnits()).isEqualTo(8);                       // 1,2,3,4,5,6,7,9
        assertThat(c.percent()).isEqualByComparingTo("66.7");            // 8/12 = 66.666.. → 66.7
        assertThat(c.remainingUnits()).isEqualTo(4);                     // 8,10,11,12
        assertThat(c.plannedUnits()).isEqualTo(2);                       // 8 and 10 (7 is covered already)
        assertThat(c.countedRounds()).isEqualTo(3);
        assertThat(c.roundsNeeded()).isEqualTo(2);                       // ⌈4 × 3 / 8⌉ = ⌈1.5⌉
        assertThat(c.remaining()).extracting(Coverage.UnitCoverage::unitId).containsExactly(8L, 10L, 11L, 12L);
        assertThat(c.remaining().get(0).plannedIn()).containsExactly(4);
        assertThat(c.reinspected()).extracting(Coverage.UnitCoverage::unitId).containsExactly(1L, 6L);
        assertThat(c.reinspected().get(0).roundNumbers()).containsExactly(1, 3);

        assertThat(c.rounds()).extracting(Coverage.RoundCoverage::number).containsExactly(1, 2, 3, 4);
        Coverage.RoundCoverage r1 = c.rounds().get(0);
        assertThat(r1.unitIds()).containsExactly(1L, 2L, 3L, 6L);
        assertThat(r1.newlyCovered()).isEqualTo(4);
        Coverage.RoundCoverage r2 = c.rounds().get(1);
        assertThat(r2.unitIds()).containsExactly(4L, 5L, 9L);
        assertThat(r2.outside()).isEqualTo(1);
        assertThat(r2.newlyCovered()).isEqualTo(3);
        Coverage.RoundCoverage r3 = c.rounds().get(2);
        assertThat(r3.newlyCovered()).isEqualTo(1);
        assertThat(r3.reinspected()).isEqualTo(2);
        Coverage.RoundCoverage r4 = c.rounds().get(3);
        assertThat(r4.counted()).isFalse();
        assertThat(r4.newlyCovered()).isZero();
    }

    @Test
    void theUnitTableListsEveryUnitWithItsRounds() {
        CoverageCalculator.Result r = CoverageCalculator.evaluate(TERM, TODAY, universe(), List.of(
                round(11, 1, Stage.ARCHIVE, RoundType.REGULAR, 1L, 2L),
                round(12, 2, Stage.ENTRY, RoundType.FOLLOW_UP, 1L),
                round(13, 3, Stage.PREPARATION, RoundType.REGULAR, 3L)));

        assertThat(r.units()).hasSize(12).extracting(Coverage.UnitCoverage::code).isSorted();
        assertThat(r.units().get(0).roundNumbers()).containsExactly(1, 2);
        assertThat(r.units().get(1).roundNumbers()).containsExactly(1);
        assertThat(r.units().get(2).roundNumbers()).isEmpty();
        assertThat(r.units().get(2).plannedIn()).containsExactly(3);
        assertThat(r.coverage()).isEqualTo(CoverageCalculator.compute(TERM, TODAY, universe(), List.of(
                round(11, 1, Stage.ARCHIVE, RoundType.REGULAR, 1L, 2L),
                round(12, 2, Stage.ENTRY, RoundType.FOLLOW_UP, 1L),
                round(13, 3, Stage.PREPARATION, RoundType.REGULAR, 3L))));
    }

    @Test
    void breakdownsByFieldSectorAndSystem() {
        Coverage c = CoverageCalculator.compute(TERM, TODAY, universe(), List.of(
                round(11, 1, Stage.ENTRY, RoundType.REGULAR, 1L, 2L, 3L, 6L),
                round(12, 2, Stage.REPORT, RoundType.REGULAR, 4L, 9L)));

        assertThat(c.bySystem()).containsExactly(
                new Coverage.Breakdown("卫生健康系统", 2, 1, new BigDecimal("50.0")),
                new Coverage.Breakdown("教育系统", 3, 3, new BigDecimal("100.0")),
                new Coverage.Breakdown(Coverage.UNCLASSIFIED, 7, 2, new BigDecimal("28.6")));    // 2/7 = 28.571..
        assertThat(c.byField()).contains(
                new Coverage.Breakdown("国有企业", 3, 1, new BigDecimal("33.3")),
                new Coverage.Breakdown("事业单位", 3, 2, new BigDecimal("66.7")),
                new Coverage.Breakdown("党政机关", 2, 2, new BigDecimal("100.0")),
                new Coverage.Breakdown("乡镇（街道）", 3, 1, new BigDecimal("33.3")));
        assertThat(c.bySector()).contains(
                new Coverage.Breakdown("社会民生", 5, 4, new BigDecimal("80.0")),
                new Coverage.Breakdown("经济发展", 3, 1, new BigDecimal("33.3")));
        assertThat(c.byField().stream().mapToInt(Coverage.Breakdown::total).sum()).isEqualTo(12);
        assertThat(c.coveredUnits()).isEqualTo(6);
        assertThat(c.percent()).isEqualByComparingTo("50.0");
        assertThat(c.roundsNeeded()).isEqualTo(2);                       // ⌈6 × 2 / 6⌉
    }

    @Test
    void beforeAnyRoundEntersThePaceIsUnknownAndWhenAllAreCoveredNoRoundIsNeeded() {
        Coverage none = CoverageCalculator.compute(TERM, TODAY, universe(), List.of(round(11, 1, Stage.PREPARATION, RoundType.REGULAR, 1L)));
        assertThat(none.coveredUnits()).isZero();
        assertThat(none.percent()).isEqualByComparingTo("0.0");
        assertThat(none.roundsNeeded()).isNull();
        assertThat(none.plannedUnits()).isEqualTo(1);

        List<Unit> two = universe().subList(0, 2);
        Coverage all = CoverageCalculator.compute(TERM, TODAY, two, List.of(round(11, 1, Stage.ENTRY, RoundType.REGULAR, 1L, 2L)));
        assertThat(all.percent()).isEqualByComparingTo("100.0");
        assertThat(all.roundsNeeded()).isZero();
        assertThat(all.remaining()).isEmpty();

        Coverage empty = CoverageCalculator.compute(TERM, TODAY, List.of(), List.of());
        assertThat(empty.percent()).isEqualByComparingTo("0.0");
        assertThat(empty.roundsNeeded()).isZero();
    }

    @Test
    void unitsThatAreNoInspectionTargetCountNowhere() {
        List<Unit> units = new ArrayList<>(universe());
        Unit office = units.get(11);   // the unclassified unit 12, say the inspection office itself
        units.set(11, new Unit(office.id(), office.code(), "巡察办", office.divisionCode(), null, null, null, null, true, 0L, true));
        // a special round that still named it by id: it is not counted as covering anything
        Coverage c = CoverageCalculator.compute(TERM, TODAY, units, List.of(
                round(11, 1, Stage.ENTRY, RoundType.REGULAR, 1L, 2L, 3L, 6L),
                round(12, 2, Stage.ENTRY, RoundType.SPECIAL, 12L)));

        assertThat(c.totalUnits()).isEqualTo(11);
        assertThat(c.coveredUnits()).isEqualTo(4);
        assertThat(c.percent()).isEqualByComparingTo("36.4");            // 4/11 = 36.36..
        assertThat(c.remaining()).extracting(Coverage.UnitCoverage::unitId).doesNotContain(12L).hasSize(7);
        assertThat(c.rounds().get(1).outside()).isEqualTo(1);
        assertThat(c.bySystem()).filteredOn(b -> b.value().equals(Coverage.UNCLASSIFIED)).singleElement()
                .extracting(Coverage.Breakdown::total).isEqualTo(6);
    }

    @Test
    void percentRoundsHalfUpExactly() {
        assertThat(CoverageCalculator.percent(1, 8)).isEqualByComparingTo("12.5");     // exactly 12.5
        assertThat(CoverageCalculator.percent(1, 16)).isEqualByComparingTo("6.3");     // 6.25 → 6.3, not 6.2
        assertThat(CoverageCalculator.percent(2, 3)).isEqualByComparingTo("66.7");
        assertThat(CoverageCalculator.percent(1, 3)).isEqualByComparingTo("33.3");
    }
}
