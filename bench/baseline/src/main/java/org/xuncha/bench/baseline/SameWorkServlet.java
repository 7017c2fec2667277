package org.xuncha.bench.baseline;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.servlet.Servlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.api.security.FieldCipher;
import org.xuncha.platform.api.security.FieldContext;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The benchmark's same-work baseline (bench/run (c)), never in a product feature: what the two list
 * requests do, written by hand in one servlet in the same Jetty, so that xuncha's cost can be compared
 * with the cost of the work itself rather than with serving bytes.
 *
 * <ul>
 * <li>{@code POST /bench-baseline/sessions} with {@code {"token", "me"}}: bench/run signs in through the
 * product first and hands over the session cookie's token with the product's {@code /api/auth/me}
 * answer (permissions, divisions); kept in a map of its own, keyed by the token as it is (the product
 * keys its map by the token's SM3 hash).</li>
 * <li>{@code GET /bench-baseline/lead-transfer/leads?size=&page=} and
 * {@code GET /bench-baseline/platform/reference/units?size=&page=}: cookie, map lookup (401), permission
 * set (403), the same SQL as the product's (count, then the page, limited to the caller's divisions)
 * through JDBC on the same DataSource, for leads the same three fields decrypted with the same cipher
 * service, then the same JSON shape written with Jackson's generator. No audit record. With
 * {@code tx=true} the two statements run in a transaction rolled back at the end, as the product's
 * reads did before they ran without one (docs/performance.md): what that costs H2.</li>
 * <li>{@code GET /bench-baseline/lead-transfer/leads?audit=true}: the same, plus the READ record the
 * product writes for a list of leads (same module, type and summary), appended through the product's
 * own {@link AuditTrail} service before the answer leaves (the page fits the response buffer, which is
 * not flushed before the record is durable). Beside the request without it, this is the audit's own
 * cost on the same work (issue 20, item 3), which no pair of product requests can show.</li>
 * </ul>
 * Only an office caller (divisions, not limited to groups) is handled: the one bench/run uses.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/bench-baseline/*")
@HttpWhiteboardServletName("xuncha-bench-baseline")
public class SameWorkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = MAPPER.getFactory();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    /**
     * A signed-in caller as the product's /api/auth/me describes it: the caller its audit records name (account,
     * permissions), and its divisions in the order the SQL binds them (null: every division).
     */
    record Session(Caller caller, List<String> divisions) {
    }

    private final transient Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final transient DataSource dataSource;
    private final transient FieldCipher cipher;
    private final transient AuditTrail audit;

    @Activate
    public SameWorkServlet(@Reference(target = "(osgi.jndi.service.name=xuncha)") DataSource dataSource, @Reference FieldCipher cipher,
                           @Reference AuditTrail audit) {
        this.dataSource = dataSource;
        this.cipher = cipher;
        this.audit = audit;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/sessions".equals(req.getPathInfo())) {
            resp.sendError(404);
            return;
        }
        JsonNode body = MAPPER.readTree(req.getInputStream());
        JsonNode me = body.get("me");
        if (me.path("groupLimited").asBoolean()) {
            resp.sendError(400, "only office callers (not limited to groups)");
            return;
        }
        Set<String> permissions = new HashSet<>();
        me.get("permissions").forEach(p -> permissions.add(p.asText()));
        List<String> divisions = null;
        if (!me.path("divisions").isNull()) {
            divisions = new ArrayList<>();
            for (JsonNode d : me.get("divisions")) {
                divisions.add(d.asText());
            }
        }
        JsonNode user = me.get("user");
        String username = user.get("username").asText();
        // the caller the product's audit record names: the same account, permissions and divisions
        Caller caller = new Caller(user.get("id").asLong(), username, user.path("displayName").asText(username),
                user.path("divisionCode").asText(null), null, Set.of(), permissions,
                divisions == null ? DataScope.everything() : new DataScope(false, Set.copyOf(divisions), null));
        sessions.put(body.get("token").asText(), new Session(caller, divisions == null ? null : List.copyOf(divisions)));
        resp.setStatus(204);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Session s = session(req);
        if (s == null) {
            resp.sendError(401);
            return;
        }
        String path = req.getPathInfo();
        boolean leads = "/lead-transfer/leads".equals(path);
        if (!leads && !"/platform/reference/units".equals(path)) {
            resp.sendError(404);
            return;
        }
        if (!s.caller().permissions().contains(leads ? "lead-transfer.lead.read" : "platform.reference.read")) {
            resp.sendError(403);
            return;
        }
        int page = intParam(req, "page", 1);
        int size = intParam(req, "size", 20);
        if (page < 1 || size < 1 || size > 500) {
            resp.sendError(400);
            return;
        }
        resp.setContentType("application/json");
        boolean audited = leads && "true".equals(req.getParameter("audit"));
        if (audited) {
            resp.setBufferSize(64 * 1024);
        }
        List<Long> ids = new ArrayList<>();
        try (OutputStream out = resp.getOutputStream(); JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            try (Connection c = dataSource.getConnection()) {
                // ?tx=true: inside a transaction that is rolled back at the end, as the product's reads run
                boolean tx = "true".equals(req.getParameter("tx"));
                if (tx) {
                    c.setAutoCommit(false);
                }
                if (leads) {
                    Queries.page(c, g, "xc_lt_lead", s.divisions(), "id desc", page, size, Queries.LEAD_COLUMNS,
                            rs -> ids.add(lead(rs, g, LocalDate.now())));
                } else {
                    Queries.page(c, g, "xc_unit", s.divisions(), "code asc, id desc", page, size, Queries.UNIT_COLUMNS, rs -> unit(rs, g));
                }
                if (tx) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
            // After the read's connection is back in the pool, as the product records after its read: holding it
            // while the trail takes its own would starve the pool with 16 clients (seen: 7 requests/s).
            // Not flushed before: Jackson would pass a flush on to the servlet stream and send the answer early.
            if (audited && !ids.isEmpty()) {
                audit.record(s.caller(), AuditEntry.of(AuditAction.READ, "lead-transfer", "lead", null,
                        "查看线索列表（" + ids.size() + "条）：" + ids.stream().map(String::valueOf).collect(Collectors.joining(","))));
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private Session session(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if ("XSESSION".equals(c.getName())) {
                    return sessions.get(c.getValue());
                }
            }
        }
        return null;
    }

    private static int intParam(HttpServletRequest req, String name, int absent) {
        String v = req.getParameter(name);
        try {
            return v == null ? absent : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private long lead(ResultSet rs, JsonGenerator g, LocalDate today) throws SQLException, IOException {
        long id = rs.getLong("id");
        String row = Long.toString(id);
        String status = rs.getString("status");
        LocalDate due = date(rs, "feedback_due");
        boolean overdue = ("TRANSFERRED".equals(status) || "ACKNOWLEDGED".equals(status)) && due != null && today.isAfter(due);
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeNumberField("termId", rs.getLong("term_id"));
        g.writeNumberField("roundId", rs.getLong("round_id"));
        g.writeNumberField("groupId", rs.getLong("group_id"));
        g.writeNumberField("unitId", rs.getLong("unit_id"));
        longOrNull(g, "problemId", rs, "problem_id");
        g.writeStringField("personName", decrypt(rs.getString("person_name"), row, "person_name"));
        g.writeStringField("personPost", decrypt(rs.getString("person_post"), row, "person_post"));
        g.writeStringField("personRank", decrypt(rs.getString("person_rank"), row, "person_rank"));
        longOrNull(g, "personId", rs, "person_id");
        g.writeStringField("category", rs.getString("category"));
        g.writeNullField("summary");
        g.writeBooleanField("topLeader", rs.getBoolean("top_leader"));
        g.writeStringField("source", rs.getString("source"));
        g.writeStringField("sourceRef", rs.getString("source_ref"));
        g.writeStringField("status", status);
        g.writeStringField("receiverKind", rs.getString("receiver_kind"));
        g.writeStringField("receiverName", rs.getString("receiver_name"));
        g.writeStringField("documentNumber", rs.getString("document_number"));
        dateField(g, "transferredOn", date(rs, "transferred_on"));
        dateField(g, "feedbackDue", due);
        g.writeBooleanField("overdue", overdue);
        g.writeNumberField("daysOverdue", overdue ? ChronoUnit.DAYS.between(due, today) : 0);
        dateField(g, "acknowledgedOn", date(rs, "acknowledged_on"));
        dateField(g, "firstFeedbackOn", date(rs, "first_feedback_on"));
        dateField(g, "concludedOn", date(rs, "concluded_on"));
        g.writeNullField("conclusionNote");
        g.writeStringField("createdBy", rs.getString("created_by"));
        Timestamp created = rs.getTimestamp("created_at");
        g.writeStringField("createdAt", created == null ? null : DATE_TIME.format(created.toLocalDateTime()));
        g.writeNumberField("version", rs.getLong("version"));
        g.writeArrayFieldStart("disposals");
        g.writeEndArray();
        g.writeArrayFieldStart("outcomes");
        g.writeEndArray();
        g.writeEndObject();
        return id;
    }

    private static void unit(ResultSet rs, JsonGenerator g) throws SQLException, IOException {
        g.writeStartObject();
        g.writeNumberField("id", rs.getLong("id"));
        g.writeStringField("code", rs.getString("code"));
        g.writeStringField("name", rs.getString("name"));
        g.writeStringField("divisionCode", rs.getString("division_code"));
        longOrNull(g, "parentId", rs, "parent_id");
        g.writeStringField("field", rs.getString("field_name"));
        g.writeStringField("sector", rs.getString("sector_name"));
        g.writeStringField("system", rs.getString("system_name"));
        g.writeBooleanField("active", rs.getBoolean("active"));
        longOrNull(g, "version", rs, "version");
        g.writeBooleanField("notInspectionTarget", rs.getBoolean("not_inspection_target"));
        g.writeEndObject();
    }

    private String decrypt(String ciphertext, String row, String column) {
        return ciphertext == null ? null : cipher.decrypt(ciphertext, new FieldContext("xc_lt_lead", column, row));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static void dateField(JsonGenerator g, String name, LocalDate d) throws IOException {
        g.writeStringField(name, d == null ? null : d.toString());
    }

    private static void longOrNull(JsonGenerator g, String name, ResultSet rs, String column) throws SQLException, IOException {
        long v = rs.getLong(column);
        if (rs.wasNull()) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }
}
