package org.xuncha.platform.api.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * A JPQL {@code where} clause built from optional filters, with its parameters: the one query
 * builder every module uses, for JPQL and (through {@link #prepare}) for plain SQL alike. A filter
 * whose value is absent adds nothing; absent means null, a blank string or (for {@link #in},
 * {@link #eq}) nothing to compare with. The same rule everywhere, so {@code ?category=} and no
 * {@code category} mean the same in every list.
 *
 * <pre>
 * Where w = Where.scoped(caller, "p")
 *     .eq("p.roundId", "roundId", roundId)
 *     .like("text", query.text(), "p.title", "p.unitName");
 * Page&lt;ProblemEntity&gt; page = w.page(em, ProblemEntity.class, "p", Where.orderBy(request, SORT, "p.id"), request);
 * </pre>
 */
public final class Where {

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** An empty clause. */
    public static Where of() {
        return new Where();
    }

    /**
     * The caller's data scope on an entity that keeps {@code divisionCode} and {@code groupId}: their
     * divisions and, for group roles, their groups. An empty scope matches nothing.
     */
    public static Where scoped(Caller caller, String alias) {
        return scoped(caller, alias + ".divisionCode", alias + ".groupId");
    }

    /** The caller's data scope, for entities whose division and group are kept under other names (null: none). */
    public static Where scoped(Caller caller, String divisionPath, String groupPath) {
        return scoped(caller, divisionPath, groupPath, null);
    }

    /**
     * The caller's data scope, for entities that belong to a round as a whole rather than to a
     * group (a round itself, a consultation, a self-surrender): for group roles, the rounds their
     * groups work in ({@code roundPath}); null paths are not limited.
     */
    public static Where scoped(Caller caller, String divisionPath, String groupPath, String roundPath) {
        Where w = new Where();
        if (!caller.scope().allDivisions()) {
            w.in(divisionPath, "scopeDivisions", caller.scope().divisions());
        }
        if (groupPath != null && caller.scope().groupLimited()) {
            w.in(groupPath, "scopeGroups", caller.scope().group().groupIds());
        }
        if (roundPath != null && caller.scope().groupLimited()) {
            w.in(roundPath, "scopeRounds", caller.scope().group().roundIds());
        }
        return w;
    }

    /** Whether a filter value counts as absent: null or a blank string. */
    public static boolean absent(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }

    /** Adds a condition without parameters (or whose parameters are added with {@link #param}). */
    public Where and(String clause) {
        sql.append(sql.length() == 0 ? " where " : " and ").append(clause);
        return this;
    }

    /** Adds a condition with one parameter, whatever the value. */
    public Where and(String clause, String param, Object value) {
        param(param, value);
        return and(clause);
    }

    /**
     * A parameter used by a clause added with {@link #and(String)}. Each name once: a second value
     * under the same name (e.g. {@code atLeast("p.day", "day", from).atMost("p.day", "day", to)})
     * would silently replace the first in both conditions.
     */
    public Where param(String name, Object value) {
        if (params.containsKey(name)) {
            throw new IllegalArgumentException("query parameter :" + name + " is used twice; give each condition its own name");
        }
        params.put(name, value);
        return this;
    }

    /** {@code path = :param}, unless the value is absent. Strings are compared trimmed. */
    public Where eq(String path, String param, Object value) {
        if (absent(value)) {
            return this;
        }
        return and(path + " = :" + param, param, value instanceof String s ? s.trim() : value);
    }

    /** {@code path >= :param}, unless the value is absent. */
    public Where atLeast(String path, String param, Object value) {
        return absent(value) ? this : and(path + " >= :" + param, param, value);
    }

    /** {@code path <= :param}, unless the value is absent. */
    public Where atMost(String path, String param, Object value) {
        return absent(value) ? this : and(path + " <= :" + param, param, value);
    }

    /**
     * {@code path in :param}; null adds nothing, an empty collection matches nothing. Nothing is said
     * without literals ({@code path is null and path is not null}): EclipseLink writes a statement with
     * a condition between two literals, such as {@code 1 = 0}, with every literal inline, and then a
     * boolean {@code = true} elsewhere in it reaches the database as {@code = 1}, which H2 and
     * PostgreSQL refuse (BOOLEAN and INTEGER are not comparable).
     */
    public Where in(String path, String param, Collection<?> values) {
        if (values == null) {
            return this;
        }
        return values.isEmpty() ? and(path + " is null and " + path + " is not null") : and(path + " in :" + param, param, values);
    }

    /**
     * Text search: the trimmed text, case-insensitively, anywhere in any of the paths; absent text
     * adds nothing. {@code %}, {@code _} and {@code \} in the text are matched literally: they are escaped
     * with a backslash, the default escape character of H2 and PostgreSQL. No {@code escape '\'} clause
     * is written, because with one EclipseLink stops binding the query's parameters and prints a boolean
     * as {@code 1}, which H2 2.x refuses to compare with a BOOLEAN column (a 500 on every search among
     * active persons).
     */
    public Where like(String param, String text, String... paths) {
        if (absent(text) || paths.length == 0) {
            return this;
        }
        String pattern = "%" + text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        StringBuilder any = new StringBuilder("(");
        for (int i = 0; i < paths.length; i++) {
            any.append(i == 0 ? "" : " or ").append("lower(").append(paths[i]).append(") like :").append(param);
        }
        return and(any.append(')').toString(), param, pattern);
    }

    public String sql() {
        return sql.toString();
    }

    public Map<String, Object> params() {
        return Map.copyOf(params);
    }

    /**
     * A JDBC statement for a set-based query ({@link ModuleStore#sql}) in plain SQL: {@code text},
     * which takes this clause as {@link #sql()} where it belongs, with every {@code :name} outside
     * string literals bound to this clause's parameter of that name (also those added with
     * {@link #param} for the rest of the text). A collection becomes {@code (?, ?, ...)}, one per
     * element, so {@link #in} reads the same in SQL as in JPQL; a {@link LocalDate} is bound as an SQL
     * {@code DATE}.
     *
     * @throws IllegalArgumentException if the text names a parameter this clause does not have
     */
    public PreparedStatement prepare(Connection connection, String text) throws SQLException {
        Jdbc jdbc = jdbc(text);
        PreparedStatement ps = connection.prepareStatement(jdbc.sql());
        try {
            for (int i = 0; i < jdbc.values().size(); i++) {
                Object v = jdbc.values().get(i);
                ps.setObject(i + 1, v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v);
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /** SQL with positional parameters and their values in order. */
    record Jdbc(String sql, List<Object> values) {
    }

    Jdbc jdbc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        List<Object> values = new ArrayList<>();
        boolean literal = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                literal = !literal;
            } else if (!literal && c == ':' && i + 1 < text.length() && Character.isJavaIdentifierStart(text.charAt(i + 1))
                    && (i == 0 || text.charAt(i - 1) != ':')) {
                int end = i + 1;
                while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                String name = text.substring(i + 1, end);
                if (!params.containsKey(name)) {
                    throw new IllegalArgumentException("no parameter :" + name + " in " + text);
                }
                Object value = params.get(name);
                if (value instanceof Collection<?> many) {
                    out.append('(').append(String.join(", ", Collections.nCopies(many.size(), "?"))).append(')');
                    values.addAll(many);
                } else {
                    out.append('?');
                    values.add(value);
                }
                i = end;
                continue;
            }
            out.append(c);
            i++;
        }
        return new Jdbc(out.toString(), values);
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        params.forEach(query::setParameter);
        return query;
    }

    /** {@code select alias from Entity alias <this> <orderBy>}, every row. */
    public <E> List<E> list(EntityManager em, Class<E> entity, String alias, String orderBy) {
        return bind(em.createQuery("select " + alias + " from " + entity.getSimpleName() + " " + alias + sql() + orderBy, entity))
                .getResultList();
    }

    /** {@code select count(alias) from Entity alias <this>}. */
    public long count(EntityManager em, Class<?> entity, String alias) {
        return bind(em.createQuery("select count(" + alias + ") from " + entity.getSimpleName() + " " + alias + sql(), Long.class))
                .getSingleResult();
    }

    /** One page of {@code select alias from Entity alias <this> <orderBy>}, with the total count. */
    public <E> Page<E> page(EntityManager em, Class<E> entity, String alias, String orderBy, PageRequest page) {
        return page(em, entity, alias, alias, entity, orderBy, page);
    }

    /**
     * One page of {@code select <select> from Entity alias <this> <orderBy>}, with the total count of
     * entities: a list that shows a few fields of each row selects just those ({@code select} a list of
     * paths, {@code type} {@code Object[]}), so that no entity is built, nor its working copy, nor the
     * columns it does not show read (a page of 20 leads: docs/performance.md, 2026-12-07).
     */
    public <R> Page<R> page(EntityManager em, Class<?> entity, String alias, String select, Class<R> type, String orderBy, PageRequest page) {
        long total = count(em, entity, alias);
        List<R> items = total <= page.offset() ? List.of()
                : bind(PagedQueries.page(em, "select " + select + " from " + entity.getSimpleName() + " " + alias + sql() + orderBy, type,
                        page.offset(), page.size())).getResultList();
        return new Page<>(items, total, page.page(), page.size());
    }

    /**
     * {@code order by} for a page request's sort keys (already checked against {@code paths}: field
     * name to JPQL path), with {@code id} descending as the last key so pages never overlap. A key
     * without a path is a programming error (the sortable set and the paths disagree), not "null".
     */
    public static String orderBy(PageRequest page, Map<String, String> paths, String id) {
        StringBuilder sb = new StringBuilder(" order by ");
        for (PageRequest.Order o : page.orders()) {
            String path = paths.get(o.field());
            if (path == null) {
                throw new IllegalArgumentException("no path to sort by '" + o.field() + "'; sortable: " + paths.keySet());
            }
            sb.append(path).append(o.ascending() ? " asc, " : " desc, ");
        }
        return sb.append(id).append(" desc").toString();
    }
}
