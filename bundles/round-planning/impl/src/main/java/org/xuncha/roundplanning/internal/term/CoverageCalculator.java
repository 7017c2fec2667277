package org.xuncha.roundplanning.internal.term;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.xuncha.platform.api.reference.Unit;
import org.xuncha.roundplanning.api.Coverage;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.TermRef;

/**
 * Full-coverage arithmetic of a term, on counts only (no floating point): the universe leaves out the
 * units marked not an inspection target; a unit of the universe is
 * covered once a round that targets it has entered; a unit targeted by several counted rounds
 * counts once and is listed as re-inspected; percentages are exact decimals rounded half-up to one
 * place; rounds still needed = ⌈remaining × counted rounds ÷ covered⌉, i.e. at the pace of units
 * covered per round so far.
 */
public final class CoverageCalculator {

    private CoverageCalculator() {
    }

    /** A round as coverage sees it. */
    public record RoundInput(long id, int number, String name, RoundType type, Stage stage, Set<Long> unitIds) {

        /** Its targets count once it has entered; before that it only plans. */
        boolean counted() {
            return stage != Stage.PREPARATION;
        }
    }

    /** The coverage, and every unit of the universe with the rounds that inspected or plan to inspect it (by code). */
    public record Result(Coverage coverage, List<Coverage.UnitCoverage> units) {
    }

    public static Coverage compute(TermRef term, LocalDate asOf, List<Unit> universe, List<RoundInput> rounds) {
        return evaluate(term, asOf, universe, rounds).coverage();
    }

    public static Result evaluate(TermRef term, LocalDate asOf, List<Unit> universe, List<RoundInput> rounds) {
        Map<Long, Unit> units = new LinkedHashMap<>();
        // units the committee does not inspect (不列为巡察对象) are in neither the denominator nor the gaps
        universe.stream().filter(Unit::inspectionTarget).forEach(u -> units.put(u.id(), u));
        List<RoundInput> ordered = rounds.stream().sorted(Comparator.comparingInt(RoundInput::number)).toList();

        Map<Long, List<Integer>> inspectedBy = new TreeMap<>();
        Map<Long, List<Integer>> plannedIn = new TreeMap<>();
        List<Coverage.RoundCoverage> perRound = new ArrayList<>();
        int counted = 0;
        for (RoundInput r : ordered) {
            List<Long> inUniverse = r.unitIds().stream().filter(units::containsKey).sorted().toList();
            int outside = r.unitIds().size() - inUniverse.size();
            int newly = 0;
            int again = 0;
            if (r.counted()) {
                counted++;
                for (Long id : inUniverse) {
                    List<Integer> by = inspectedBy.computeIfAbsent(id, k -> new ArrayList<>());
                    if (by.isEmpty()) {
                        newly++;
                    } else {
                        again++;
                    }
                    by.add(r.number());
                }
            } else {
                inUniverse.forEach(id -> plannedIn.computeIfAbsent(id, k -> new ArrayList<>()).add(r.number()));
            }
            perRound.add(new Coverage.RoundCoverage(r.id(), r.number(), r.name(), r.type(), r.stage(), r.counted(), inUniverse,
                    newly, again, outside));
        }

        int total = units.size();
        int covered = inspectedBy.size();
        int remaining = total - covered;
        int planned = (int) plannedIn.keySet().stream().filter(id -> !inspectedBy.containsKey(id)).count();
        Integer needed = remaining == 0 ? Integer.valueOf(0) : covered == 0 ? null : ceilDiv(remaining * counted, covered);

        List<Coverage.UnitCoverage> all = new ArrayList<>();
        List<Coverage.UnitCoverage> left = new ArrayList<>();
        List<Coverage.UnitCoverage> twice = new ArrayList<>();
        for (Unit u : sorted(units.values())) {
            List<Integer> by = inspectedBy.getOrDefault(u.id(), List.of());
            Coverage.UnitCoverage uc = new Coverage.UnitCoverage(u.id(), u.code(), u.name(), u.field(), u.sector(), u.system(),
                    by, plannedIn.getOrDefault(u.id(), List.of()));
            all.add(uc);
            if (by.isEmpty()) {
                left.add(uc);
            } else if (by.size() > 1) {
                twice.add(uc);
            }
        }
        Set<Long> coveredIds = new HashSet<>(inspectedBy.keySet());
        return new Result(new Coverage(term, asOf, total, covered, percent(covered, total), planned, remaining, counted, needed,
                perRound, breakdown(units.values(), coveredIds, Unit::field), breakdown(units.values(), coveredIds, Unit::sector),
                breakdown(units.values(), coveredIds, Unit::system), left, twice), all);
    }

    private static List<Unit> sorted(java.util.Collection<Unit> units) {
        return units.stream().sorted(Comparator.comparing(Unit::code, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    private static List<Coverage.Breakdown> breakdown(java.util.Collection<Unit> units, Set<Long> covered, Function<Unit, String> by) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Unit u : units) {
            String v = by.apply(u);
            int[] c = counts.computeIfAbsent(v == null || v.isBlank() ? Coverage.UNCLASSIFIED : v, k -> new int[2]);
            c[0]++;
            if (covered.contains(u.id())) {
                c[1]++;
            }
        }
        return counts.entrySet().stream()
                .map(e -> new Coverage.Breakdown(e.getKey(), e.getValue()[0], e.getValue()[1], percent(e.getValue()[1], e.getValue()[0])))
                .toList();
    }

    /** part / whole × 100, half-up to one decimal place; 0.0 for an empty whole. */
    public static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
