package org.xuncha.roundplanning.internal.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.scopeFieldCodes;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.roundplanning.api.Priority;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.internal.Testbed;
import org.xuncha.testkit.TestCallers;

class PriorityServiceTest {

    private final Testbed t = new Testbed();
    private final PriorityService priorities = t.priorities;

    @AfterEach
    void close() {
        t.close();
    }

    private Priority priority(String division, String name, LocalDate date, Boolean active) {
        return new Priority(null, division, name, "市委十四届五次全会", date, null, active, null);
    }

    @Test
    void theLibraryListsNewestFirstAndCanLeaveOutRetiredEntries() {
        Priority old = priorities.create(t.office, priority(Testbed.CITY, "乡村振兴", LocalDate.of(2024, 3, 1), true));
        Priority recent = priorities.create(t.office, priority(Testbed.CITY, "黄河流域生态保护和高质量发展", LocalDate.of(2025, 3, 1), null));
        Priority county = priorities.create(t.office, priority(Testbed.COUNTY, "优化营商环境", LocalDate.of(2025, 1, 1), true));
        assertThat(recent.active()).as("active unless said otherwise").isTrue();
        priorities.update(t.office, old.id(), new Priority(null, Testbed.CITY, "乡村振兴", null, old.sourceDate(), null, false, old.version()));

        assertThat(priorities.priorities(t.office, Testbed.CITY, false)).extracting(Priority::id).containsExactly(recent.id(), old.id());
        assertThat(priorities.priorities(t.office, Testbed.CITY, true)).extracting(Priority::id).containsExactly(recent.id());
        assertThat(priorities.priorities(t.office, null, false)).hasSize(3);
        assertThat(priorities.priorities(t.countyOffice, null, false)).extracting(Priority::id).containsExactly(county.id());
    }

    @Test
    void inputIsCheckedAgainstTheColumnsAndTheDivisionMustBeKnownAndInScope() {
        assertThat(fieldCodes(() -> priorities.create(t.office, new Priority(null, "3".repeat(13), "名".repeat(201), "会".repeat(201),
                LocalDate.of(1000, 1, 1), "说".repeat(2001), true, null)))).containsExactlyInAnyOrder("name:too_long",
                "sourceMeeting:too_long", "description:too_long", "divisionCode:too_long", "sourceDate:out_of_range");
        assertThat(fieldCodes(() -> priorities.create(t.office, priority("379999", "中心工作", null, null))))
                .containsExactly("divisionCode:not_found");
        assertThat(scopeFieldCodes(() -> priorities.create(t.countyOffice, priority(Testbed.CITY, "中心工作", null, null))))
                .containsExactly("divisionCode:out_of_scope");
        Priority p = priorities.create(t.office, priority(Testbed.CITY, "中心工作", null, null));
        assertThat(refusal(() -> priorities.update(t.countyOffice, p.id(), priority(Testbed.CITY, "改", null, null))).status()).isEqualTo(403);
        assertThat(refusal(() -> priorities.update(t.office, 424242, priority(Testbed.CITY, "改", null, null))).status()).isEqualTo(404);
    }

    @Test
    void readingNeedsThePermission() {
        assertThat(refusal(() -> priorities.priorities(TestCallers.office("x", Testbed.CITY, Set.of(Testbed.CITY), null,
                RoundPlanningPermissions.ROUND_READ), null, false)).status()).isEqualTo(403);
    }

    @Test
    void tagsMustComeFromTheLibraryOfTheRoundsDivision() {
        Priority city = priorities.create(t.office, priority(Testbed.CITY, "乡村振兴", null, null));
        Priority county = priorities.create(t.office, priority(Testbed.COUNTY, "优化营商环境", null, null));
        Set<Long> checked = t.db.read(em -> {
            Checks checks = new Checks();
            java.util.ArrayList<Long> ids = new java.util.ArrayList<>(List.of(city.id(), city.id()));
            ids.add(null);
            Set<Long> ok = PriorityService.checkIds(em, checks, "priorityIds", ids, Testbed.CITY);
            assertThat(checks.valid()).isTrue();
            PriorityService.checkIds(em, checks, "priorityIds", List.of(county.id(), -1L), Testbed.CITY);
            assertThat(checks.errors()).extracting(e -> e.field() + ":" + e.code()).containsExactly("priorityIds:not_found",
                    "priorityIds:not_found");
            return ok;
        });
        assertThat(checked).containsExactly(city.id());
    }
}
