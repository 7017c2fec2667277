package org.xuncha.evaluation.api;

import java.util.List;

/**
 * A group's line on a round's scoring sheet.
 *
 * @param groupId          the group
 * @param groupName        its name
 * @param leaderPersonId   its leader (reference-data person id), null if it has none
 * @param values           one per indicator, in the indicators' order
 * @param total            weighted mean of the values there are, one decimal
 * @param complete         false while some indicator has no value
 * @param rank             1 for the best; groups with the same total share a rank
 */
public record GroupScore(long groupId, String groupName, Long leaderPersonId, List<IndicatorValue> values, double total,
                         boolean complete, int rank) {

    public GroupScore {
        values = List.copyOf(values);
    }
}
