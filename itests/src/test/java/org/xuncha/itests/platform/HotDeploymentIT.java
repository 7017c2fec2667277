package org.xuncha.itests.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.xuncha.itests.support.Accounts;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.FrameworkWatch;
import org.xuncha.itests.support.PaxExamSupport;
import org.xuncha.itests.support.Wait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An administrator installs a module from the console, an office uses it, the administrator
 * updates and removes it, and then installs it again: nothing else is refreshed, restarted or
 * re-activated on the way, and the module's data survive its removal.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeploymentIT extends PaxExamSupport {

    private static final Set<String> MODULE = Set.of("org.xuncha.example.api", "org.xuncha.example.impl");

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    @Test
    public void installUseUpdateUninstallReinstallTouchesNothingElse() throws Exception {
        awaitApi();
        Accounts accounts = accounts();
        accounts.sysadmin();
        Api office = accounts.user("office1", null, null, "office-staff");
        office.put("/platform/reference/divisions/371500", Map.of("nameZh", "聊城市", "level", "CITY")).expectSaved();
        long unit = office.post("/platform/reference/units", Map.of("code", "LC-EDU", "name", "聊城市教育和体育局党组",
                "divisionCode", "371500", "active", true)).expect(201).path("id").asLong();
        assertTrue("example is available but not installed", console("sysadmin", "xuncha:module-list").contains("example"));
        assertEquals(404, office.get("/example/notes?unitId=" + unit).status());

        FrameworkWatch watch = new FrameworkWatch(bundleContext, b -> MODULE.contains(b.getSymbolicName())).start();
        assertTrue("components to watch: " + watch.watchedComponents(), watch.watchedComponents() > 20);

        // install
        String out = console("sysadmin", "xuncha:module-install example");
        assertTrue(out, out.contains("已安装模块 example"));
        Wait.until(Duration.ofSeconds(120), () -> office.get("/example/notes?unitId=" + unit).status() == 200);
        assertTrue(moduleIds(office).contains("example"));
        // the module's tables were migrated by Liquibase from its resolved bundle: neither the boot nor the install started it
        assertEquals("Liquibase's bundle stays resolved", Bundle.RESOLVED, bundle("org.liquibase.core").getState());

        // use
        office.post("/example/notes", Map.of("unitId", unit, "text", "进驻前听取纪委监委意见")).expect(201);
        assertEquals(1, office.get("/example/notes?unitId=" + unit).expect(200).path("total").asInt());

        // update in place: only the implementation bundle is replaced
        Bundle impl = bundle("org.xuncha.example.impl");
        long revisionBefore = impl.getLastModified();
        out = console("sysadmin", "xuncha:module-update example");
        assertTrue(out, out.contains("org.xuncha.example.impl"));
        Bundle updated = bundle("org.xuncha.example.impl");
        assertTrue("implementation bundle replaced", updated.getLastModified() > revisionBefore);
        Wait.until(Duration.ofSeconds(120), () -> office.get("/example/notes?unitId=" + unit).status() == 200);
        assertEquals("data kept across the update", 1, office.get("/example/notes?unitId=" + unit).expect(200).path("total").asInt());

        // uninstall
        out = console("sysadmin", "xuncha:module-uninstall example");
        assertTrue(out, out.contains("已卸载模块 example"));
        Wait.until(Duration.ofSeconds(120), () -> office.get("/example/notes?unitId=" + unit).status() == 404);
        assertTrue(!moduleIds(office).contains("example"));
        assertEquals("the platform keeps answering", 200, office.get("/platform/reference/units/" + unit).status());

        List<String> touched = watch.stop();
        assertTrue("other bundles or components were touched: " + touched, touched.isEmpty());

        // reinstall: the module's table and rows are still there
        console("sysadmin", "xuncha:module-install example");
        Wait.until(Duration.ofSeconds(120), () -> office.get("/example/notes?unitId=" + unit).status() == 200);
        JsonNode notes = office.get("/example/notes?unitId=" + unit).expect(200).path("items");
        assertEquals(1, notes.size());
        assertEquals("进驻前听取纪委监委意见", notes.get(0).path("text").asText());
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (b.getSymbolicName().equals(symbolicName)) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static List<String> moduleIds(Api api) {
        return StreamSupport.stream(api.get("/platform/modules").expect(200).spliterator(), false).map(m -> m.path("id").asText()).toList();
    }
}
