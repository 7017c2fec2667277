package org.xuncha.demo.internal.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.security.Roles;

/** The data set the bundle carries (seeds/ at the top of the repository), checked the way the loader checks it. */
class SeedDataTest {

    private static Seeds seeds;

    @BeforeAll
    static void load() {
        seeds = Seeds.fromClassLoader(SeedDataTest.class.getClassLoader());
    }

    @Test
    void theDataSetIsConsistent() {
        assertThat(SeedCheck.check(seeds)).isEmpty();
    }

    /** The report's own figures (聊城市委巡察办, 深化政治巡察 发挥利剑作用), against the totals the records give. */
    @Test
    void theRecordsAddUpToTheReportsFigures() {
        Map<String, Long> report = new LinkedHashMap<>();
        report.put("rounds_completed", 5L);                  // 本届市委已完成的5轮巡察
        report.put("problems_found", 1573L);                 // 累计发现问题1573个
        report.put("leads_transferred", 355L);               // 移交问题线索355条
        report.put("people_handled", 492L);                  // 推动处理处分492人
        report.put("judicial_transfers", 6L);                // 移送司法6人
        report.put("top_leader_leads", 80L);                 // 与“一把手”相关问题线索80条
        report.put("top_leader_person_times_handled", 77L);  // 党纪政务处分和组织处理77人次
        report.put("top_leaders_case_filed_round2", 2L);     // 第二轮巡察推动对2名市直单位“一把手”立案调查
        report.put("detentions_after_round1", 1L);           // 第一轮巡察结束后……采取留置措施
        report.put("self_surrenders_round2", 2L);            // 1名中学副校长和1名学校财务人员主动投案
        report.put("nonresident_deputies_since_2023", 37L);  // 授权37名……担任“不驻组的副组长”
        report.put("joint_operations", 3L);                  // 开展巡纪审联动3次
        report.put("joint_operation_problems", 510L);        // 发现问题510个
        report.put("joint_operation_leads", 76L);            // 线索76条
        report.put("rectification_rounds_assessed", 3L);     // 对第一、二、三轮巡察整改情况评估
        report.put("poor_rectification_cases_named", 4L);    // 整改不力的4起典型案例
        report.put("rectification_handovers", 21L);          // 21个“一把手”做好整改交接
        report.put("common_problems", 15L);                  // 共性问题15个
        report.put("thematic_reports", 41L);                 // 专题报告41份
        report.put("special_campaigns", 10L);                // 专项整治10项
        report.put("secretary_instructions", 7L);            // 7次对巡察整改提出要求
        assertThat(SeedFigures.compute(seeds)).containsAllEntriesOf(report);
    }

    @Test
    void figuresFileQuotesWhatTheRecordsGive() {
        assertThat(SeedFigures.mismatches(seeds)).isEmpty();
        assertThat(seeds.rows("figures.csv")).allSatisfy(f -> assertThat(f.get("quote")).isNotBlank());
    }

    @Test
    void liaochengAndItsCountyLevelDivisions() {
        Map<String, String> names = seeds.rows("reference/divisions.csv").stream()
                .collect(Collectors.toMap(d -> d.get("code"), d -> d.get("name_zh")));
        assertThat(names).containsEntry("371500", "聊城市").containsEntry("371502", "东昌府区").containsEntry("371503", "茌平区")
                .containsEntry("371581", "临清市").containsEntry("371521", "阳谷县").containsEntry("371522", "莘县")
                .containsEntry("371524", "东阿县").containsEntry("371525", "冠县").containsEntry("371526", "高唐县");
        assertThat(seeds.rows("reference/divisions.csv")).filteredOn(d -> d.get("name_zh").contains("开发区")).isNotEmpty();
    }

    @Test
    void aFewHundredUnitsByFieldSectorAndSystem() {
        var units = seeds.rows("reference/units.csv");
        assertThat(units).hasSizeBetween(200, 600);
        assertThat(units).filteredOn(u -> u.get("system").equals("教育系统") && u.get("field").equals("学校")).hasSizeGreaterThan(10);
        assertThat(units).filteredOn(u -> Table.bool(u, "yellow_river") && u.get("field").equals("乡镇（街道）")).hasSizeGreaterThan(5);
        assertThat(units).filteredOn(u -> u.get("field").equals("国有企业")).isNotEmpty();
        assertThat(units).filteredOn(u -> u.get("field").equals("医院")).isNotEmpty();
        assertThat(units.stream().map(u -> u.get("division_code")).distinct()).hasSize(seeds.table("reference/divisions.csv").size());
    }

    @Test
    void everyInspectedUnitHasOneTopLeader() {
        Map<String, Long> topLeaders = seeds.rows("reference/persons.csv").stream().filter(p -> p.get("leadership").equals("TOP_LEADER"))
                .collect(Collectors.groupingBy(p -> p.get("unit_code"), Collectors.counting()));
        seeds.rows("round-planning/group-targets.csv")
                .forEach(t -> assertThat(topLeaders.get(t.get("unit_code"))).as("top leader of " + t.get("unit_code")).isEqualTo(1L));
    }

    @Test
    void staffPoolsHoldEveryKindOfInspector() {
        Set<String> pools = seeds.rows("personnel-pools/staff-pools.csv").stream().map(p -> p.get("pool")).collect(Collectors.toSet());
        assertThat(pools).contains("LEADER", "DEPUTY", "LIAISON", "MEMBER", "NONRESIDENT_DEPUTY", "TRAINER");
        assertThat(seeds.rows("personnel-pools/staff-pools.csv")).filteredOn(p -> p.get("pool").equals("NONRESIDENT_DEPUTY")).hasSize(37);
    }

