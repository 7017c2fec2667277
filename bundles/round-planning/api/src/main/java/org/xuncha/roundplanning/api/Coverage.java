package org.xuncha.roundplanning.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Full coverage (全覆盖) of a term. The universe is every active unit of the term's division. A
 * unit is covered once a round of the term that targets it has entered (进驻); a unit inspected by
 * several rounds (回头看) counts once and is listed in {@link #reinspected}. Percentages are exact
 * decimals rounded half-up to one place.
 *
 * @param term           the term
 * @param asOf           the day it was computed
 * @param totalUnits     units in the universe
 * @param coveredUnits   of them, inspected by at least one round
 * @param percent        coveredUnits / totalUnits × 100
 * @param plannedUnits   not yet covered but targeted by a round still in preparation
 * @param remainingUnits totalUnits − coveredUnits
 * @param countedRounds  rounds that have entered (their targets count)
 * @param roundsNeeded   rounds still needed at the current pace (units newly covered per counted
 *                       round so far), rounded up; 0 when all are covered; null before any round counted
 * @param rounds         per round, by number
 * @param byField        per 领域
 * @param bySector       per 板块
 * @param bySystem       per 系统
 * @param remaining      units still to inspect
 * @param reinspected    units inspected by more than one round
 */
public record Coverage(TermRef term, LocalDate asOf, int totalUnits, int coveredUnits, BigDecimal percent, int plannedUnits,
                       int remainingUnits, int countedRounds, Integer roundsNeeded, List<RoundCoverage> rounds,
                       List<Breakdown> byField, List<Breakdown> bySector, List<Breakdown> bySystem,
                       List<UnitCoverage> remaining, List<UnitCoverage> reinspected) {

    /** The label breakdowns use for units with no field / sector / system. */
    public static final String UNCLASSIFIED = "未分类";

    public Coverage {
        rounds = List.copyOf(rounds);
        byField = List.copyOf(byField);
        bySector = List.copyOf(bySector);
        bySystem = List.copyOf(bySystem);
        remaining = List.copyOf(remaining);
        reinspected = List.copyOf(reinspected);
    }

    /**
     * What one round inspected.
     *
     * @param roundId      the round
     * @param number       第N轮
     * @param name         its name
     * @param type         its type
     * @param stage        its stage
     * @param counted      true once it has entered; a round in preparation only plans
     * @param unitIds      its targets in the universe
     * @param newlyCovered of them, first covered by this round
     * @param reinspected  of them, already covered by an earlier round
     * @param outside      targets outside the universe (another division, e.g. 提级/交叉巡察, or inactive units)
     */
    public record RoundCoverage(long roundId, int number, String name, RoundType type, Stage stage, boolean counted,
                                List<Long> unitIds, int newlyCovered, int reinspected, int outside) {

        public RoundCoverage {
            unitIds = List.copyOf(unitIds);
        }
    }

    /**
     * Coverage of one field, sector or system.
     *
     * @param value   the field / sector / system, or {@link Coverage#UNCLASSIFIED}
     * @param total   units of it
     * @param covered of them, covered
     * @param percent covered / total × 100
     */
    public record Breakdown(String value, int total, int covered, BigDecimal percent) {
    }

    /**
     * A unit of the universe and the rounds that inspected or plan to inspect it.
     *
     * @param unitId       id
     * @param code         code
     * @param name         name
     * @param field        领域
     * @param sector       板块
     * @param system       系统
     * @param roundNumbers numbers of the counted rounds that inspected it
     * @param plannedIn    numbers of rounds in preparation that target it
     */
    public record UnitCoverage(long unitId, String code, String name, String field, String sector, String system,
                               List<Integer> roundNumbers, List<Integer> plannedIn) {

        public UnitCoverage {
            roundNumbers = List.copyOf(roundNumbers);
            plannedIn = List.copyOf(plannedIn);
        }
    }
}
