package org.xuncha.bench.baseline;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

/** The product's two list queries by hand: a count and one page, limited to the caller's divisions. */
final class Queries {

    static final String LEAD_COLUMNS = "id, term_id, round_id, group_id, unit_id, problem_id, person_name, person_post, person_rank,"
            + " person_id, category, top_leader, source, source_ref, status, receiver_kind, receiver_name, document_number,"
            + " transferred_on, feedback_due, acknowledged_on, first_feedback_on, concluded_on, created_by, created_at, version";
    static final String UNIT_COLUMNS = "id, code, name, division_code, parent_id, field_name, sector_name, system_name, active, version, not_inspection_target";

    interface Row {
        void write(ResultSet rs) throws SQLException, IOException;
    }

    private Queries() {
    }

    /** Writes {@code {"items": [...], "total", "page", "size"}}: the count, then the page's rows (none past the end). */
    static void page(Connection c, JsonGenerator g, String table, List<String> divisions, String orderBy, int page, int size,
                     String columns, Row row) throws SQLException, IOException {
        String where = divisions == null ? "" : divisions.isEmpty() ? " where 1 = 0"
                : " where division_code in (" + String.join(", ", Collections.nCopies(divisions.size(), "?")) + ")";
        long total;
        try (PreparedStatement count = c.prepareStatement("select count(*) from " + table + where)) {
            bind(count, divisions);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        long offset = (long) (page - 1) * size;
        g.writeStartObject();
        g.writeArrayFieldStart("items");
        if (total > offset) {
            try (PreparedStatement ps = c.prepareStatement("select " + columns + " from " + table + where + " order by " + orderBy
                    + " offset ? rows fetch next ? rows only")) {
                int n = bind(ps, divisions);
                ps.setLong(n + 1, offset);
                ps.setInt(n + 2, size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        row.write(rs);
                    }
                }
            }
        }
        g.writeEndArray();
        g.writeNumberField("total", total);
        g.writeNumberField("page", page);
        g.writeNumberField("size", size);
        g.writeEndObject();
    }

    private static int bind(PreparedStatement ps, List<String> divisions) throws SQLException {
        if (divisions == null) {
            return 0;
        }
        for (int i = 0; i < divisions.size(); i++) {
            ps.setString(i + 1, divisions.get(i));
        }
        return divisions.size();
    }
}
