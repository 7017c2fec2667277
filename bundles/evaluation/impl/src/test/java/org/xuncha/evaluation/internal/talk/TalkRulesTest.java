package org.xuncha.evaluation.internal.talk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xuncha.evaluation.internal.talk.TalkRules.Place;

class TalkRulesTest {

    private static Place p(Long leader, double total) {
        return new Place(leader, total);
    }

    @Test
    void bottomNCountsOnlyGroupsStrictlyBelow() {
        List<Place> r = List.of(p(1L, 90), p(2L, 80), p(3L, 70), p(4L, 70));
        assertThat(TalkRules.inBottom(r, r.get(2), 2)).isTrue();
        assertThat(TalkRules.inBottom(r, r.get(3), 2)).isTrue();
        assertThat(TalkRules.inBottom(r, r.get(1), 2)).isFalse();
        List<Place> tiedAtEdge = List.of(p(1L, 90), p(2L, 70), p(3L, 70));
        assertThat(TalkRules.inBottom(tiedAtEdge, tiedAtEdge.get(1), 1)).isTrue();
        assertThat(TalkRules.inBottom(tiedAtEdge, tiedAtEdge.get(2), 1)).isTrue();
    }

    @Test
    void aLeaderInTheBottomForMConsecutiveRoundsIsFlagged() {
        List<List<Place>> rounds = List.of(
                List.of(p(1L, 90), p(2L, 60), p(3L, 80)),
                List.of(p(1L, 91), p(2L, 70), p(3L, 65)),
                List.of(p(1L, 88), p(2L, 60), p(3L, 89)));
        assertThat(TalkRules.flagged(rounds, 1, 2)).isEmpty();
        assertThat(TalkRules.flagged(rounds, 2, 3)).containsExactly(2L);
        assertThat(TalkRules.flagged(rounds.subList(0, 2), 2, 2)).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void fewerRoundsThanMFlagNoOne() {
        List<List<Place>> rounds = List.of(List.of(p(1L, 90), p(2L, 10)));
        assertThat(TalkRules.flagged(rounds, 1, 2)).isEmpty();
        assertThat(TalkRules.flagged(rounds, 1, 1)).containsExactly(2L);
    }

    @Test
    void aRoundWithoutTheLeaderBreaksTheRun() {
        List<List<Place>> rounds = List.of(
                List.of(p(1L, 90), p(2L, 10)),
                List.of(p(1L, 90), p(3L, 10)),
                List.of(p(1L, 90), p(2L, 10)));
        assertThat(TalkRules.flagged(rounds, 1, 3)).isEmpty();
        assertThat(TalkRules.flagged(rounds, 1, 1)).containsExactly(2L);
    }

    @Test
    void onlyTheLastMRoundsCount() {
        List<List<Place>> rounds = List.of(
                List.of(p(1L, 10), p(2L, 90)),
                List.of(p(1L, 90), p(2L, 10)),
                List.of(p(1L, 90), p(2L, 10)));
        assertThat(TalkRules.flagged(rounds, 1, 2)).containsExactly(2L);
    }

    @Test
    void groupsWithoutALeaderAndNonsenseLimitsFlagNoOne() {
        List<List<Place>> rounds = List.of(List.of(p(1L, 90), p(null, 10)));
        assertThat(TalkRules.flagged(rounds, 1, 1)).isEmpty();
        assertThat(TalkRules.flagged(rounds, 0, 1)).isEmpty();
        assertThat(TalkRules.flagged(rounds, 1, 0)).isEmpty();
    }

    @Test
    void aLeaderOfTwoGroupsInTheBottomIsFlaggedOnce() {
        List<List<Place>> rounds = List.of(List.of(p(1L, 90), p(2L, 10), p(2L, 20)));
        assertThat(TalkRules.flagged(rounds, 2, 1)).containsExactly(2L);
    }
}
