package org.xuncha.platform.api.persistence;

import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;

/**
 * A list's first page as a query prepared once per persistence unit, instead of on every request.
 *
 * <p>Why: a JPQL query given a maximum ({@code setMaxResults}) is prepared again, its SQL generated
 * anew, each time it runs, because the limit is part of the SQL; on a list of units that was a tenth
 * of what EclipseLink and H2 spent on the request (JFR, 2026-12-07, docs/performance.md). A named query
 * keeps its maximum and is prepared on its first use only. Its name is the page size
 * and the JPQL itself, so two lists share one only when they are the same query; parameters are bound
 * on each use, as before. Only first pages of up to {@link #MAX_SIZE} rows are kept (what the lists ask
 * for nearly always), at most {@link #MAX_KEPT} per persistence unit (sort orders combine freely); any
 * other page is built as before. The names a unit has are kept here rather than asked of EclipseLink:
 * asking it for a name it lacks marks the caller's transaction for rollback.
 */
final class PagedQueries {

    static final int MAX_SIZE = 100;
    static final int MAX_KEPT = 2000;
    private static final String PREFIX = "xuncha.where.page:";
    /** EclipseLink's {@code QueryHints.JDBC_MAX_ROWS}: the platform's persistence units all run on EclipseLink. */
    private static final String MAX_ROWS_HINT = "eclipselink.jdbc.max-rows";
    /** The names added to each persistence unit; a unit closed and dropped takes its entry with it. */
    private static final Map<EntityManagerFactory, Set<String>> ADDED = new WeakHashMap<>();

    private PagedQueries() {
    }

    static <E> TypedQuery<E> page(EntityManager em, String jpql, Class<E> entity, int offset, int size) {
        if (offset != 0 || size > MAX_SIZE) {
            return em.createQuery(jpql, entity).setFirstResult(offset).setMaxResults(size);
        }
        String name = PREFIX + size + ":" + jpql;
        EntityManagerFactory emf = em.getEntityManagerFactory();
        Set<String> added;
        synchronized (ADDED) {
            added = ADDED.computeIfAbsent(emf, f -> ConcurrentHashMap.newKeySet());
        }
        if (added.contains(name)) {
            return em.createNamedQuery(name, entity);
        }
        // The maximum as EclipseLink's hint, which sets the same row limit (the SQL's LIMIT) on the query itself,
        // rather than setMaxResults: a named query added from a query with setMaxResults brings that maximum
        // back with every use, which then clones the kept query to set it, and the clone is unprepared (always
        // for a projection, a ReportQuery: the lead list's page), so it was prepared again on every request.
        TypedQuery<E> query = em.createQuery(jpql, entity).setHint(MAX_ROWS_HINT, size);
        if (added.size() < MAX_KEPT) {
            emf.addNamedQuery(name, query);
            added.add(name);
        }
        return query;
    }
}
