package org.xuncha.evaluation.api;

import java.util.List;

/**
 * A round's scoring sheet: the indicators and every group's values, best first.
 *
 * @param roundId    the round
 * @param roundName  its name
 * @param indicators the division's indicators
 * @param groups     the groups, by rank
 */
public record ScoringSheet(long roundId, String roundName, List<Indicator> indicators, List<GroupScore> groups) {

    public ScoringSheet {
        indicators = List.copyOf(indicators);
        groups = List.copyOf(groups);
    }
}
