package org.xuncha.leadtransfer.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;

import org.xuncha.platform.api.security.Caller;

/** A JPQL where clause built from optional filters, with its parameters. */
public final class Where {

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /**
     * The caller's data scope on an entity with {@code divisionCode} and {@code groupId}: their
     * divisions and, for group roles, their groups. An empty scope matches nothing.
     */
    public static Where scoped(Caller caller, String alias) {
        Where w = new Where();
        if (!caller.scope().allDivisions()) {
            w.in(alias + ".divisionCode", "scopeDivisions", caller.scope().divisions());
        }
        if (caller.scope().groupLimited()) {
            w.in(alias + ".groupId", "scopeGroups", caller.scope().group().groupIds());
        }
        return w;
    }

    public Where and(String clause) {
        sql.append(sql.length() == 0 ? " where " : " and ").append(clause);
        return this;
    }

    public Where and(String clause, String param, Object value) {
        params.put(param, value);
        return and(clause);
    }

    /** A parameter used by a clause added with {@link #and(String)}. */
    public Where param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** {@code column = :param}, unless the value is null. */
    public Where eq(String column, String param, Object value) {
        return value == null ? this : and(column + " = :" + param, param, value);
    }

    /** {@code column in :param}; an empty collection matches nothing. */
    public Where in(String column, String param, Collection<?> values) {
        return values.isEmpty() ? and("1 = 0") : and(column + " in :" + param, param, values);
    }

    public String sql() {
        return sql.toString();
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        params.forEach(query::setParameter);
        return query;
    }

    /** One page of {@code select alias from entity alias <this> <orderBy>}, with the total count. */
    public <E> Page<E> page(EntityManager em, Class<E> entity, String alias, String orderBy, PageRequest page) {
        String from = " from " + entity.getSimpleName() + " " + alias + sql();
        long total = bind(em.createQuery("select count(" + alias + ")" + from, Long.class)).getSingleResult();
        List<E> items = bind(em.createQuery("select " + alias + from + orderBy, entity)).setFirstResult(page.offset())
                .setMaxResults(page.size()).getResultList();
        return new Page<>(items, total, page.page(), page.size());
    }

    /** ORDER BY for a page request's sort keys (already checked against {@code paths}), newest id last as tie-break. */
    public static String orderBy(PageRequest page, Map<String, String> paths, String id) {
        StringBuilder sb = new StringBuilder(" order by ");
        for (PageRequest.Order o : page.orders()) {
            sb.append(paths.get(o.field())).append(o.ascending() ? " asc, " : " desc, ");
        }
        return sb.append(id).append(" desc").toString();
    }
}
