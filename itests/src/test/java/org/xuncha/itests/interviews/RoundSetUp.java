package org.xuncha.itests.interviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.xuncha.itests.support.Api;

/** A term, a round with two target units and one group for each, made by the office through round planning's REST API. */
final class RoundSetUp {

    private RoundSetUp() {
    }

    /** @return the round id and the id of the group inspecting {@code unit} */
    static long[] roundWithTwoGroups(Api office, String division, long unit, long otherUnit, List<Map<String, Object>> members,
                                     List<Map<String, Object>> otherMembers) {
        LocalDate today = LocalDate.now();
        long term = office.post("/round-planning/terms", Map.of("name", "中共聊城市第十四届委员会", "divisionCode", division,
                "startDate", today.minusYears(2).toString(), "endDate", today.plusYears(3).toString())).expect(201).path("id").asLong();
        long round = office.post("/round-planning/rounds", Map.of("termId", term, "number", 1, "name", "十四届市委第一轮巡察", "type", "REGULAR",
                "plannedStart", today.minusDays(20).toString(), "plannedEnd", today.plusDays(20).toString())).expect(201).path("id").asLong();
        office.post("/round-planning/rounds/" + round + "/targets", Map.of("unitIds", List.of(unit, otherUnit))).expect(201);
        long group = office.post("/round-planning/rounds/" + round + "/groups", Map.of("name", "第一巡察组", "members", members,
                "targetUnitIds", List.of(unit))).expect(201).path("id").asLong();
        office.post("/round-planning/rounds/" + round + "/groups", Map.of("name", "第二巡察组", "members", otherMembers,
                "targetUnitIds", List.of(otherUnit))).expect(201);
        return new long[] {round, group};
    }
}
