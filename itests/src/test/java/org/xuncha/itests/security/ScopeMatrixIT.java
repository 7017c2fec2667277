package org.xuncha.itests.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.xuncha.itests.support.Accounts;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.Distribution;
import org.xuncha.itests.support.Wait;
import org.xuncha.itests.support.Workbooks;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Data scope on every write and every id a write refers to, in the real distribution (run as a
 * process, on its own free ports): 聊城市 with two counties, 东昌府区 and 阳谷县, each with a unit and
 * cadres. A county office account, a city office account, an account of no division without the
 * all-divisions grant, and a 组员 who is also 纪委监委 try each write of the matrix with ids of other
 * divisions (and of another group); every attempt must be refused and change nothing, while the same
 * write inside the scope goes through, so the refusals are the scope's and not something else's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScopeMatrixIT {

    private static final String CITY = "371500";
    private static final String DCF = "371502";
    private static final String YG = "371521";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private Distribution dist;
    private Accounts accounts;
    private Api keeper;
    private Api city;
    private Api county;
    private Api nowhere;
    /** A 组员 of the city's first group who is also 纪委监委. */
    private Api mixed;
    private final Map<String, Long> units = new HashMap<>();
    private final Map<String, Long> persons = new HashMap<>();
    private long countyRound;
    private long countyGroup;
    private long cityRound;
    private long cityGroup1;
    private long cityGroup2;
    /** Every attempt outside the scope: what was tried, and the status it got. */
    private final Map<String, Integer> matrix = new LinkedHashMap<>();

    @BeforeAll
    void start() {
        dist = Distribution.unpack("scope-matrix").start();
        accounts = dist.accounts();
        accounts.division(CITY, "聊城市", null);
        accounts.division(DCF, "东昌府区", CITY);
        accounts.division(YG, "阳谷县", CITY);
        keeper = accounts.user("it-divisions", null, null, "office-staff");
        unit("U-CITY", "聊城市财政局", CITY, "市直机关");
        unit("U-CITY2", "聊城市卫生健康委员会", CITY, "市直机关");
        unit("U-DCF", "东昌府区财政局", DCF, "东昌府区直机关");
        unit("U-YG", "阳谷县财政局", YG, "阳谷县直机关");
        unit("U-DCF2", "东昌府区委巡察办", DCF, "东昌府区直机关");
        // group members work outside the units their group inspects (任职回避 is checked once the pools are installed)
        for (String[] p : new String[][] {{"P-CITY", "U-CITY"}, {"P-C1", "U-CITY2"}, {"P-C2", "U-CITY2"}, {"P-C3", "U-CITY"}, {"P-C4", "U-CITY"},
                {"P-DCF1", "U-DCF2"}, {"P-DCF2", "U-DCF2"}, {"P-DCF3", "U-DCF"}, {"P-YG", "U-YG"}}) {
            persons.put(p[0], keeper.post("/platform/reference/persons", Map.of("name", p[0], "unitId", units.get(p[1]), "post", "干部",
                    "active", true)).expect(201).path("id").asLong());
        }
        city = accounts.user("sm-city", CITY, null, "office-staff");
        county = accounts.user("sm-county", DCF, null, "office-staff");
        nowhere = accounts.withoutDivision("sm-nowhere", "office-leader");

        LocalDate today = LocalDate.now();
        countyRound = round(county, DCF, today);
        county.post("/round-planning/rounds/" + countyRound + "/targets", Map.of("unitIds", List.of(units.get("U-DCF")))).expect(201);
        countyGroup = county.post("/round-planning/rounds/" + countyRound + "/groups", Map.of("name", "区第一巡察组",
                "members", List.of(member("P-DCF1", "LEADER"), member("P-DCF2", "MEMBER")),
                "targetUnitIds", List.of(units.get("U-DCF")))).expect(201).path("id").asLong();
        cityRound = round(city, CITY, today);
        city.post("/round-planning/rounds/" + cityRound + "/targets", Map.of("unitIds", List.of(units.get("U-CITY"), units.get("U-CITY2"))))
                .expect(201);
        cityGroup1 = city.post("/round-planning/rounds/" + cityRound + "/groups", Map.of("name", "市第一巡察组",
                "members", List.of(member("P-C1", "LEADER"), member("P-C2", "MEMBER")),
                "targetUnitIds", List.of(units.get("U-CITY")))).expect(201).path("id").asLong();
        cityGroup2 = city.post("/round-planning/rounds/" + cityRound + "/groups", Map.of("name", "市第二巡察组",
                "members", List.of(member("P-C3", "LEADER"), member("P-C4", "MEMBER")),
                "targetUnitIds", List.of(units.get("U-CITY2")))).expect(201).path("id").asLong();
    }

    @AfterAll
    void close() {
        if (dist != null) {
            dist.close();
        }
    }

    private void unit(String code, String name, String division, String field) {
        units.put(code, keeper.post("/platform/reference/units", Map.of("code", code, "name", name, "divisionCode", division,
                "field", field, "active", true)).expect(201).path("id").asLong());
    }

    private Map<String, Object> member(String person, String role) {
        return Map.of("personId", persons.get(person), "role", role);
    }

    private static long round(Api office, String division, LocalDate today) {
        long term = office.post("/round-planning/terms", Map.of("name", "第十四届（" + division + "）", "divisionCode", division,
                "startDate", today.minusYears(2).toString(), "endDate", today.plusYears(3).toString())).expect(201).path("id").asLong();
        return office.post("/round-planning/rounds", Map.of("termId", term, "type", "REGULAR", "plannedStart", today.toString(),
                "plannedEnd", today.plusDays(39).toString())).expect(201).path("id").asLong();
    }

    /** Records an attempt outside the scope; it must be refused (4xx), whatever the refusal says. */
    private void outside(String what, Api.Response r) {
        matrix.put(what, r.status());
        assertThat(r.status()).as(what + ": " + r.text()).isBetween(400, 499);
    }

    private static Map<String, Object> division(String nameZh, String level, String parent) {
        Map<String, Object> d = new HashMap<>();
        d.put("nameZh", nameZh);
        d.put("level", level);
        d.put("parentCode", parent);
        return d;
    }

    private static Map<String, Object> unitBody(String code, String division, Long parentId) {
        Map<String, Object> u = new HashMap<>(Map.of("code", code, "name", "单位" + code, "divisionCode", division, "field", "党政机关",
                "active", true));
        u.put("parentId", parentId);
        return u;
    }

    @Test
    @Order(1)
    void divisionsAreWrittenOnlyInsideTheScope() {
        outside("county: re-parents 阳谷县 under itself", county.put("/platform/reference/divisions/" + YG, division("阳谷县", "COUNTY", DCF)));
        outside("county: renames 阳谷县", county.put("/platform/reference/divisions/" + YG, division("阳谷县（改）", "COUNTY", CITY)));
        outside("county: renames the city", county.put("/platform/reference/divisions/" + CITY, division("聊城市（改）", "CITY", null)));
        outside("county: creates a city", county.put("/platform/reference/divisions/379900", division("某市", "CITY", null)));
        outside("county: creates a county of the city", county.put("/platform/reference/divisions/371599", division("某县", "COUNTY", CITY)));
        outside("county: moves itself to another city", county.put("/platform/reference/divisions/" + DCF, division("东昌府区", "COUNTY", "379900")));
        outside("county: makes itself a city", county.put("/platform/reference/divisions/" + DCF, division("东昌府区", "CITY", null)));
        outside("city: moves itself under another city", city.put("/platform/reference/divisions/" + CITY, division("聊城市", "COUNTY", "379900")));
        outside("city: creates a city", city.put("/platform/reference/divisions/379900", division("某市", "CITY", null)));
        outside("no division: renames 阳谷县", nowhere.put("/platform/reference/divisions/" + YG, division("阳谷县（改）", "COUNTY", CITY)));

        JsonNode all = keeper.get("/platform/reference/divisions").expect(200);
        assertThat(all.toString()).doesNotContain("（改）", "379900", "371599");
        assertThat(all.size()).isEqualTo(3);
        // inside: the city keeps its counties; an office renames its own division where it stands
        city.put("/platform/reference/divisions/" + YG, division("阳谷县", "COUNTY", CITY)).expectSaved();
        county.put("/platform/reference/divisions/" + DCF, division("东昌府区", "COUNTY", CITY)).expectSaved();
        city.put("/platform/reference/divisions/" + CITY, division("聊城市", "CITY", null)).expectSaved();
    }

    @Test
    @Order(2)
    void unitsAndPersonsAreWrittenOnlyInsideTheScope() {
        outside("county: creates a unit of the city", county.post("/platform/reference/units", unitBody("X-1", CITY, null)));
        outside("county: creates a unit of 阳谷县", county.post("/platform/reference/units", unitBody("X-2", YG, null)));
        outside("county: creates a unit under a city unit", county.post("/platform/reference/units", unitBody("X-3", DCF, units.get("U-CITY"))));
        outside("county: edits 阳谷县's unit", county.put("/platform/reference/units/" + units.get("U-YG"), unitBody("U-YG", YG, null)));
        outside("county: moves 阳谷县's unit to itself", county.put("/platform/reference/units/" + units.get("U-YG"), unitBody("U-YG", DCF, null)));
        outside("county: deletes 阳谷县's unit", county.delete("/platform/reference/units/" + units.get("U-YG")));
        outside("county: creates a person of the city", county.post("/platform/reference/persons", Map.of("name", "某", "unitId", units.get("U-CITY"),
                "post", "干部", "active", true)));
        outside("county: edits 阳谷县's person", county.put("/platform/reference/persons/" + persons.get("P-YG"), Map.of("name", "某",
                "unitId", units.get("U-YG"), "post", "干部", "active", true)));
        outside("county: moves its own person to a city unit", county.put("/platform/reference/persons/" + persons.get("P-DCF3"),
                Map.of("name", "P-DCF3", "unitId", units.get("U-CITY"), "post", "干部", "active", true)));
        outside("no division: creates a unit", nowhere.post("/platform/reference/units", unitBody("X-4", CITY, null)));

        assertThat(keeper.get("/platform/reference/units?size=100").expect(200).path("total").asInt()).as("no unit made").isEqualTo(5);
        // inside: the county's own unit and person, the city's unit in a county
        long own = county.post("/platform/reference/units", unitBody("X-DCF", DCF, units.get("U-DCF"))).expect(201).path("id").asLong();
        county.delete("/platform/reference/units/" + own).expect(204);
        long cityInCounty = city.post("/platform/reference/units", unitBody("X-YG", YG, null)).expect(201).path("id").asLong();
        city.delete("/platform/reference/units/" + cityInCounty).expect(204);
    }

    @Test
    @Order(3)
    void theUnitsImportKeepsToTheScope() {
        List<String> header = List.of("单位编码", "单位名称", "所属区划代码", "上级单位编码", "领域", "板块", "系统", "状态");
        Map<String, byte[]> files = Map.of(
                "county: imports a unit of the city", Workbooks.withRows(List.of(header, List.of("IMP-1", "导入甲", CITY, "", "党政机关", "", "", "在用"))),
                "county: imports a unit under a city unit", Workbooks.withRows(List.of(header, List.of("IMP-2", "导入乙", DCF, "U-CITY", "党政机关", "", "", "在用"))),
                "county: imports over 阳谷县's unit", Workbooks.withRows(List.of(header, List.of("U-YG", "改名", YG, "", "党政机关", "", "", "在用"))));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            JsonNode job = county.postBytes("/platform/reference/units/import", f.getValue(),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").expect(202);
            String id = job.path("id").asText();
            Wait.until(WAIT, () -> county.get("/platform/reference/imports/" + id).expect(200).path("done").asBoolean());
            JsonNode report = county.get("/platform/reference/imports/" + id).expect(200).path("report");
            matrix.put(f.getKey(), report.path("created").asInt() + report.path("updated").asInt() == 0 ? 422 : 200);
            assertThat(report.toString()).as(f.getKey()).contains("out_of_scope");
            assertThat(report.path("created").asInt() + report.path("updated").asInt()).as(f.getKey()).isZero();
        }
        assertThat(keeper.get("/platform/reference/units/" + units.get("U-YG")).expect(200).path("name").asText()).isEqualTo("阳谷县财政局");
        assertThat(keeper.get("/platform/reference/units?text=IMP").expect(200).path("total").asInt()).isZero();
    }

    @Test
    @Order(4)
    void classificationsAreThoseOfTheScope() {
        JsonNode countyValues = county.get("/platform/reference/classifications").expect(200);
        assertThat(countyValues.path("field").toString()).contains("东昌府区直机关").doesNotContain("市直机关", "阳谷县直机关");
        JsonNode cityValues = city.get("/platform/reference/classifications").expect(200);
        assertThat(cityValues.path("field").toString()).contains("市直机关", "东昌府区直机关", "阳谷县直机关");
        assertThat(nowhere.get("/platform/reference/classifications").expect(200).path("field").size()).isZero();
    }

    @Test
    @Order(5)
    void moduleWritesReferToIdsOfTheScopeOnly() {
        String today = LocalDate.now().toString();
        outside("county: a term of the city", county.post("/round-planning/terms", Map.of("name", "第十四届", "divisionCode", CITY,
                "startDate", "2025-01-01", "endDate", "2029-12-31")));
        outside("county: a city unit as a target", county.post("/round-planning/rounds/" + countyRound + "/targets",
                Map.of("unitIds", List.of(units.get("U-CITY")))));
        outside("county: a city person in its group", county.post("/round-planning/rounds/" + countyRound + "/groups", Map.of("name", "区第二巡察组",
                "members", List.of(member("P-CITY", "LEADER"), member("P-DCF3", "MEMBER")))));
        outside("county: an avoidance of a city person", county.post("/round-planning/rounds/avoidances", Map.of("personId", persons.get("P-CITY"),
                "unitId", units.get("U-DCF"), "kind", "RELATIVE", "note", "x")));
        outside("county: an avoidance for 阳谷县's unit", county.post("/round-planning/rounds/avoidances", Map.of("personId", persons.get("P-DCF3"),
                "unitId", units.get("U-YG"), "kind", "RELATIVE", "note", "x")));
        outside("county: a lead naming a city person", county.post("/lead-transfer/leads", Map.of("roundId", countyRound, "groupId", countyGroup,
                "unitId", units.get("U-DCF"), "personName", "某", "personPost", "局长", "category", "CADRES", "source", "INTERVIEW",
                "personId", persons.get("P-CITY"))));
        outside("county: a consultation attended by a city person", county.post("/lead-transfer/consultations", Map.of("roundId", countyRound,
                "subject", "研判", "heldOn", today, "attendees", List.of(Map.of("personId", persons.get("P-CITY"), "role", "GROUP")))));
        outside("county: a self-surrender at a city unit", county.post("/lead-transfer/leads/surrenders", Map.of("roundId", countyRound,
                "unitId", units.get("U-CITY"), "personName", "某", "personPost", "科长", "surrenderedOn", today, "receivedBy", "区纪委监委")));
        outside("county: a problem in the city's round", county.post("/lead-transfer/problems", Map.of("roundId", cityRound, "groupId", cityGroup1,
                "unitId", units.get("U-CITY"), "category", "MAJOR_DECISIONS", "description", "x")));
        outside("county: a rectification ledger of a city unit", county.post("/rectification/ledgers", Map.of("roundId", cityRound,
                "unitId", units.get("U-CITY"))));
        outside("county: a pool entry of a city person", county.post("/personnel-pools/entries", Map.of("personId", persons.get("P-CITY"),
                "pool", "MEMBER", "reason", "x")));
        outside("no division: a pool entry of a city person", nowhere.post("/personnel-pools/entries", Map.of("personId", persons.get("P-CITY"),
                "pool", "MEMBER", "reason", "x")));

        // inside, the same writes go through
        county.post("/round-planning/rounds/avoidances", Map.of("personId", persons.get("P-DCF3"), "unitId", units.get("U-DCF"),
                "kind", "RELATIVE", "note", "x")).expect(201);
        county.post("/lead-transfer/leads", Map.of("roundId", countyRound, "groupId", countyGroup, "unitId", units.get("U-DCF"),
                "personName", "某", "personPost", "局长", "category", "CADRES", "source", "INTERVIEW", "personId", persons.get("P-DCF3"))).expect(201);
        county.post("/lead-transfer/consultations", Map.of("roundId", countyRound, "subject", "研判", "heldOn", today,
                "attendees", List.of(Map.of("personId", persons.get("P-DCF1"), "role", "GROUP")))).expect(201);
        county.post("/personnel-pools/entries", Map.of("personId", persons.get("P-DCF3"), "pool", "MEMBER", "reason", "x")).expect(201);
        // nothing outside was stored
        assertThat(city.get("/lead-transfer/leads?size=100").expect(200).toString()).doesNotContain("\"personId\":" + persons.get("P-CITY"));
        assertThat(city.get("/round-planning/rounds/avoidances").expect(200).size()).isEqualTo(1);
    }

    @Test
    @Order(6)
    void anAccountOfNoDivisionSeesNothingWithoutTheGrant() {
        assertThat(nowhere.get("/platform/reference/units").expect(200).path("total").asInt()).isZero();
        assertThat(nowhere.get("/platform/reference/persons").expect(200).path("total").asInt()).isZero();
        assertThat(nowhere.get("/lead-transfer/leads").expect(200).path("total").asInt()).isZero();
        outside("no division: reads a unit", nowhere.get("/platform/reference/units/" + units.get("U-CITY")));
        // the keeper, of no division too, holds the explicit grant and sees them all
        assertThat(keeper.get("/platform/reference/units").expect(200).path("total").asInt()).isEqualTo(5);
    }

    @Test
    @Order(7)
    void aGroupMemberWhoIsAlsoDisciplineCommissionKeepsTheGroupLimit() {
        Supplier<Map<String, Object>> draft = () -> new HashMap<>(Map.of("roundId", cityRound, "category", "MAJOR_DECISIONS",
                "description", "重大事项未经集体研究"));
        Map<String, Object> mine = draft.get();
        mine.put("groupId", cityGroup1);
        mine.put("unitId", units.get("U-CITY"));
        long own = city.post("/lead-transfer/problems", mine).expect(201).path("id").asLong();
        Map<String, Object> theirs = draft.get();
        theirs.put("groupId", cityGroup2);
        theirs.put("unitId", units.get("U-CITY2"));
        long other = city.post("/lead-transfer/problems", theirs).expect(201).path("id").asLong();

        Api member = accounts.user("sm-member", CITY, persons.get("P-C2"), "group-member");
        mixed = accounts.user("sm-mixed", CITY, persons.get("P-C2"), "group-member", "discipline-commission");
        for (Api a : List.of(member, mixed)) {
            a.get("/lead-transfer/problems/" + own).expect(200);
        }
        outside("group member: another group's problem", member.get("/lead-transfer/problems/" + other));
        outside("group member + 纪委监委: another group's problem", mixed.get("/lead-transfer/problems/" + other));
        outside("group member + 纪委监委: a problem in another group", mixed.post("/lead-transfer/problems", theirs));
        JsonNode listed = mixed.get("/lead-transfer/problems?roundId=" + cityRound).expect(200);
        List<Long> ids = new ArrayList<>();
        listed.path("items").forEach(p -> ids.add(p.path("id").asLong()));
        assertThat(ids).contains(own).doesNotContain(other);
    }

    /**
     * Outside: refused as out of the caller's scope (403 {@code out_of_scope}) or as unknown to it
     * (404), not for a missing permission or a bad input, so the refusal is the scope's.
     */
    private void outsideScope(String what, Api.Response r) {
        matrix.put(what, r.status());
        assertThat(r.status()).as(what + ": " + r.text()).isIn(403, 404);
        if (r.status() == 403) {
            assertThat(r.json().path("code").asText()).as(what + ": " + r.text()).isEqualTo("out_of_scope");
        }
    }

    private static Map<String, Object> interview(long personId, long interviewer1, long interviewer2) {
        Map<String, Object> i = new HashMap<>(Map.of("category", "STAFF", "personId", personId, "interviewerIds", List.of(interviewer1, interviewer2),
                "recorderId", interviewer2, "scheduledAt", "2026-11-10T09:00:00", "place", "巡察组谈话室"));
        i.put("topics", List.of(Map.of("title", "分管领域工作情况")));
        return i;
    }

    @Test
    @Order(8)
    void interviewRecordsKeepToTheScope() {
        // the city's first group plans and records an interview at the city unit
        Api cityLeader = accounts.user("sm-city-leader", CITY, persons.get("P-C1"), "group-leader");
        JsonNode plan = cityLeader.post("/interview-records/plans", Map.of("roundId", cityRound, "groupId", cityGroup1, "unitId", units.get("U-CITY"),
                "title", "个别谈话安排", "interviews", List.of(interview(persons.get("P-CITY"), persons.get("P-C1"), persons.get("P-C2"))))).expect(201);
        long cityPlan = plan.path("id").asLong();
        long cityPlanned = plan.path("interviews").get(0).path("id").asLong();
        long cityRecord = cityLeader.post("/interview-records/records", Map.of("plannedInterviewId", cityPlanned, "heldAt", "2026-11-10T09:30:00",
                "sections", List.of(Map.of("text", "谈话内容")), "leaderNotes", List.of())).expect(201).path("id").asLong();

        // a member of the county's group: reads and writes of the city's interviews, and its own naming a city cadre
        Api member = accounts.user("sm-county-member", DCF, persons.get("P-DCF2"), "group-member");
        outsideScope("county group member: reads the city's interview plan", member.get("/interview-records/plans/" + cityPlan));
        outsideScope("county group member: reads the city's interview record", member.get("/interview-records/records/" + cityRecord));
        outsideScope("county group member: plans interviews in the city's group", member.post("/interview-records/plans", Map.of("roundId", cityRound,
                "groupId", cityGroup1, "unitId", units.get("U-CITY"), "title", "x",
                "interviews", List.of(interview(persons.get("P-CITY"), persons.get("P-C1"), persons.get("P-C2"))))));
        outsideScope("county group member: records the city's planned interview", member.post("/interview-records/records", Map.of(
                "plannedInterviewId", cityPlanned, "heldAt", "2026-11-10T09:30:00", "sections", List.of(Map.of("text", "x")), "leaderNotes", List.of())));
        outsideScope("county group member: raises a lead from the city's record", member.post("/interview-records/records/" + cityRecord + "/raised",
                Map.of("kind", "LEAD", "personId", persons.get("P-CITY"), "category", "x", "description", "x")));
        outsideScope("county group member: plans an interview of a city cadre", member.post("/interview-records/plans", Map.of("roundId", countyRound,
                "groupId", countyGroup, "unitId", units.get("U-DCF"), "title", "x",
                "interviews", List.of(interview(persons.get("P-CITY"), persons.get("P-DCF1"), persons.get("P-DCF2"))))));
        JsonNode listed = member.get("/interview-records/records?roundId=" + cityRound).expect(200);
        assertThat(listed.toString()).as("the city's records are not listed to the county").doesNotContain("\"id\":" + cityRecord + ",");
        // inside: the same member plans an interview of its own unit's cadre
        member.post("/interview-records/plans", Map.of("roundId", countyRound, "groupId", countyGroup, "unitId", units.get("U-DCF"), "title", "个别谈话安排",
                "interviews", List.of(interview(persons.get("P-DCF3"), persons.get("P-DCF1"), persons.get("P-DCF2"))))).expect(201);
    }

    @Test
    @Order(9)
    void leadHandoversAndJointOperationFindingsKeepToTheScope() {
        String today = LocalDate.now().toString();
        long cityLead = city.post("/lead-transfer/leads", Map.of("roundId", cityRound, "groupId", cityGroup1, "unitId", units.get("U-CITY"),
                "personName", "某", "personPost", "局长", "category", "CADRES", "source", "INTERVIEW", "personId", persons.get("P-CITY")))
                .expect(201).path("id").asLong();
        Map<String, Object> transfer = Map.of("receiverKind", "DISCIPLINE_COMMISSION", "documentNumber", "聊巡移〔2026〕1号", "transferredOn", today);
        outsideScope("county: reads the city's lead", county.get("/lead-transfer/leads/" + cityLead));
        outsideScope("county: hands over the city's lead", county.post("/lead-transfer/leads/" + cityLead + "/transfer", transfer));
        outsideScope("county: acknowledges the city's lead", county.post("/lead-transfer/leads/" + cityLead + "/acknowledge", Map.of("acknowledgedOn", today)));
        outsideScope("county: records the disposal of the city's lead", county.post("/lead-transfer/leads/" + cityLead + "/disposals",
                Map.of("reportedOn", today, "note", "x")));

        long cityJoint = city.post("/lead-transfer/joint-operations", Map.of("name", "巡纪审联动（市）", "roundId", cityRound,
                "disciplineProject", "市纪委监委专项监督", "auditProject", "市审计局经济责任审计")).expect(201).path("id").asLong();
        long countyJoint = county.post("/lead-transfer/joint-operations", Map.of("name", "巡纪审联动（区）", "roundId", countyRound,
                "disciplineProject", "区纪委监委专项监督", "auditProject", "区审计局经济责任审计")).expect(201).path("id").asLong();
        Map<String, Object> finding = new HashMap<>(Map.of("kind", "PROBLEM", "unitId", units.get("U-CITY"), "category", "FINANCE",
                "description", "审计发现虚列支出", "reference", "审计发现第1项"));
        outsideScope("county: reads the city's joint operation", county.get("/lead-transfer/joint-operations/" + cityJoint));
        outsideScope("county: brings a finding into the city's joint operation", county.post("/lead-transfer/joint-operations/" + cityJoint
                + "/findings", finding));
        outsideScope("county: a joint operation in the city's round", county.post("/lead-transfer/joint-operations", Map.of("name", "x",
                "roundId", cityRound, "disciplineProject", "x", "auditProject", "x")));
        outsideScope("county: a finding of its joint operation at a city unit", county.post("/lead-transfer/joint-operations/" + countyJoint
                + "/findings", finding));
        assertThat(city.get("/lead-transfer/joint-operations/" + cityJoint).expect(200).path("figures").path("problemsBroughtIn").asInt()).isZero();
        // inside: the county brings a finding at its own unit into its own joint operation
        finding.put("unitId", units.get("U-DCF"));
        county.post("/lead-transfer/joint-operations/" + countyJoint + "/findings", finding).expect(201);
    }

    @Test
    @Order(10)
    void aZipBombedWorkbookIsRefusedAndTheServerGoesOn() {
        byte[] bomb = Workbooks.zipBomb(400L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        Api.Response r = county.postBytes("/platform/reference/units/import", bomb, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.status()).as(r.text()).isEqualTo(413);
        assertThat(r.json().path("code").asText()).isEqualTo("workbook_too_large");
        assertThat(r.json().path("message").asText()).contains("压缩炸弹");
        assertThat(r.json().path("messageEn").asText()).contains("zip bomb");
        // refused again and again without the server running short: it goes on answering
        for (int i = 0; i < 5; i++) {
            assertThat(county.postBytes("/platform/reference/units/import", bomb, "application/octet-stream").status()).isEqualTo(413);
        }
        county.get("/platform/reference/units").expect(200);
        assertThat(dist.log()).doesNotContain("OutOfMemoryError");
    }

    /** Rectification and personnel pools: every id their writes refer to goes through the platform's shared check. */
    @Test
    @Order(12)
    void rectificationAndPoolWritesReferToIdsOfTheScopeOnly() {
        String today = LocalDate.now().toString();
        Map<String, Object> handover = new HashMap<>(Map.of("unitId", units.get("U-CITY"), "outgoingLeader", "原任甲", "incomingLeader", "新任乙",
                "handedOverOn", today, "outgoingSigned", true, "incomingSigned", true));
        outsideScope("county: a rectification handover at a city unit", county.post("/rectification/handovers", handover));
        handover.put("unitId", units.get("U-DCF"));
        handover.put("incomingPersonId", persons.get("P-CITY"));
        handover.remove("incomingLeader");
        Api.Response toCityPerson = county.post("/rectification/handovers", handover);
        outsideScope("county: a handover at its unit to a city cadre", toCityPerson);
        assertThat(toCityPerson.text()).as("the refusal names the field").contains("incomingPersonId");
        Map<String, Object> assignment = Map.of("kind", "COMMON_PROBLEM", "divisionCode", CITY, "title", "共性问题交办单", "assignedBy", "市委巡察办",
                "assignedOn", today);
        outsideScope("county: a common problem assigned in the city's name", county.post("/rectification/assignments", assignment));
        long own = county.post("/rectification/assignments", Map.of("kind", "COMMON_PROBLEM", "divisionCode", DCF, "title", "共性问题交办单",
                "assignedBy", "区委巡察办", "assignedOn", today)).expect(201).path("id").asLong();
        Api.Response cityUnit = county.post("/rectification/assignments/" + own + "/units", Map.of("unitIds", List.of(units.get("U-DCF"),
                units.get("U-CITY"))));
        outsideScope("county: a city unit in its common problem", cityUnit);
        assertThat(cityUnit.text()).contains("unitIds[1]");

        outsideScope("county: a pool entry for the city's office", county.post("/personnel-pools/entries", Map.of("personId", persons.get("P-DCF3"),
                "divisionCode", CITY, "pool", "MEMBER", "reason", "x")));
        outsideScope("county: a training given by a city cadre", county.post("/personnel-pools/trainings", Map.of("kind", "WEEKLY_LECTURE",
                "title", "周学习", "trainerPersonId", persons.get("P-CITY"), "date", today, "hours", 2)));
        outsideScope("county: a profile naming a city relative", county.put("/personnel-pools/profiles/" + persons.get("P-DCF3"), Map.of(
                "relatives", List.of(Map.of("unitId", units.get("U-CITY"), "personId", persons.get("P-CITY"), "relation", "父亲")))));
        outsideScope("county: a profile with a 阳谷县 unit in its history", county.put("/personnel-pools/profiles/" + persons.get("P-DCF3"), Map.of(
                "history", List.of(Map.of("unitId", units.get("U-YG"), "fromYear", 2010)))));
        outsideScope("no division: a rectification handover at a city unit", nowhere.post("/rectification/handovers", Map.of("unitId",
                units.get("U-CITY"), "outgoingLeader", "原任甲", "incomingLeader", "新任乙", "handedOverOn", today, "outgoingSigned", true,
                "incomingSigned", true)));

        // inside, the same writes go through
        county.post("/rectification/assignments/" + own + "/units", Map.of("unitIds", List.of(units.get("U-DCF")))).expect(200);
        handover.put("incomingPersonId", persons.get("P-DCF3"));
        county.post("/rectification/handovers", handover).expect(201);
        county.put("/personnel-pools/profiles/" + persons.get("P-DCF3"), Map.of("history", List.of(Map.of("unitId", units.get("U-DCF"),
                "fromYear", 2010)))).expect(200);
        assertThat(city.get("/rectification/handovers?size=100").expect(200).path("total").asInt()).as("only the county's own").isEqualTo(1);
    }

    /**
     * The group limit on referenced ids: a 组员 of the city's first group who is also 纪委监委 writes
     * nothing that refers to the second group — its plan, its interviews, its units.
     */
    @Test
    @Order(13)
    void aGroupMemberWhoIsAlsoDisciplineCommissionRefersToItsOwnGroupOnly() {
        long person2 = keeper.post("/platform/reference/persons", Map.of("name", "P-C2U", "unitId", units.get("U-CITY2"), "post", "处长",
                "active", true)).expect(201).path("id").asLong();
        Api otherLeader = accounts.user("sm-g2-leader", CITY, persons.get("P-C3"), "group-leader");
        JsonNode plan = otherLeader.post("/interview-records/plans", Map.of("roundId", cityRound, "groupId", cityGroup2, "unitId", units.get("U-CITY2"),
                "title", "个别谈话安排", "interviews", List.of(interview(person2, persons.get("P-C3"), persons.get("P-C4"))))).expect(201);
        long otherPlanned = plan.path("interviews").get(0).path("id").asLong();

        outsideScope("group member + 纪委监委: records another group's planned interview", mixed.post("/interview-records/records", Map.of(
                "plannedInterviewId", otherPlanned, "heldAt", "2026-11-10T09:30:00", "sections", List.of(Map.of("text", "x")), "leaderNotes", List.of())));
        outsideScope("group member + 纪委监委: plans interviews in another group", mixed.post("/interview-records/plans", Map.of("roundId", cityRound,
                "groupId", cityGroup2, "unitId", units.get("U-CITY2"), "title", "x",
                "interviews", List.of(interview(person2, persons.get("P-C1"), persons.get("P-C2"))))));
        outsideScope("group member + 纪委监委: a lead in another group", mixed.post("/lead-transfer/leads", Map.of("roundId", cityRound,
                "groupId", cityGroup2, "unitId", units.get("U-CITY2"), "personName", "某", "personPost", "处长", "category", "CADRES",
                "source", "INTERVIEW", "personId", person2)));
        outside("group member + 纪委监委: a lead of its group at another group's unit", mixed.post("/lead-transfer/leads", Map.of("roundId", cityRound,
                "groupId", cityGroup1, "unitId", units.get("U-CITY2"), "personName", "某", "personPost", "处长", "category", "CADRES",
                "source", "INTERVIEW", "personId", person2)));
        assertThat(otherLeader.get("/interview-records/records?groupId=" + cityGroup2).expect(200).path("total").asInt())
                .as("the other group's plan has no record").isZero();
        assertThat(city.get("/lead-transfer/leads?size=100").expect(200).toString()).doesNotContain("\"personId\":" + person2);
        // inside: the same account records a lead in its own group
        mixed.post("/lead-transfer/leads", Map.of("roundId", cityRound, "groupId", cityGroup1, "unitId", units.get("U-CITY"), "personName", "某",
                "personPost", "局长", "category", "CADRES", "source", "INTERVIEW", "personId", persons.get("P-CITY"))).expect(201);
    }

    @Test
    @Order(20)
    void theMatrixHasNoAccessOutsideTheScope() {
        StringBuilder table = new StringBuilder("scope matrix (attempt outside the scope → status):\n");
        matrix.forEach((k, v) -> table.append(String.format("  %-60s %d%n", k, v)));
        System.out.println(table);
        assertThat(matrix).hasSizeGreaterThan(30);
        assertThat(matrix.values()).as(table.toString()).allMatch(s -> s >= 400 && s < 500);
    }
}
