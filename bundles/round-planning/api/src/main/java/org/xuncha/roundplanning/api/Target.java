package org.xuncha.roundplanning.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A unit a round inspects (被巡察单位), with the names it has in reference data.
 *
 * @param id                       id
 * @param roundId                  its round
 * @param unitId                   the unit (reference data)
 * @param unitCode                 its code
 * @param unitName                 its name
 * @param divisionCode             its division
 * @param field                    领域
 * @param sector                   板块
 * @param system                   系统
 * @param groupId                  the group inspecting it, null until assigned
 * @param priorityIds              priorities the inspection of this unit serves
 * @param supervisionTopics        special supervision topics at this unit
 * @param rectificationReportDate  the day the unit's rectification report arrived, null until then
 */
public record Target(long id, long roundId, long unitId, String unitCode, String unitName, String divisionCode,
                     String field, String sector, String system, Long groupId, Set<Long> priorityIds,
                     List<String> supervisionTopics, LocalDate rectificationReportDate) {

    public Target {
        priorityIds = priorityIds == null ? Set.of() : Set.copyOf(priorityIds);
        supervisionTopics = supervisionTopics == null ? List.of() : List.copyOf(supervisionTopics);
    }

    /**
     * Units to add to a round: those listed and every active unit of the term's division matching
     * the field / sector / system given (e.g. {@code system = 教育系统}: the whole system in one call).
     * At least one of {@code unitIds}, {@code field}, {@code sector}, {@code system} is required.
     *
     * @param unitIds           units chosen one by one
     * @param field             all units of this field (领域)
     * @param sector            all units of this sector (板块)
     * @param system            all units of this system (系统)
     * @param uninspectedOnly   leave out units already inspected in the term
     * @param priorityIds       priorities to tag the new targets with
     * @param supervisionTopics special supervision topics for the new targets
     */
    public record Selection(List<Long> unitIds, String field, String sector, String system, Boolean uninspectedOnly,
                            Set<Long> priorityIds, List<String> supervisionTopics) {
    }

    /**
     * What a selection did.
     *
     * @param added         targets added
     * @param alreadyTarget units matched that the round already inspects
     */
    public record SelectionResult(List<Target> added, List<Long> alreadyTarget) {
    }

    /** New tags of a target. */
    public record Tags(Set<Long> priorityIds, List<String> supervisionTopics) {
    }

    /** @param date the day the unit's rectification report arrived; null clears it */
    public record RectificationReport(LocalDate date) {
    }
}
