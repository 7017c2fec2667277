package org.xuncha.itests.example;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.xuncha.itests.support.Accounts;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.PaxExamSupport;
import org.xuncha.itests.support.Wait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The module in a running platform, as its users meet it: the system administrator adds its feature
 * repository and installs it from the console; an office adds and reads notes over REST; bad input,
 * another division's units and missing permissions are refused with the platform's answers; then
 * it is removed again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExampleIT extends PaxExamSupport {

    /** System property naming the module's feature repository (set by the build). */
    private static final String FEATURES = "xuncha.module.features";
    private static final String NOTES = "/example/notes";

    @Configuration
    public Option[] config() {
        String repository = System.getProperty(FEATURES);
        if (repository == null) {
            throw new IllegalStateException(FEATURES + " must name the module's feature repository (mvn:...)");
        }
        return Stream.concat(Arrays.stream(baseConfig()), Stream.of(systemProperty(FEATURES).value(repository))).toArray(Option[]::new);
    }

    @Test
    public void installUseWithinScopeAndRemove() throws Exception {
        awaitApi();
        Accounts accounts = accounts();
        Api anonymous = new Api(apiBase());
        Api office = accounts.user("office1", null, null, "office-staff");
        office.put("/platform/reference/divisions/371500", Map.of("nameZh", "聊城市", "level", "CITY")).expectSaved();
        office.put("/platform/reference/divisions/371524", Map.of("nameZh", "东阿县", "level", "COUNTY", "parentCode", "371500")).expectSaved();
        long cityUnit = unit(office, "LC-EDU", "聊城市教育和体育局党组", "371500");
        long countyUnit = unit(office, "DE-AUD", "东阿县审计局党组", "371524");

        // installed as an administrator does it: the feature repository, then the module by its id
        // the feature repository is the installation's (in an office, a KAR dropped into deploy/): the
        // console's duty ACLs give no administrator feature:repo-add
        service(org.apache.karaf.features.FeaturesService.class).addRepository(java.net.URI.create(System.getProperty(FEATURES)));
        assertEquals("module_not_installed", anonymous.get(NOTES).expect(404).path("code").asText());
        String out = console("sysadmin", "xuncha:module-install example");
        assertTrue(out, out.contains("已安装模块 example"));
        // served once authentication answers for it (before that: 503 while it starts)
        awaitStatus(anonymous, 401);
        assertEquals("the system administrator reads no business content", 403, accounts.sysadmin().get(NOTES).status());

        // an office adds notes: 201, where the note lives, the text as stored
        Api.Response created = office.post(NOTES, Map.of("unitId", cityUnit, "text", "  进驻前听取纪委监委意见 "));
        JsonNode cityNote = created.expect(201);
        assertEquals("进驻前听取纪委监委意见", cityNote.path("text").asText());
        assertEquals("office1", cityNote.path("author").asText());
        assertTrue(created.header("Location"), created.header("Location").endsWith("/api" + NOTES + "/" + cityNote.path("id").asLong()));
        long countyNote = office.post(NOTES, Map.of("unitId", countyUnit, "text", "听取县审计局意见")).expect(201).path("id").asLong();

        // bad input: every field at once, each named, in both languages
        assertFields(office.post(NOTES, Map.of()), "unitId", "text");
        assertFields(office.post(NOTES, Map.of("unitId", cityUnit, "text", "长".repeat(1001))), "text");
        assertFields(office.post(NOTES, Map.of("unitId", 999_999, "text", "查无此单位")), "unitId");
        assertFields(office.post(NOTES, Map.of("unitId", cityUnit, "text", "冒名", "author", "someone")), "author");

        // lists are pages, newest first unless sorted otherwise; parameters are typed and checked
        JsonNode all = office.get(NOTES).expect(200);
        assertEquals(2, all.path("total").asInt());
        assertEquals(countyNote, all.path("items").get(0).path("id").asLong());
        assertEquals(cityNote.path("id").asLong(), office.get(NOTES + "?sort=createdAt").expect(200).path("items").get(0).path("id").asLong());
        JsonNode ofUnit = office.get(NOTES + "?unitId=" + cityUnit + "&page=1&size=10").expect(200);
        assertEquals(1, ofUnit.path("total").asInt());
        assertEquals(10, ofUnit.path("size").asInt());
        assertEquals(0, office.get(NOTES + "?page=2&size=10").expect(200).path("items").size());
        assertFields(office.get(NOTES + "?sort=text"), "sort");
        assertFields(office.get(NOTES + "?unitId=abc"), "unitId");
        assertFields(office.get(NOTES + "?size=501"), "size");
        assertEquals(404, office.get(NOTES + "?unitId=999999").status());
        assertEquals(cityUnit, office.get(NOTES + "/" + cityNote.path("id").asLong()).expect(200).path("unitId").asLong());
        assertFields(office.get(NOTES + "/abc"), "id");
        assertEquals(404, office.get(NOTES + "/999999").status());

        // a county office sees and writes its own county only
        Api county = accounts.user("county1", "371524", null, "office-staff");
        JsonNode seen = county.get(NOTES).expect(200);
        assertEquals(1, seen.path("total").asInt());
        assertEquals(countyNote, seen.path("items").get(0).path("id").asLong());
        assertEquals(403, county.get(NOTES + "?unitId=" + cityUnit).status());
        assertEquals(403, county.get(NOTES + "/" + cityNote.path("id").asLong()).status());
        assertEquals(403, county.post(NOTES, Map.of("unitId", cityUnit, "text", "越权")).status());
        county.post(NOTES, Map.of("unitId", countyUnit, "text", "县巡察办补充")).expect(201);

        // the console command is the same service for the console's user
        assertTrue(console("county1", "xuncha:example-notes").contains("notes: 2"));

        // removed: its paths say so, and its data stay for a reinstall
        out = console("sysadmin", "xuncha:module-uninstall example");
        assertTrue(out, out.contains("已卸载模块 example"));
        assertEquals("module_not_installed", awaitStatus(anonymous, 404).json().path("code").asText());
    }

    /** Waits until the notes answer {@code status}; says what they answered last if they never do. */
    private static Api.Response awaitStatus(Api api, int status) {
        AtomicReference<Api.Response> last = new AtomicReference<>();
        try {
            Wait.until(Duration.ofSeconds(120), () -> {
                last.set(api.get(NOTES));
                return last.get().status() == status;
            });
        } catch (ConditionTimeoutException e) {
            Api.Response r = last.get();
            throw new AssertionError("expected " + status + " from " + NOTES + ", last answer: " + (r == null ? "none" : r.status() + " " + r.text()), e);
        }
        return last.get();
    }

    private static long unit(Api office, String code, String name, String division) {
        return office.post("/platform/reference/units", Map.of("code", code, "name", name, "divisionCode", division, "active", true))
                .expect(201).path("id").asLong();
    }

    /** A 400 whose field errors are exactly these fields, each with a Chinese and an English message. */
    private static void assertFields(Api.Response response, String... fields) {
        JsonNode body = response.expect(400);
        Map<String, JsonNode> byField = new HashMap<>();
        body.path("fields").forEach(f -> byField.put(f.path("field").asText(), f));
        assertEquals(body.toString(), Set.of(fields), byField.keySet());
        byField.values().forEach(f -> assertTrue(f.toString(), !f.path("message").asText().isBlank() && !f.path("messageEn").asText().isBlank()));
    }
}
