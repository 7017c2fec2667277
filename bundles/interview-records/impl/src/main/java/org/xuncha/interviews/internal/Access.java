package org.xuncha.interviews.internal;

import java.util.Collection;

import javax.persistence.TypedQuery;

import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * Data scope of interview data: the caller's divisions and, for group roles, their own groups and
 * target units. Every read and write of a plan, record, letter or dossier passes through here.
 */
public final class Access {

    private Access() {
    }

    /** @throws ApiException 403 unless the caller's scope covers the division, the group and the unit */
    public static void requireScope(Caller caller, String divisionCode, long groupId, long unitId) {
        if (!covers(caller, divisionCode, groupId, unitId)) {
            throw ApiException.outOfScope();
        }
    }

    public static void requireScope(Caller caller, ScopedEntity e) {
        requireScope(caller, e.divisionCode, e.groupId, e.unitId);
    }

    /** {@code order by} for a page: its sort fields on the alias, or {@code fallback} (e.g. {@code "r.id desc"}). */
    public static String orderBy(String alias, PageRequest page, String fallback) {
        if (page.orders().isEmpty()) {
            return " order by " + fallback;
        }
        return " order by " + page.orders().stream().map(o -> alias + "." + o.field() + (o.ascending() ? " asc" : " desc"))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public static boolean covers(Caller caller, String divisionCode, long groupId, long unitId) {
        return caller.scope().coversDivision(divisionCode) && caller.scope().coversGroup(groupId)
                && caller.scope().coversUnit(unitId);
    }

    /**
     * A JPQL where clause limiting an entity (alias {@code alias}, with fields divisionCode, groupId,
     * roundId, unitId) to the caller's scope and the query's filters.
     */
    public static Where where(Caller caller, String alias, PlanQuery query) {
        Where w = new Where();
        if (!caller.scope().allDivisions()) {
            if (caller.scope().divisions().isEmpty()) {
                w.and(alias + ".id is null", null, null);
            } else {
                w.and(alias + ".divisionCode in :divs", "divs", caller.scope().divisions());
            }
        }
        if (caller.scope().groupLimited()) {
            Collection<Long> groups = caller.scope().group().groupIds();
            if (groups.isEmpty()) {
                w.and(alias + ".id is null", null, null);
            } else {
                w.and(alias + ".groupId in :groups", "groups", groups);
            }
        }
        if (query != null) {
            w.and(query.roundId() == null ? null : alias + ".roundId = :round", "round", query.roundId());
            w.and(query.groupId() == null ? null : alias + ".groupId = :group", "group", query.groupId());
            w.and(query.unitId() == null ? null : alias + ".unitId = :unit", "unit", query.unitId());
        }
        return w;
    }

    /** A where clause under construction. */
    public static final class Where {
        private final StringBuilder sql = new StringBuilder();
        private final java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();

        /** Adds a condition; a null condition is skipped. */
        public Where and(String condition, String param, Object value) {
            if (condition == null) {
                return this;
            }
            sql.append(sql.length() == 0 ? " where " : " and ").append(condition);
            if (param != null) {
                params.put(param, value);
            }
            return this;
        }

        public String sql() {
            return sql.toString();
        }

        public <T> TypedQuery<T> bind(TypedQuery<T> q) {
            params.forEach(q::setParameter);
            return q;
        }
    }
}
