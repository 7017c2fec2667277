package org.xuncha.roundplanning.internal.round;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.xuncha.roundplanning.api.Round;

/** Rounds as handed out: each with its open amendment flag and counts of targets and groups, in three queries for any number. */
public final class RoundViews {

    private RoundViews() {
    }

    public static Round of(EntityManager em, RoundEntity r) {
        return of(em, List.of(r)).get(0);
    }

    public static List<Round> of(EntityManager em, List<RoundEntity> rounds) {
        if (rounds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rounds.stream().map(r -> r.id).toList();
        Map<Long, Long> targets = counts(em, "select t.roundId, count(t) from TargetEntity t where t.roundId in :ids group by t.roundId", ids);
        Map<Long, Long> groups = counts(em, "select g.roundId, count(g) from GroupEntity g where g.roundId in :ids group by g.roundId", ids);
        Set<Long> amending = new HashSet<>(em.createQuery(
                "select a.roundId from AmendmentEntity a where a.closedAt is null and a.roundId in :ids", Long.class)
                .setParameter("ids", ids).getResultList());
        return rounds.stream().map(r -> r.toValue(amending.contains(r.id), targets.getOrDefault(r.id, 0L).intValue(),
                groups.getOrDefault(r.id, 0L).intValue())).toList();
    }

    private static Map<Long, Long> counts(EntityManager em, String jpql, List<Long> ids) {
        Map<Long, Long> result = new HashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()) {
            result.put((Long) row[0], (Long) row[1]);
        }
        return result;
    }
}
