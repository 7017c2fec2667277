package org.xuncha.personnelpools.internal.profile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.api.Profile;
import org.xuncha.personnelpools.internal.Store;
import org.xuncha.platform.api.persistence.ModuleStore;

/**
 * Profiles read in bulk for the rules (eligibility, 回避, skill matching): ids, years and dates
 * only, never the encrypted relation or note, so no check result can carry a relative's details.
 * Callers have checked permission and scope.
 */
@Component(service = ProfileFacts.class)
public class ProfileFacts {

    /** A declared relative as the checks see it: where, and who when they are in reference data. */
    public record RelativeFact(long unitId, Long personId) {
    }

    /** What the rules read of one person's profile; {@link #EMPTY} when none was entered. */
    public record Facts(LocalDate birthDate, boolean caseOpen, List<String> specialties, List<Profile.Employment> history,
                        List<RelativeFact> relatives, List<Profile.Availability> availability) {

        public static final Facts EMPTY = new Facts(null, false, List.of(), List.of(), List.of(), List.of());
    }

    private final ModuleStore store;

    @Activate
    public ProfileFacts(@Reference Store store) {
        this.store = store.db();
    }

    /** Facts of each person; persons without a profile get {@link Facts#EMPTY}. */
    public Map<Long, Facts> of(Collection<Long> personIds) {
        Map<Long, Facts> out = new HashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        List<Long> ids = personIds.stream().distinct().toList();
        store.read(em -> {
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                em.createQuery("select p from ProfileEntity p where p.personId in :ids", ProfileEntity.class).setParameter("ids", chunk)
                        .getResultList().forEach(p -> out.put(p.personId, new Facts(p.birthDate, p.caseOpen, List.copyOf(p.specialties),
                                p.history.stream().map(EmploymentRow::toValue).toList(),
                                p.relatives.stream().map(r -> new RelativeFact(r.unitId, r.relativePersonId)).toList(),
                                p.availability.stream().map(AvailabilityRow::toValue).toList())));
            }
            return null;
        });
        ids.forEach(id -> out.putIfAbsent(id, Facts.EMPTY));
        return out;
    }

    public Facts of(long personId) {
        return of(List.of(personId)).get(personId);
    }
}
