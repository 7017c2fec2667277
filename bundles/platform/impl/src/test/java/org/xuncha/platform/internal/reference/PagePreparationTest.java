package org.xuncha.platform.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.SessionProfiler;
import org.eclipse.persistence.sessions.SessionProfilerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.rest.PageRequest;

/**
 * A list's first page asked for again is not prepared again (its SQL generated anew) by EclipseLink:
 * counted with EclipseLink's own profiler on the units list, the way the office asks for it, for a city
 * caller and a county caller in turn (scopes of different sizes).
 */
class PagePreparationTest {

    private final ReferenceFixture f = new ReferenceFixture().withDivisions();
    private final AtomicInteger prepared = new AtomicInteger();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aFirstPageAskedForAgainIsNotPreparedAgain() {
        thirtyUnits();
        profile();
        UnitQuery all = new UnitQuery(null, null, null, null, null, null, false);
        PageRequest first = PageRequest.of(1, 20, null, UnitService.SORT.keySet(), "code");
        // the first time each caller asks, its queries are prepared
        assertThat(f.units.find(ReferenceFixture.city(), all, first).items()).hasSize(20);
        assertThat(f.units.find(ReferenceFixture.county(), all, first).items()).hasSize(15);
        prepared.set(0);
        for (int round = 0; round < 4; round++) {
            assertThat(f.units.find(round % 2 == 0 ? ReferenceFixture.city() : ReferenceFixture.county(), all, first).items()).isNotEmpty();
        }
        assertThat(prepared.get()).as("queries prepared again for the same first pages").isZero();
    }

    @Test
    void aProjectedFirstPageAskedForAgainIsNotPreparedAgain() {
        // a list that selects a few fields of each row (the lead list's page is such a projection)
        thirtyUnits();
        profile();
        for (int round = 0; round < 5; round++) {
            if (round == 2) {
                prepared.set(0);
            }
            var page = f.store.db().read(em -> Where.scoped(ReferenceFixture.city(), "u.divisionCode", null)
                    .page(em, UnitEntity.class, "u", "u.id, u.code", Object[].class, " order by u.code, u.id desc", PageRequest.first(20)));
            assertThat(page.items()).as("a first page of 20 of the city's 30 units").hasSize(20);
            assertThat(page.total()).isEqualTo(30);
            assertThat(page.items().get(0)[1]).isEqualTo("P-00");
        }
        assertThat(prepared.get()).as("projection queries prepared again for the same first page").isZero();
    }

    /** P-00 … P-29, the even ones the city's, the odd ones 东昌府区's. */
    private void thirtyUnits() {
        for (int i = 0; i < 30; i++) {
            f.unit(String.format("P-%02d", i), i % 2 == 0 ? ReferenceFixture.CITY : ReferenceFixture.DONGCHANGFU, null);
        }
    }

    /** Counts in {@link #prepared} every query EclipseLink prepares from now on. */
    private void profile() {
        f.store.db().read(em -> {
            em.unwrap(JpaEntityManager.class).getServerSession().setProfiler(new SessionProfilerAdapter() {
                @Override
                public void startOperationProfile(String operation, DatabaseQuery query, int weight) {
                    if (SessionProfiler.QueryPreparation.equals(operation)) {
                        prepared.incrementAndGet();
                    }
                }

                @Override
                public int getProfileWeight() {
                    return SessionProfiler.ALL;
                }
            });
            return null;
        });
    }
}
