package org.xuncha.personnelpools.internal.stats;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.api.EntryStatus;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.api.PoolService;
import org.xuncha.personnelpools.api.PoolStatistics;
import org.xuncha.personnelpools.internal.Store;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.Caller;

/** The dashboard figures of the pools: grouped queries in the caller's scope, none reading rows one by one. */
@Component(service = StatisticsService.class)
public class StatisticsService {

    private final ModuleStore store;
    private final PoolService pools;

    @Activate
    public StatisticsService(@Reference Store store, @Reference PoolService pools) {
        this.store = store.db();
        this.pools = pools;
    }

    public PoolStatistics statistics(Caller caller, Integer year) {
        caller.require(PersonnelPoolsPermissions.READ);
        int y = year == null ? store.today().getYear() : year;
        new Checks().range("year", y, 1949, 9999, "年度", "year").throwIfInvalid();
        Map<String, Long> bySpecialty = new LinkedHashMap<>();
        Where inPool = Where.scoped(caller, "e.divisionCode", null).in("e.status", "inPool", List.of(EntryStatus.ACTIVE, EntryStatus.PENDING_EXIT))
                .and("p.personId = e.personId");
        store.read(em -> inPool.bind(em.createQuery("select s, count(distinct e.personId) from EntryEntity e, ProfileEntity p join p.specialties s"
                + inPool.sql() + " group by s order by count(distinct e.personId) desc, s", Object[].class)).getResultList())
                .forEach(r -> bySpecialty.put((String) r[0], ((Number) r[1]).longValue()));

        Map<Integer, Long> byYear = new TreeMap<>();
        Where seconded = Where.scoped(caller, "s.divisionCode", null);
        store.read(em -> seconded.bind(em.createQuery("select s.fieldStart, s.createdAt, count(s) from SecondmentEntity s" + seconded.sql()
                + " group by s.fieldStart, s.createdAt", Object[].class)).getResultList()).forEach(r -> {
                    int at = r[0] != null ? ((LocalDate) r[0]).getYear() : ((LocalDateTime) r[1]).getYear();
                    byYear.merge(at, ((Number) r[2]).longValue(), Long::sum);
                });

        Where held = Where.scoped(caller, "t.divisionCode", null).atLeast("t.date", "from", LocalDate.of(y, 1, 1)).atMost("t.date", "to", LocalDate.of(y, 12, 31));
        long events = store.read(em -> held.count(em, org.xuncha.personnelpools.internal.training.TrainingEntity.class, "t"));
        // per invited / walk-in: rows, rows signed in, hours signed in (a boolean is grouped on, never compared with a literal: H2 and PostgreSQL differ)
        long hours = 0;
        long invited = 0;
        long attended = 0;
        for (Object[] r : store.read(em -> held.bind(em.createQuery("select a.invited, count(a),"
                + " sum(case when a.signedInAt is not null then 1 else 0 end), sum(case when a.signedInAt is not null then t.hours else 0 end)"
                + " from TrainingEntity t join t.attendance a" + held.sql() + " group by a.invited", Object[].class)).getResultList())) {
            hours += number(r[3]);
            if (Boolean.TRUE.equals(r[0])) {
                invited = number(r[1]);
                attended = number(r[2]);
            }
        }
        return new PoolStatistics(y, pools.sizes(caller), bySpecialty, byYear, events, hours, invited, attended,
                invited == 0 ? null : Math.round(1000.0 * attended / invited) / 1000.0);
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
