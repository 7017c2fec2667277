package org.xuncha.leadtransfer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.leadtransfer.internal.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRole;

class PlacementTest {

    static final LocalDate START = LocalDate.of(2025, 3, 3);
    final InMemoryRounds rounds = new InMemoryRounds().term(1, Callers.CITY).term(2, Callers.COUNTY)
            .round(10, 1, 1, START, START.plusDays(35)).round(20, 2, 1, null, null)
            .group(11, 10, "第一巡察组", List.of(new GroupMember(30, GroupRole.MEMBER)), Set.of(100L, 101L))
            .group(12, 10, "第二巡察组", List.of(), Set.of(200L))
            .group(21, 20, "县第一巡察组", List.of(), Set.of(300L));

    @Test
    void aPlacementIsARoundItsGroupAndOneOfTheGroupsTargets() {
        Placement p = Placement.resolve(rounds, Callers.city(Roles.OFFICE_STAFF), 10, 11, 101, LocalDate.of(2025, 4, 1));
        assertThat(p).isEqualTo(new Placement(Callers.CITY, 1, 10, 11, 101, START));
        Placement county = Placement.resolve(rounds, Callers.city(Roles.OFFICE_STAFF), 20, 21, 300, LocalDate.of(2025, 4, 1));
        assertThat(county.roundStart()).as("a round without dates is ordered by the day the record was made").isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void aGroupOfAnotherRoundOrAUnitNotTargetedIsRefused() {
        assertThat(refusal(() -> Placement.resolve(rounds, Callers.city(Roles.OFFICE_STAFF), 10, 21, 300, START)).fields())
                .extracting(FieldError::field).containsExactly("groupId");
        assertThat(refusal(() -> Placement.resolve(rounds, Callers.city(Roles.OFFICE_STAFF), 10, 11, 200, START)).fields())
                .extracting(FieldError::field).containsExactly("unitId");
        assertThat(refusal(() -> Placement.resolve(rounds, Callers.city(Roles.OFFICE_STAFF), 99, 11, 100, START)).fields())
                .extracting(FieldError::field).containsExactly("roundId");
    }

    @Test
    void callersWorkOnlyInTheirScope() {
        assertThat(refusal(() -> Placement.resolve(rounds, Callers.county(Roles.OFFICE_STAFF), 10, 11, 100, START)).status()).isEqualTo(403);
        var member = Callers.groupMember(Roles.GROUP_MEMBER, Set.of(10L), Set.of(11L), Set.of(100L, 101L));
        assertThat(Placement.resolve(rounds, member, 10, 11, 100, START).groupId()).isEqualTo(11);
        assertThat(refusal(() -> Placement.resolve(rounds, member, 10, 12, 200, START)).status()).isEqualTo(403);
    }
}
