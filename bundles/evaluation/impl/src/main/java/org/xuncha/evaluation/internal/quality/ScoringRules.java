package org.xuncha.evaluation.internal.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Pure rules of group quality scoring: computed counts to values, the weighted total, the ranking
 * with ties. No OSGi, no database; tested on their own.
 */
public final class ScoringRules {

    private ScoringRules() {
    }

    /**
     * A computed count as a value of 0 to 100: the group's share of the best group's count in the
     * round, so the best group gets 100 and a group with none 0; every group 0 when no group has any.
     */
    public static double normalise(long count, long best) {
        if (best <= 0 || count <= 0) {
            return 0;
        }
        return round1(100.0 * Math.min(count, best) / best);
    }

    /**
     * The weighted mean of the values there are (null values are left out, their weight with
     * them), one decimal; 0 with no value at all.
     *
     * @param weights by indicator code
     * @param values  by indicator code; a value may be null
     */
    public static double total(Map<String, Integer> weights, Map<String, Double> values) {
        double sum = 0;
        int weight = 0;
        for (Map.Entry<String, Integer> w : weights.entrySet()) {
            Double v = values.get(w.getKey());
            if (v != null && w.getValue() > 0) {
                sum += v * w.getValue();
                weight += w.getValue();
            }
        }
        return weight == 0 ? 0 : round1(sum / weight);
    }

    /**
     * Ranks of the totals, 1 for the best; equal totals share a rank and the next rank counts them
     * (91, 91, 89 rank 1, 1, 3), as a written ranking of 并列 places does.
     *
     * @return the rank of each total, in the order given
     */
    public static int[] ranks(List<Double> totals) {
        int[] ranks = new int[totals.size()];
        for (int i = 0; i < totals.size(); i++) {
            int better = 0;
            for (Double other : totals) {
                if (other > totals.get(i)) {
                    better++;
                }
            }
            ranks[i] = better + 1;
        }
        return ranks;
    }

    /** The items sorted best first, ties by the given tie order (e.g. the group's name). */
    public static <T> List<T> bestFirst(List<T> items, java.util.function.ToDoubleFunction<T> total, Comparator<T> tie) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingDouble(total).reversed().thenComparing(tie));
        return sorted;
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
