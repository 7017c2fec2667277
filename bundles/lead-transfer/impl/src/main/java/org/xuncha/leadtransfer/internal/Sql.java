package org.xuncha.leadtransfer.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Small helpers for the module's set-based JDBC queries (portable SQL: H2 and PostgreSQL). */
public final class Sql {

    private Sql() {
    }

    /** Appends {@code and column in (?, ...)} unless {@code values} is null (not limited); an empty set matches nothing. */
    public static void in(StringBuilder sql, List<Object> args, String column, Collection<?> values) {
        if (values == null) {
            return;
        }
        if (values.isEmpty()) {
            sql.append(" and 1 = 0");
            return;
        }
        sql.append(" and ").append(column).append(" in (");
        boolean first = true;
        for (Object v : values) {
            sql.append(first ? "?" : ", ?");
            args.add(v);
            first = false;
        }
        sql.append(')');
    }

    /** Appends {@code and column = ?} unless the value is null. */
    public static void eq(StringBuilder sql, List<Object> args, String column, Object value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }

    public static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object v = args.get(i);
            if (v instanceof LocalDate d) {
                ps.setDate(i + 1, Date.valueOf(d));
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }
}
