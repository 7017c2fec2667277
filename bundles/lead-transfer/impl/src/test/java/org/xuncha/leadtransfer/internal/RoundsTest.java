package org.xuncha.leadtransfer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.RoundRef;
import org.xuncha.testkit.InMemoryRounds;
import org.xuncha.testkit.Refusals;
import org.xuncha.testkit.TestCallers;

/** Where records belong, as round planning says; and what happens while round planning is away. */
class RoundsTest {

    static final LocalDate START = LocalDate.of(2025, 3, 3);
    final InMemoryRounds directory = new InMemoryRounds().term(1, TestCallers.CITY).term(2, TestCallers.COUNTY)
            .round(10, 1, 1, START, START.plusDays(35)).round(20, 2, 1, null, null)
            .group(11, 10, "第一巡察组", List.of(new GroupMember(30, GroupRole.MEMBER)), Set.of(100L, 101L))
            .group(12, 10, "第二巡察组", List.of(), Set.of(200L))
            .group(21, 20, "县第一巡察组", List.of(), Set.of(300L));
    final Rounds rounds = Rounds.of(directory);

    @Test
    void aPlacementIsARoundItsGroupAndOneOfTheGroupsTargets() {
        Placement p = rounds.place(TestCallers.city(Roles.OFFICE_STAFF), 10L, 11L, 101L, LocalDate.of(2025, 4, 1));
        assertThat(p).isEqualTo(new Placement(TestCallers.CITY, 1, 10, 11, 101, START));
        Placement county = rounds.place(TestCallers.city(Roles.OFFICE_STAFF), 20L, 21L, 300L, LocalDate.of(2025, 4, 1));
        assertThat(county.roundStart()).as("a round without dates is ordered by the day the record was made").isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void aMissingRoundGroupOrUnitIsRefusedOnItsField() {
        assertThat(Refusals.fields(() -> rounds.place(TestCallers.city(Roles.OFFICE_STAFF), null, null, null, START)))
                .containsExactly("roundId", "groupId", "unitId");
        ApiException unknownGroup = refusal(() -> rounds.place(TestCallers.city(Roles.OFFICE_STAFF), 10L, 99L, 100L, START));
        assertThat(unknownGroup.fields()).extracting(FieldError::field, FieldError::code).containsExactly(org.assertj.core.groups.Tuple.tuple("groupId", "not_found"));
        assertThat(refusal(() -> rounds.place(TestCallers.city(Roles.OFFICE_STAFF), 99L, 11L, 100L, START)).fields())
                .extracting(FieldError::field, FieldError::code).containsExactly(org.assertj.core.groups.Tuple.tuple("roundId", "not_found"));
    }

    @Test
    void aGroupOfAnotherRoundOrAUnitNotTargetedIsRefused() {
        assertThat(refusal(() -> rounds.place(TestCallers.city(Roles.OFFICE_STAFF), 10L, 21L, 300L, START)).fields())
                .extracting(FieldError::field).containsExactly("groupId");
        assertThat(refusal(() -> rounds.place(TestCallers.city(Roles.OFFICE_STAFF), 10L, 11L, 200L, START)).fields())
                .extracting(FieldError::field).containsExactly("unitId");
        assertThat(refusal(() -> rounds.groupOf(10, "groupId", 21)).fields()).extracting(FieldError::field).containsExactly("groupId");
        assertThat(refusal(() -> rounds.groupForTarget(10, 300)).fields()).extracting(FieldError::field).containsExactly("unitId");
    }

    @Test
    void callersWorkOnlyInTheirScopeAndAreToldWhichFieldIsOutside() {
        ApiException county = refusal(() -> rounds.place(TestCallers.county(Roles.OFFICE_STAFF), 10L, 11L, 100L, START));
        assertThat(county.status()).isEqualTo(403);
        assertThat(county.code()).isEqualTo("out_of_scope");
        assertThat(county.fields()).extracting(FieldError::field).containsExactly("roundId");
        var member = TestCallers.groupMember(Roles.GROUP_MEMBER, Set.of(10L), Set.of(11L), Set.of(100L, 101L));
        assertThat(rounds.place(member, 10L, 11L, 100L, START).groupId()).isEqualTo(11);
        ApiException otherGroup = refusal(() -> rounds.place(member, 10L, 12L, 200L, START));
        assertThat(otherGroup.status()).isEqualTo(403);
        assertThat(otherGroup.fields()).extracting(FieldError::field).containsExactly("groupId");
        assertThat(refusal(() -> rounds.term(TestCallers.county(Roles.OFFICE_STAFF), "termId", 1)).fields())
                .extracting(FieldError::field).containsExactly("termId");
    }

    @Test
    void filesNameRoundsAndGroupsAsRoundPlanningDoesAndWaitWhileItIsAway() {
        Rounds.Names names = rounds.names(List.of(10L, 10L, 99L), List.of(11L, 98L));
        assertThat(names.round(10)).isEqualTo(directory.round(10).orElseThrow().name()).doesNotStartWith("#");
        assertThat(names.group(11)).isEqualTo("第一巡察组");
        assertThat(names.round(99)).as("unknown to round planning").isEqualTo("#99");
        assertThat(names.group(98)).isEqualTo("#98");
        assertThat(refusal(() -> Rounds.of(null).names(List.of(10L), List.of())).status()).isEqualTo(503);
    }

    @Test
    void withoutRoundPlanningRoundWorkAnswers503InBothLanguages() {
        Rounds away = Rounds.of(null);
        ApiException e = refusal(() -> away.place(TestCallers.city(Roles.OFFICE_STAFF), 10L, 11L, 100L, START));
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.code()).isEqualTo("round_planning_unavailable");
        assertThat(e.messageZh()).contains("巡察规划");
        assertThat(e.messageEn()).contains("round planning");
        assertThat(refusal(away::requireAvailable).status()).isEqualTo(503);
        assertThat(refusal(() -> away.round(TestCallers.city(Roles.OFFICE_STAFF), 10)).status()).isEqualTo(503);
    }

    @Test
    void roundPlanningGoingAwayInTheMiddleOfACallIs503Too() {
        Rounds rounds = new Rounds();
        InMemoryRounds leaving = new InMemoryRounds() {
            @Override
            public Optional<RoundRef> round(long roundId) {
                rounds.directory = null;   // as SCR does while the call runs
                throw new IllegalStateException("EntityManagerFactory is closed");
            }
        };
        rounds.directory = leaving;
        assertThat(refusal(() -> rounds.round(TestCallers.city(Roles.OFFICE_STAFF), 10)).code()).isEqualTo("round_planning_unavailable");
        // a failure of round planning while it stays is not hidden
        InMemoryRounds broken = new InMemoryRounds() {
            @Override
            public Optional<RoundRef> round(long roundId) {
                throw new IllegalStateException("bug");
            }
        };
        rounds.directory = broken;
        assertThatThrownBy(() -> rounds.round(TestCallers.city(Roles.OFFICE_STAFF), 10)).isInstanceOf(IllegalStateException.class);
    }
}
