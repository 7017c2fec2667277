package org.xuncha.platform.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.reference.Division;
import org.xuncha.platform.api.reference.DivisionLevel;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.Checks;

/** The rules of divisions, units and persons that need no database: lengths as the columns, codes, the tree. */
class ReferenceRulesTest {

    @Test
    void divisionsAreTheCityAndCountiesUnderIt() {
        assertThat(fields(DivisionRules.check(new Division("371500", "聊城市", null, DivisionLevel.CITY, null)))).isEmpty();
        assertThat(fields(DivisionRules.check(new Division("371502", "东昌府区", null, DivisionLevel.COUNTY, "371500")))).isEmpty();
        assertThat(fields(DivisionRules.check(new Division("1234567890123", "x", null, DivisionLevel.CITY, null)))).containsExactly("code invalid");
        assertThat(fields(DivisionRules.check(new Division("371500", "聊城市", null, DivisionLevel.CITY, "370000"))))
                .containsExactly("parentCode invalid");
        assertThat(fields(DivisionRules.check(new Division("371502", "x", null, DivisionLevel.COUNTY, "371502"))))
                .containsExactly("parentCode invalid");
        assertThat(fields(DivisionRules.check(new Division("371502", "x", null, DivisionLevel.COUNTY, "3715 00"))))
                .containsExactly("parentCode invalid");
        assertThat(fields(DivisionRules.check(new Division(null, "名".repeat(100), "n".repeat(100), DivisionLevel.COUNTY, " "))))
                .containsExactly("code required", "parentCode required");
        assertThat(fields(DivisionRules.checkParent(new Checks(), "371500", null))).containsExactly("parentCode not_found");
        assertThat(fields(DivisionRules.checkParent(new Checks(), "371521",
                new Division("371521", "阳谷县", null, DivisionLevel.COUNTY, "371500")))).containsExactly("parentCode invalid");
        assertThat(fields(DivisionRules.checkParent(new Checks(), null, null))).isEmpty();
    }

    @Test
    void unitFieldsKeepToTheirColumnsAfterTrimming() {
        Unit longest = new Unit(null, "C".repeat(40), " " + "名".repeat(200) + " ", "371500123456", null, "领".repeat(50), "板".repeat(50),
                "系".repeat(50), true, null);
        assertThat(fields(UnitRules.check(longest))).isEmpty();
        Unit tooLong = new Unit(null, "C".repeat(41), "名".repeat(201), "3715001234567", null, "领".repeat(51), "板".repeat(51),
                "系".repeat(51), true, null);
        assertThat(fields(UnitRules.check(tooLong))).containsExactly("code invalid", "name too_long", "divisionCode invalid",
                "field too_long", "sector too_long", "system too_long");
        assertThat(fields(UnitRules.check(new Unit(null, " LC.JY_1-a ", "x", "371500", null, null, null, null, true, null)))).isEmpty();
        assertThat(fields(UnitRules.check(new Unit(null, "单位", "x", "371500", null, null, null, null, true, null)))).containsExactly("code invalid");
    }

    @Test
    void aNewParentClosesALoopOnlyWhenTheUnitIsAmongItsAncestors() {
        Map<Long, Long> parents = new HashMap<>(Map.of(2L, 1L, 3L, 2L));   // 3 -> 2 -> 1
        assertThat(UnitRules.closesLoop(1L, 3L, parents::get)).isTrue();
        assertThat(UnitRules.closesLoop(1L, 1L, parents::get)).isTrue();
        assertThat(UnitRules.closesLoop(3L, 1L, parents::get)).isFalse();
        assertThat(UnitRules.closesLoop(null, 3L, parents::get)).as("a new unit has no descendants").isFalse();
        assertThat(UnitRules.closesLoop(1L, null, parents::get)).isFalse();
        parents.put(5L, 6L);
        parents.put(6L, 5L);                                              // a loop already stored elsewhere
        assertThat(UnitRules.closesLoop(1L, 5L, parents::get)).as("ends, and is no loop through 1").isFalse();
        Map<Long, Long> deep = new HashMap<>();
        for (long i = 1; i < 1000; i++) {
            deep.put(i + 1, i);
        }
        assertThat(UnitRules.closesLoop(1L, 1000L, deep::get)).as("the walk stops at a depth no real tree has").isFalse();
        assertThat(UnitRules.closesLoop(990L, 1000L, deep::get)).isTrue();
    }

    @Test
    void personFieldsKeepToTheirColumns() {
        assertThat(fields(PersonRules.check(new Person(null, "名".repeat(50), 1L, "职".repeat(100), "级".repeat(30), null, null, true, null))))
                .isEmpty();
        assertThat(fields(PersonRules.check(new Person(null, "名".repeat(51), null, "职".repeat(101), "级".repeat(31), null, null, true, null))))
                .containsExactly("name too_long", "unitId required", "post too_long", "rank too_long");
    }

    static List<String> fields(Checks checks) {
        return checks.errors().stream().map(e -> e.field() + " " + e.code()).toList();
    }
}
