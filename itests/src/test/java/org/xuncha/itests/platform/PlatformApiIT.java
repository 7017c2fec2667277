package org.xuncha.itests.platform;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.xuncha.itests.support.Accounts;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.PaxExamSupport;
import org.xuncha.itests.support.Wait;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.files.AttachmentStore;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The platform as an office sees it through /api: one error model with Chinese and English
 * messages, paging and sorting, organisational scope, reference data with Excel import, audit
 * records of every change, and attachments encrypted at rest.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformApiIT extends PaxExamSupport {

    // The platform may still be starting when the probe is injected on a busy machine: wait long.
    @Inject
    @Filter(timeout = 300_000)
    private SpreadsheetService spreadsheets;

    @Inject
    @Filter(timeout = 300_000)
    private AttachmentStore attachments;

    @Inject
    @Filter(value = "(osgi.jndi.service.name=xuncha)", timeout = 300_000)
    private DataSource dataSource;

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    private static Api office;
    private static Accounts accounts;

    private static synchronized Api office() {
        if (office == null) {
            awaitApi();
            accounts = accounts();
            accounts.sysadmin();
            accounts.division("371500", "聊城市", null);
            office = accounts.user("office.city", "371500", null, "office-staff");
            // a PUT that changes answers 200, one that creates 201 with the division's address
            office.put("/platform/reference/divisions/371500", Map.of("nameZh", "聊城市", "level", "CITY")).expect(200);
            Api.Response created = office.put("/platform/reference/divisions/371502", Map.of("nameZh", "东昌府区", "level", "COUNTY", "parentCode", "371500"));
            assertEquals(created.text(), 201, created.status());
            assertTrue(created.header("Location"), created.header("Location").endsWith("/api/platform/reference/divisions/371502"));
            office.put("/platform/reference/divisions/371521", Map.of("nameZh", "阳谷县", "level", "COUNTY", "parentCode", "371500")).expect(201);
        }
        return office;
    }

    private static long unit(Api api, String code, String division) {
        Map<String, Object> u = new HashMap<>();
        u.put("code", code);
        u.put("name", "单位" + code);
        u.put("divisionCode", division);
        u.put("field", "党政机关");
        u.put("system", "教育系统");
        u.put("active", true);
        Api.Response created = api.post("/platform/reference/units", u);
        long id = created.expect(201).path("id").asLong();
        assertTrue("Location of the new unit: " + created.header("Location"),
                created.header("Location") != null && created.header("Location").endsWith("/api/platform/reference/units/" + id));
        return id;
    }

    @Test
    public void everyFailureAnswersWithTheOneErrorModel() {
        Api api = office();
        JsonNode malformed = api.raw("POST", "/platform/reference/units", "{not json").expect(400);
        assertEquals("malformed_json", malformed.path("code").asText());
        assertError(malformed);
        // an empty Cookie header (some clients send one) is no session, not a server error
        Api.Response emptyCookie = new Api(apiBase()).request("POST", "/auth/login",
                "{\"username\":\"nobody-here\",\"password\":\"Wrong-Passw0rd!\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/json", Map.of("Cookie", "", "X-XSRF-TOKEN", ""));
        assertEquals(emptyCookie.text(), 401, emptyCookie.status());
        assertError(emptyCookie.json());

        JsonNode unknown = api.raw("POST", "/platform/reference/units", "{\"code\":\"X1\",\"active\":true,\"colour\":\"red\"}").expect(400);
        assertEquals("colour", unknown.path("fields").get(0).path("field").asText());
        assertError(unknown);

        JsonNode wrongType = api.raw("POST", "/platform/reference/units", "{\"code\":\"X1\",\"active\":true,\"parentId\":\"abc\"}").expect(400);
        assertEquals("parentId", wrongType.path("fields").get(0).path("field").asText());

        JsonNode missing = api.post("/platform/reference/units", Map.of("active", true)).expect(400);
        assertEquals("validation", missing.path("code").asText());
        List<String> fields = new ArrayList<>();
        missing.path("fields").forEach(f -> fields.add(f.path("field").asText()));
        assertTrue(fields.toString(), fields.containsAll(List.of("code", "name", "divisionCode")));
        missing.path("fields").forEach(PlatformApiIT::assertError);

        assertEquals("not_found", api.get("/platform/reference/units/999999").expect(404).path("code").asText());
        assertEquals("no_such_endpoint", api.get("/no/such/thing").expect(404).path("code").asText());
        assertEquals(405, api.raw("PATCH", "/platform/reference/units", "{}").status());
        assertEquals(401, new Api(apiBase()).get("/platform/modules").status());
        assertEquals("UP", new Api(apiBase()).get("/health").expect(200).path("status").asText());
    }

    private static void assertError(JsonNode body) {
        assertFalse(body.toString(), body.path("message").asText().isBlank());
        assertFalse(body.toString(), body.path("messageEn").asText().isBlank());
        assertFalse("no stack traces", body.toString().contains("Exception"));
    }

    /** An integrator's resource that claims a module id already served. */
    @javax.ws.rs.Path("/claimed")
    public static class ClaimingResource {
        @javax.ws.rs.GET
        @org.xuncha.platform.api.rest.PublicEndpoint("test: a resource refused for its module id")
        public String get() {
            return "\"claimed\"";
        }
    }

    @Test
    public void aBundleClaimingAModuleIdAlreadyServedOrReservedIsRefusedAndListed() throws Exception {
        Api office = office();
        Wait.until(Duration.ofSeconds(300), () -> office.get("/round-planning/rounds").status() == 200);
        Map<String, org.osgi.framework.ServiceRegistration<?>> claims = new HashMap<>();
        for (String id : List.of("round-planning", "auth")) {
            java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
            props.put("xuncha.module.resource", id);
            claims.put(id, bundleContext.registerService(Object.class, new ClaimingResource(), props));
        }
        try {
            Wait.until(Duration.ofSeconds(60), () -> {
                String list = console("sysadmin", "xuncha:module-list");
                return list.contains("/api/round-planning") && list.contains("/api/auth") && list.contains("PAXEXAM");
            });
            String list = console("sysadmin", "xuncha:module-list");
            assertTrue(list, list.matches("(?s).*round-planning\\s.*served \\(conflict\\).*"));
            assertTrue(list, list.contains("org.xuncha.roundplanning.impl"));
            // the module already served keeps serving, the claimant's path is not served
            assertEquals(200, office.get("/round-planning/rounds").status());
            assertEquals(404, office.get("/round-planning/claimed").status());
            assertEquals(404, new Api(apiBase()).get("/auth/claimed").status());
        } finally {
            claims.values().forEach(org.osgi.framework.ServiceRegistration::unregister);
        }
        Wait.until(Duration.ofSeconds(60), () -> !console("sysadmin", "xuncha:module-list").contains("PAXEXAM"));
        assertEquals(200, office.get("/round-planning/rounds").status());
    }

    /**
     * Health says UP only when a sign-in can work: while the security spine's sign-in resource is away, the
     * platform's application is not served and health answers 503 naming what it waits for; once it is
     * back, health is UP only when /api/auth answers too.
     */
    @Test
    public void healthIsNotUpWhileThePlatformsApplicationIsNotServedWhole() throws Exception {
        Api anonymous = new Api(apiBase(), Duration.ofSeconds(5));
        Wait.until(Duration.ofSeconds(300), () -> anonymous.get("/health").status() == 200);
        JsonNode up = anonymous.get("/health").expect(200);
        assertEquals(up.toString(), 0, up.path("waitingFor").size());
        // the modules by id and name only: no version for a caller nobody has signed in
        assertTrue(up.toString(), up.path("modules").size() > 0);
        up.path("modules").forEach(m -> assertFalse(m.toString(), m.has("version")));
        org.osgi.service.component.runtime.ServiceComponentRuntime scr = service(org.osgi.service.component.runtime.ServiceComponentRuntime.class);
        org.osgi.framework.Bundle security = java.util.stream.Stream.of(bundleContext.getBundles())
                .filter(b -> "org.xuncha.platform.security".equals(b.getSymbolicName())).findFirst().orElseThrow();
        org.osgi.service.component.runtime.dto.ComponentDescriptionDTO auth =
                scr.getComponentDescriptionDTO(security, "org.xuncha.platform.security.internal.web.AuthResource");
        scr.disableComponent(auth).getValue();
        try {
            Wait.until(Duration.ofSeconds(30), () -> anonymous.get("/health").status() == 503);
            Api.Response starting = anonymous.get("/health");
            assertEquals(starting.text(), 503, starting.status());
            assertEquals(starting.text(), "STARTING", starting.json().path("status").asText());
            assertTrue(starting.text(), starting.json().path("waitingFor").toString().contains("\"platform_api\""));
            assertEquals(503, anonymous.get("/auth/me").status());
        } finally {
            scr.enableComponent(auth).getValue();
        }
        // from the first UP on, a sign-in is answered (401 without a session), never 503
        Wait.until(Duration.ofSeconds(60), () -> anonymous.get("/health").status() == 200);
        assertEquals(401, anonymous.get("/auth/me").status());
        assertEquals("UP", anonymous.get("/health").expect(200).path("status").asText());
    }

    /** Every id or code an input names is looked up, every text keeps to its column, and no input makes a 5xx. */
    @Test
    public void whatAnInputRefersToIsLookedUpAndNamedWhenMissing() {
        Api api = office();
        assertField(api.post("/platform/reference/units", Map.of("code", "LU-1", "name", "x", "divisionCode", "379999", "active", true)),
                "divisionCode", "not_found");
        assertField(api.post("/platform/reference/units", Map.of("code", "LU-1", "name", "x", "divisionCode", "371500", "parentId", 999999,
                "active", true)), "parentId", "not_found");
        assertField(api.post("/platform/reference/units", Map.of("code", "LU-1", "name", "名".repeat(201), "divisionCode", "371500",
                "active", true)), "name", "too_long");
        assertField(api.post("/platform/reference/persons", Map.of("name", "某人", "unitId", 999999, "active", true)), "unitId", "not_found");
        assertField(api.put("/platform/reference/divisions/371599", Map.of("nameZh", "某县", "level", "COUNTY", "parentCode", "371521")),
                "parentCode", "invalid");
        long parent = unit(api, "LU-P", "371500");
        long child = api.post("/platform/reference/units", Map.of("code", "LU-C", "name", "下级", "divisionCode", "371500",
                "parentId", parent, "active", true)).expect(201).path("id").asLong();
        JsonNode p = api.get("/platform/reference/units/" + parent).expect(200);
        Map<String, Object> loop = Api.JSON.convertValue(p, Map.class);
        loop.put("parentId", child);
        assertField(api.put("/platform/reference/units/" + parent, loop), "parentId", "invalid");

        assertField(api.get("/platform/reference/units?activeOnly=maybe"), "activeOnly", "invalid");
        assertField(api.get("/platform/reference/persons?leadership=BOSS"), "leadership", "invalid");
        assertEquals(200, api.get("/platform/reference/units?activeOnly=&parentId=").status());

        Api sysadmin = accounts.sysadmin();
        assertField(sysadmin.post("/platform/security/users", Map.of("username", "lu.nowhere", "displayName", "无处", "divisionCode", "379999")),
                "divisionCode", "not_found");
        assertField(sysadmin.post("/platform/security/users", Map.of("username", "lu.nobody", "displayName", "无人", "personId", 999999)),
                "personId", "not_found");
        // an account created answers 201 with its address, as every creation does (issue 22)
        Api.Response user = sysadmin.post("/platform/security/users", Map.of("username", "lu.located", "displayName", "有址"));
        long userId = user.expect(201).path("user").path("id").asLong();
        assertTrue(String.valueOf(user.header("Location")), String.valueOf(user.header("Location")).endsWith("/api/platform/security/users/" + userId));
        assertField(accounts.auditor().get("/platform/audit?action=NOPE"), "action", "invalid");
        assertEquals(200, accounts.auditor().get("/platform/audit?action=create&size=1").status());
    }

    @Test
    public void importTemplatesDownloadUnderTheirChineseNames() {
        Api.Response template = office().get("/platform/reference/persons/template");
        assertEquals(200, template.status());
        String disposition = template.header("Content-Disposition");
        assertTrue(disposition, disposition.contains("filename*=UTF-8''%E5%B9%B2%E9%83%A8%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx"));
        assertTrue(disposition, disposition.contains("filename=\""));
    }

    private static void assertField(Api.Response r, String field, String code) {
        assertEquals(r.text(), 400, r.status());
        List<String> found = new ArrayList<>();
        r.json().path("fields").forEach(f -> found.add(f.path("field").asText() + " " + f.path("code").asText()));
        assertTrue(r.text(), found.contains(field + " " + code));
        r.json().path("fields").forEach(PlatformApiIT::assertError);
    }

    @Test
    public void listsArePagedAndSortedAsAsked() {
        Api api = office();
        for (int i = 0; i < 25; i++) {
            unit(api, String.format("PG-%02d", i), "371502");
        }
        JsonNode page = api.get("/platform/reference/units?divisionCode=371502&text=PG-&page=2&size=10&sort=-code").expect(200);
        assertEquals(25, page.path("total").asInt());
        assertEquals(2, page.path("page").asInt());
        assertEquals(10, page.path("items").size());
        assertEquals("PG-14", page.path("items").get(0).path("code").asText());
        assertEquals("PG-05", page.path("items").get(9).path("code").asText());
        JsonNode bad = api.get("/platform/reference/units?sort=password&size=1000").expect(400);
        List<String> fields = new ArrayList<>();
        bad.path("fields").forEach(f -> fields.add(f.path("field").asText()));
        assertTrue(fields.toString(), fields.containsAll(List.of("sort", "size")));
    }

    @Test
    public void aCountySeesItselfAndTheCitySeesItsCounties() {
        Api city = office();
        long own = unit(city, "SC-DC", "371502");
        long other = unit(city, "SC-YG", "371521");
        Api county = accounts.user("office.dcf", "371502", null, "office-staff");
        assertEquals(200, county.get("/platform/reference/units/" + own).status());
        assertEquals("out_of_scope", county.get("/platform/reference/units/" + other).expect(403).path("code").asText());
        JsonNode listed = county.get("/platform/reference/units?text=SC-&size=100").expect(200);
        assertEquals(1, listed.path("total").asInt());
        assertEquals(403, county.post("/platform/reference/units", Map.of("code", "SC-X", "name", "越界", "divisionCode", "371521",
                "active", true)).status());
        assertEquals(2, city.get("/platform/reference/units?text=SC-&size=100").expect(200).path("total").asInt());
    }

    @Test
    public void concurrentChangesAndUnitsInUseAreConflicts() {
        Api api = office();
        long id = unit(api, "CF-1", "371500");
        JsonNode u = api.get("/platform/reference/units/" + id).expect(200);
        Map<String, Object> change = Api.JSON.convertValue(u, Map.class);
        change.put("name", "第一次修改");
        api.put("/platform/reference/units/" + id, change).expect(200);
        change.put("name", "基于旧版本的修改");
        assertEquals("stale", api.put("/platform/reference/units/" + id, change).expect(409).path("code").asText());
        api.post("/platform/reference/persons", Map.of("name", "李某", "unitId", id, "leadership", "TOP_LEADER", "active", true)).expect(201);
        assertEquals("in_use", api.delete("/platform/reference/units/" + id).expect(409).path("code").asText());
        assertEquals("第一次修改", api.get("/platform/reference/units/" + id).expect(200).path("name").asText());
    }

    @Test
    public void anExcelImportWithABadRowImportsNothingAndSaysWhere() {
        Api api = office();
        List<String> header = List.of("单位编码", "单位名称", "所属区划代码", "上级单位编码", "领域", "板块", "系统", "状态");
        byte[] bad = spreadsheets.write(List.of(new SpreadsheetService.Sheet("单位", null, header, List.of(
                List.<Object>of("IM-1", "聊城市第一中学党委", "371500", "", "事业单位", "社会民生", "教育系统", "在用"),
                List.<Object>of("IM-2", "", "999999", "IM-404", "事业单位", "社会民生", "教育系统", "不明"),
                List.<Object>of("IM-3", "聊城市第二中学党委", "371500", "IM-1", "事业单位", "社会民生", "教育系统", "在用")))));
        JsonNode report = runImport(api, bad);
        assertEquals(3, report.path("rows").asInt());
        assertEquals(0, report.path("created").asInt());
        JsonNode rowError = report.path("errors").get(0);
        assertEquals("row 3 as Excel numbers it", 3, rowError.path("row").asInt());
        List<String> fields = new ArrayList<>();
        rowError.path("fields").forEach(f -> fields.add(f.path("field").asText()));
        assertTrue(fields.toString(), fields.containsAll(List.of("单位名称", "状态", "所属区划代码")));
        assertEquals(0, api.get("/platform/reference/units?text=IM-").expect(200).path("total").asInt());

        // the current template's last column: 否 marks a unit that is no inspection target
        List<String> withTarget = new ArrayList<>(header);
        withTarget.add("巡察对象");
        byte[] good = spreadsheets.write(List.of(new SpreadsheetService.Sheet("单位", null, withTarget, List.of(
                List.<Object>of("IM-3", "聊城市第二中学党委", "371500", "IM-1", "事业单位", "社会民生", "教育系统", "在用", "否"),
                List.<Object>of("IM-1", "聊城市第一中学党委", "371500", "", "事业单位", "社会民生", "教育系统", "在用", "是")))));
        report = runImport(api, good);
        assertEquals(2, report.path("created").asInt());
        JsonNode imported = api.get("/platform/reference/units?text=IM-&sort=code").expect(200);
        assertEquals(2, imported.path("total").asInt());
        assertEquals("the parent defined further down was linked", imported.path("items").get(0).path("id").asLong(),
                imported.path("items").get(1).path("parentId").asLong());
        assertFalse(imported.path("items").get(0).path("notInspectionTarget").asBoolean());
        assertTrue("IM-3 marked 否", imported.path("items").get(1).path("notInspectionTarget").asBoolean());
        assertTrue(api.get("/platform/reference/classifications").expect(200).path("system").toString().contains("教育系统"));
        Api.Response template = api.get("/platform/reference/units/template");
        assertEquals(200, template.status());
        assertTrue("an xlsx (zip) file", template.bytes()[0] == 'P' && template.bytes()[1] == 'K');
    }

    private static JsonNode runImport(Api api, byte[] xlsx) {
        JsonNode job = api.postBytes("/platform/reference/units/import", xlsx, "application/octet-stream").expect(202);
        String id = job.path("id").asText();
        Wait.until(Duration.ofSeconds(60), () -> api.get("/platform/reference/imports/" + id).expect(200).path("done").asBoolean());
        JsonNode done = api.get("/platform/reference/imports/" + id).expect(200);
        assertTrue(done.toString(), done.path("error").isNull() || done.path("error").isMissingNode());
        return done.path("report");
    }

    @Test
    public void everyChangeIsInTheAuditTrailAndOnlyTheAuditorReadsIt() {
        Api api = office();
        long id = unit(api, "AU-1", "371500");
        Api auditor = accounts.auditor();
        JsonNode records = auditor.get("/platform/audit?module=platform&entityType=unit&entityId=" + id).expect(200);
        assertEquals(1, records.path("total").asInt());
        JsonNode record = records.path("items").get(0);
        assertEquals("CREATE", record.path("action").asText());
        assertEquals("office.city", record.path("actor").asText());
        assertEquals(403, accounts.sysadmin().get("/platform/audit").status());
        assertEquals(403, api.get("/platform/audit").status());
        assertTrue(auditor.get("/platform/audit/verify").expect(200).path("intact").asBoolean());
    }

    @Test
    public void attachmentsAreEncryptedAtRestAndReadBackIntact() throws Exception {
        awaitApi();
        byte[] content = "证据材料：某某单位违规发放津补贴明细".getBytes(StandardCharsets.UTF_8);
        Caller caller = Caller.system("itest");
        Attachment a = attachments.store(caller, "platform-test", "case", "1", "证据.txt", "text/plain", content);
        assertEquals(content.length, a.size());
        assertEquals(1, attachments.list("platform-test", "case", "1").size());
        assertArrayEquals(content, attachments.content(caller, a.id()));
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select content from xc_attachment where id = " + a.id())) {
            assertTrue(rs.next());
            String stored = new String(rs.getBytes(1), StandardCharsets.ISO_8859_1);
            assertFalse("plaintext stored", new String(rs.getBytes(1), StandardCharsets.UTF_8).contains("违规发放"));
            assertTrue("stored as SM4 ciphertext bound to its row", stored.startsWith("SM4B"));
        }
        attachments.delete(caller, a.id());
        assertTrue(attachments.get(a.id()).isEmpty());
    }
}
