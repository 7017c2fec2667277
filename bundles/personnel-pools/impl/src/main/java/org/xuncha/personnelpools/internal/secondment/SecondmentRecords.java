package org.xuncha.personnelpools.internal.secondment;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.internal.Store;
import org.xuncha.platform.api.persistence.ModuleStore;

/** The secondments recorded here, read in bulk by person (rounds served, clash checks). Callers have checked scope. */
@Component(service = SecondmentRecords.class)
public class SecondmentRecords {

    private final ModuleStore store;

    @Activate
    public SecondmentRecords(@Reference Store store) {
        this.store = store.db();
    }

    /** Every secondment of these persons, whatever the division (a clash is a clash wherever it is). */
    public List<SecondmentEntity> of(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = personIds.stream().distinct().toList();
        return store.read(em -> {
            List<SecondmentEntity> out = new java.util.ArrayList<>();
            for (int from = 0; from < ids.size(); from += 500) {
                out.addAll(em.createQuery("select s from SecondmentEntity s where s.personId in :ids order by s.id", SecondmentEntity.class)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500))).getResultList());
            }
            return out;
        });
    }

    /** Every secondment to a round. */
    public List<SecondmentEntity> ofRound(long roundId) {
        return store.read(em -> em.createQuery("select s from SecondmentEntity s where s.roundId = :r order by s.id", SecondmentEntity.class)
                .setParameter("r", roundId).getResultList());
    }

    /** Rounds each person was seconded to (distinct rounds); absent persons served none. */
    public Map<Long, Integer> served(Collection<Long> personIds) {
        Map<Long, java.util.Set<Long>> rounds = new HashMap<>();
        of(personIds).forEach(s -> rounds.computeIfAbsent(s.personId, k -> new java.util.HashSet<>()).add(s.roundId));
        Map<Long, Integer> out = new HashMap<>();
        rounds.forEach((p, r) -> out.put(p, r.size()));
        return out;
    }
}