    /**
     * The pools' profiles: each history ends in the unit the person works in now and runs forward; and
     * round 5 (the check the demo shows) has a real 回避 hit of each kind on pool people who did not
     * serve in it: worked in a target, a declared relative in a target, a target's top leader a relative.
     */
    @Test
    void profilesAreConsistentAndGiveRound5ItsAvoidanceHits() {
        Map<String, Map<String, String>> persons = seeds.index("reference/persons.csv", "key");
        Map<String, List<Map<String, String>>> history = seeds.rows("personnel-pools/employment.csv").stream()
                .collect(Collectors.groupingBy(e -> e.get("person_key")));
        history.forEach((key, jobs) -> {
            assertThat(jobs).as(key + " now").filteredOn(j -> j.get("to_year").isEmpty()).singleElement()
                    .satisfies(j -> assertThat(j.get("unit_code")).isEqualTo(persons.get(key).get("unit_code")));
            for (int i = 0; i < jobs.size(); i++) {
                Map<String, String> j = jobs.get(i);
                assertThat(j.get("to_year").isEmpty() || Integer.parseInt(j.get("to_year")) >= Integer.parseInt(j.get("from_year"))).as(key).isTrue();
                if (i > 0) {
                    assertThat(jobs.get(i - 1).get("to_year")).as(key + " runs forward").isEqualTo(j.get("from_year"));
                }
            }
        });
        Set<String> r5Groups = seeds.rows("round-planning/groups.csv").stream().filter(g -> g.get("round_key").equals("R5"))
                .map(g -> g.get("key")).collect(Collectors.toSet());
        Set<String> r5Targets = seeds.rows("round-planning/group-targets.csv").stream().filter(t -> r5Groups.contains(t.get("group_key")))
                .map(t -> t.get("unit_code")).collect(Collectors.toSet());
        Set<String> r5People = seeds.rows("round-planning/group-members.csv").stream().filter(m -> r5Groups.contains(m.get("group_key")))
                .map(m -> m.get("person_key")).collect(Collectors.toSet());
        assertThat(seeds.rows("personnel-pools/employment.csv")).as("worked in a target of round 5")
                .anyMatch(e -> !e.get("to_year").isEmpty() && r5Targets.contains(e.get("unit_code")) && !r5People.contains(e.get("person_key")));
        List<Map<String, String>> relatives = seeds.rows("personnel-pools/relatives.csv").stream()
                .filter(r -> r5Targets.contains(r.get("unit_code")) && !r5People.contains(r.get("person_key"))).toList();
        assertThat(relatives).as("a relative in a target of round 5").anyMatch(r -> r.get("relative_key").isEmpty());
        assertThat(relatives).as("a target's top leader a relative")
                .anyMatch(r -> !r.get("relative_key").isEmpty() && persons.get(r.get("relative_key")).get("leadership").equals("TOP_LEADER"));
    }

    @Test
    void eachRoundsTrainingInvitesItsGroupsAndIsGivenByATrainerOfThePool() {
        Set<String> trainers = seeds.rows("personnel-pools/staff-pools.csv").stream().filter(p -> p.get("pool").equals("TRAINER"))
                .map(p -> p.get("person_key")).collect(Collectors.toSet());
        Set<String> persons = seeds.rows("reference/persons.csv").stream().map(p -> p.get("key")).collect(Collectors.toSet());
        Map<String, String> groupRound = seeds.rows("round-planning/groups.csv").stream()
                .collect(Collectors.toMap(g -> g.get("key"), g -> g.get("round_key")));
        Map<String, Set<String>> members = seeds.rows("round-planning/group-members.csv").stream()
                .collect(Collectors.groupingBy(m -> groupRound.get(m.get("group_key")), Collectors.mapping(m -> m.get("person_key"), Collectors.toSet())));
        List<Map<String, String>> trainings = seeds.rows("personnel-pools/trainings.csv");
        assertThat(trainings).extracting(t -> t.get("kind")).contains("ROUND", "WEEKLY_LECTURE", "CADRE_FORUM", "SPECIAL");
        for (Map<String, String> t : trainings) {
            assertThat(trainers).as(t.get("key") + " trainer").contains(t.get("trainer_key"));
            Set<String> invited = Set.of(t.get("invitees").split(";"));
            Set<String> attended = t.get("attended").isBlank() ? Set.of() : Set.of(t.get("attended").split(";"));
            assertThat(persons).as(t.get("key") + " invitees").containsAll(invited);
            assertThat(invited).as(t.get("key") + " attended").containsAll(attended);
            if (t.get("kind").equals("ROUND")) {
                assertThat(invited).as(t.get("key") + " invites the round's groups").isEqualTo(members.get(t.get("round_key")));
            }
        }
        assertThat(trainings).as("someone missed a round's training, so the check has names to list")
                .anyMatch(t -> t.get("kind").equals("ROUND") && !t.get("attended").split(";").equals(t.get("invitees").split(";"))
                        && t.get("attended").split(";").length < t.get("invitees").split(";").length);
    }

    @Test
    void demoAccountsCoverTheBusinessRolesAndNoAdministrator() {
        Set<String> roles = seeds.rows("accounts.csv").stream().flatMap(a -> Set.of(a.get("roles").split(";")).stream())
                .collect(Collectors.toSet());
        Set<String> business = Roles.BUILT_IN.stream().filter(r -> !r.administrator()).map(Roles.RoleDefinition::id).collect(Collectors.toSet());
        assertThat(roles).containsExactlyInAnyOrderElementsOf(business);
        assertThat(seeds.rows("accounts.csv")).filteredOn(a -> a.get("roles").equals(Roles.GROUP_LEADER))
                .allSatisfy(a -> assertThat(a.get("person_key")).isNotEmpty());
    }
}
