package org.xuncha.evaluation.internal.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScoringRulesTest {

    @Test
    void theBestGroupOfARoundGets100AndOthersTheirShare() {
        assertThat(ScoringRules.normalise(8, 8)).isEqualTo(100.0);
        assertThat(ScoringRules.normalise(3, 8)).isEqualTo(37.5);
        assertThat(ScoringRules.normalise(0, 8)).isEqualTo(0.0);
        assertThat(ScoringRules.normalise(1, 3)).isEqualTo(33.3);
    }

    @Test
    void noGroupWithAnyCountGivesZeroNotADivisionByZero() {
        assertThat(ScoringRules.normalise(0, 0)).isEqualTo(0.0);
    }

    @Test
    void totalIsTheWeightedMean() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("problems", 30);
        weights.put("reports", 20);
        weights.put("discipline", 50);
        assertThat(ScoringRules.total(weights, Map.of("problems", 100.0, "reports", 50.0, "discipline", 80.0)))
                .isEqualTo((100 * 30 + 50 * 20 + 80 * 50) / 100.0);
    }

    @Test
    void aMissingValueLeavesItsWeightOutNotCountedAsZero() {
        Map<String, Integer> weights = Map.of("problems", 50, "discipline", 50);
        Map<String, Double> values = new HashMap<>();
        values.put("problems", null);
        values.put("discipline", 90.0);
        assertThat(ScoringRules.total(weights, values)).isEqualTo(90.0);
        assertThat(ScoringRules.total(weights, Map.of())).isEqualTo(0.0);
    }

    @Test
    void equalTotalsShareARankAndTheNextRankCountsThem() {
        int[] ranks = ScoringRules.ranks(List.of(89.0, 91.0, 92.0, 91.0, 78.0));
        assertThat(ranks).containsExactly(4, 2, 1, 2, 5);
    }

    @Test
    void allTiedAreAllFirst() {
        assertThat(ScoringRules.ranks(List.of(80.0, 80.0, 80.0))).containsExactly(1, 1, 1);
        assertThat(ScoringRules.ranks(List.of())).isEmpty();
    }

    @Test
    void bestFirstBreaksTiesByTheGivenOrderForDisplayOnly() {
        List<String> sorted = ScoringRules.bestFirst(Arrays.asList("b:91", "a:91", "c:92"),
                s -> Double.parseDouble(s.substring(2)), String::compareTo);
        assertThat(sorted).containsExactly("c:92", "a:91", "b:91");
    }
}
