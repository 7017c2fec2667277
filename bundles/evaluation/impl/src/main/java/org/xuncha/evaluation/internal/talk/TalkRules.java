package org.xuncha.evaluation.internal.talk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The 约谈 rule: a group leader whose groups ranked in the bottom N of the ranking in each of M
 * consecutive published rounds is talked to. Pure; tested on its own.
 */
public final class TalkRules {

    private TalkRules() {
    }

    /** A group's place in one published ranking. */
    public record Place(Long leaderPersonId, double total) {
    }

    /**
     * Whether a group is in the bottom {@code n} of one ranking: fewer than {@code n} groups
     * strictly below it. A tie at the edge takes every tied group in (a shared place is not split
     * by chance): the bottom 2 of 90, 80, 70, 70 are the two 70s; of 90, 80, 70 they are 80 and
     * 70; the bottom 1 of 90, 70, 70 are both 70s.
     */
    public static boolean inBottom(List<Place> ranking, Place place, int n) {
        long below = ranking.stream().filter(p -> p.total() < place.total()).count();
        return below < n;
    }

    /**
     * The leaders to talk to after the last of {@code rounds} (published rankings of one term,
     * oldest first): those who led a group in the bottom {@code n} of each of the last {@code m}
     * rounds. Fewer than {@code m} rounds flag no one; a round in which the leader led no group, or
     * none in the bottom, breaks the run.
     */
    public static Set<Long> flagged(List<List<Place>> rounds, int n, int m) {
        if (m < 1 || n < 1 || rounds.size() < m) {
            return Set.of();
        }
        List<List<Place>> last = rounds.subList(rounds.size() - m, rounds.size());
        Set<Long> flagged = null;
        for (List<Place> ranking : last) {
            Set<Long> bottom = new HashSet<>();
            for (Place p : ranking) {
                if (p.leaderPersonId() != null && inBottom(ranking, p, n)) {
                    bottom.add(p.leaderPersonId());
                }
            }
            if (flagged == null) {
                flagged = bottom;
            } else {
                flagged.retainAll(bottom);
            }
        }
        return Set.copyOf(flagged);
    }

    /** The reason written on the record. */
    public static String reason(int n, int m) {
        return "所带巡察组连续" + m + "轮排名后" + n + "位";
    }
}
