package org.xuncha.evaluation.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The published ranking of a round (逐轮次书面通报排名).
 *
 * @param roundId     the round
 * @param roundName   its name when published
 * @param roundNumber its number in the term
 * @param publishedAt when
 * @param publishedBy who
 * @param groups      best first
 */
public record RoundRanking(long roundId, String roundName, int roundNumber, LocalDateTime publishedAt, String publishedBy,
                           List<RankedGroup> groups) {

    public RoundRanking {
        groups = List.copyOf(groups);
    }
}
