package org.xuncha.itests.pools;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

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
import org.xuncha.itests.support.Readers;
import org.xuncha.itests.support.Wait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Round planning's member-check whiteboard in the distribution: without the personnel pools, a
 * group takes a member who worked in its target unit, as round planning always did; the pools are
 * installed from the console while clients keep reading round planning, interview records and the
 * platform, and the very next change of the group is refused naming the 回避 rule and the fact (also
 * for someone the pools do not keep whose own unit is the target, from reference data alone);
 * the pools are removed and the same change goes through. No restart, and the readers get nothing
 * but their steady answers all along.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MemberCheckIT extends PaxExamSupport {

    private static final String CITY = "371500";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String ENTRIES = "/personnel-pools/entries";
    private static final String STAFF = "mc-staff";

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    @Test
    public void installingThePoolsChecksTheNextGroupChangeAndRemovingThemLetsItThrough() throws Exception {
        awaitApi();
        Accounts accounts = accounts();
        accounts.division(CITY, "聊城市", null);
        Api staff = accounts.user(STAFF, CITY, null, "office-staff");
        Wait.until(Duration.ofSeconds(180), () -> staff.get(ENTRIES).status() == 200);

        long office = unit(staff, "MC-XCB", "中共聊城市委巡察工作领导小组办公室");
        long edu = unit(staff, "MC-EDU", "聊城市教育和体育局党组");
        long chief = person(staff, "周组长", office);
        long former = person(staff, "吴曾任", office);
        long local = person(staff, "郑本局", edu); // in no pool, no profile: reference data alone shows they work at the target
        // the pools know that 吴曾任 worked at the education bureau
        staff.put("/personnel-pools/profiles/" + former, Map.of("specialties", List.of("财务"),
                "history", List.of(Map.of("unitId", edu, "fromYear", 2012, "toYear", 2018)))).expect(200);

        LocalDate today = LocalDate.now();
        long term = staff.post("/round-planning/terms", Map.of("name", "中共聊城市第十五届委员会" + RUN, "divisionCode", CITY,
                "startDate", today.minusYears(1).toString(), "endDate", today.plusYears(4).toString())).expect(201).path("id").asLong();
        long round = staff.post("/round-planning/rounds", Map.of("termId", term, "number", 1, "name", "十五届市委第一轮巡察", "type", "REGULAR",
                "plannedStart", today.plusDays(10).toString(), "plannedEnd", today.plusDays(50).toString())).expect(201).path("id").asLong();
        staff.post("/round-planning/rounds/" + round + "/targets", Map.of("unitIds", List.of(edu))).expect(201);
        String groups = "/round-planning/rounds/" + round + "/groups";
        long group = staff.post(groups, Map.of("name", "第一巡察组", "members", List.of(Map.of("personId", chief, "role", "LEADER")),
                "targetUnitIds", List.of(edu))).expect(201).path("id").asLong();
        String theGroup = groups + "/" + group;

        // without the pools: round planning takes the member as it always did
        assertTrue(console("sysadmin", "xuncha:module-uninstall personnel-pools", "admin").contains("已卸载模块 personnel-pools"));
        Wait.until(Duration.ofSeconds(120), () -> staff.get(ENTRIES).status() == 404);
        assertEquals(2, staff.put(theGroup, withFormer(staff, groups, group, chief, former, edu)).expect(200).path("members").size());
        assertEquals(1, staff.put(theGroup, onlyChief(staff, groups, group, chief, edu)).expect(200).path("members").size());

        List<Readers.Reader> bystanders = new ArrayList<>();
        Readers.Reader pools;
        try (Readers readers = new Readers()) {
            Supplier<Api> reader = () -> accounts.user(STAFF, null, null);
            bystanders.add(readers.bystander("terms", reader, "/round-planning/terms"));
            bystanders.add(readers.bystander("term", reader, "/round-planning/terms/" + term));
            bystanders.add(readers.bystander("avoidances", reader, "/round-planning/rounds/avoidances"));
            bystanders.add(readers.bystander("templates", reader, "/interview-records/templates"));
            bystanders.add(readers.bystander("units", reader, "/platform/reference/units?size=20"));
            pools = readers.add("pool entries", reader, ENTRIES, Readers.changingModule(r -> r.status() == 200));
            readers.start();
            readers.awaitAnswers(5);

            readers.phase("install personnel-pools");
            assertTrue(console("sysadmin", "xuncha:module-install personnel-pools", "admin").contains("已安装模块 personnel-pools"));
            Wait.until(Duration.ofSeconds(180), () -> staff.get(ENTRIES).status() == 200);
            readers.awaitAnswers(5);

            // the next change is checked: refused naming the member, the rule and the fact, in both languages; nothing written
            readers.phase("group change with the pools");
            JsonNode refused = staff.put(theGroup, withFormer(staff, groups, group, chief, former, edu)).expect(409);
            assertEquals(refused.toString(), "member_check_failed", refused.path("code").asText());
            JsonNode field = refused.path("fields").get(0);
            assertEquals("members[1].personId", field.path("field").asText());
            assertEquals("avoid.worked_in_target", field.path("code").asText());
            assertTrue(refused.toString(), refused.path("message").asText().contains("吴曾任")
                    && refused.path("message").asText().contains("任职回避") && refused.path("message").asText().contains("2012—2018年"));
            assertTrue(refused.toString(), refused.path("messageEn").asText().contains("Worked in a target unit"));
            assertEquals(1, group(staff, groups, group).path("members").size());
            // someone the pools do not keep is checked on what reference data shows: their own unit is the target (任职回避)
            JsonNode own = staff.put(theGroup, Map.of("name", "第一巡察组", "members", List.of(Map.of("personId", chief, "role", "LEADER"),
                    Map.of("personId", local, "role", "MEMBER")), "targetUnitIds", List.of(edu),
                    "version", group(staff, groups, group).path("version").asLong())).expect(409);
            assertEquals(own.toString(), "avoid.home_unit_target", own.path("fields").get(0).path("code").asText());
            assertTrue(own.toString(), own.path("message").asText().contains("郑本局") && own.path("message").asText().contains("本人所在单位是被巡察单位"));
            assertEquals(1, group(staff, groups, group).path("members").size());

            readers.phase("uninstall personnel-pools");
            assertTrue(console("sysadmin", "xuncha:module-uninstall personnel-pools", "admin").contains("已卸载模块 personnel-pools"));
            Wait.until(Duration.ofSeconds(120), () -> staff.get(ENTRIES).status() == 404);
            readers.awaitAnswers(5);

            // the same change goes through again
            readers.phase("group change without the pools");
            assertEquals(2, staff.put(theGroup, withFormer(staff, groups, group, chief, former, edu)).expect(200).path("members").size());
            readers.awaitAnswers(5);
            readers.phase("done");
            System.out.println("Member checks installed and removed:\n" + readers.report());
        }
        for (Readers.Reader b : bystanders) {
            assertEquals("answers of " + b.name() + " other than its steady one: " + b.deviationSamples(), 0, b.deviations());
            assertTrue("requests by " + b.name() + ": " + b.answers(), b.answers() > 20);
        }
        assertEquals("answers of the pools other than allowed: " + pools.deviationSamples(), 0, pools.deviations());
        assertTrue(pools.count("404 module_not_installed") > 0);

        // installed again for the suites after this one
        console("sysadmin", "xuncha:module-install personnel-pools", "admin");
        Wait.until(Duration.ofSeconds(180), () -> staff.get(ENTRIES).status() == 200);
    }

    private static JsonNode group(Api api, String groups, long id) {
        for (JsonNode g : api.get(groups).expect(200)) {
            if (g.path("id").asLong() == id) {
                return g;
            }
        }
        throw new AssertionError("no group " + id);
    }

    private static Map<String, Object> withFormer(Api api, String groups, long group, long chief, long former, long edu) {
        return Map.of("name", "第一巡察组", "members", List.of(Map.of("personId", chief, "role", "LEADER"), Map.of("personId", former, "role", "MEMBER")),
                "targetUnitIds", List.of(edu), "version", group(api, groups, group).path("version").asLong());
    }

    private static Map<String, Object> onlyChief(Api api, String groups, long group, long chief, long edu) {
        return Map.of("name", "第一巡察组", "members", List.of(Map.of("personId", chief, "role", "LEADER")),
                "targetUnitIds", List.of(edu), "version", group(api, groups, group).path("version").asLong());
    }

    private static long unit(Api office, String code, String name) {
        return office.post("/platform/reference/units", Map.of("code", code + "-" + RUN, "name", name, "divisionCode", CITY, "active", true))
                .expect(201).path("id").asLong();
    }

    private static long person(Api office, String name, long unit) {
        return office.post("/platform/reference/persons", Map.of("name", name, "unitId", unit, "post", "干部", "rank", "正科级", "leadership", "STAFF",
                "active", true)).expect(201).path("id").asLong();
    }
}
