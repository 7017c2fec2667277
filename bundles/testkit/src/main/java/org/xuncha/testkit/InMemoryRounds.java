package org.xuncha.testkit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundDirectory;
import org.xuncha.roundplanning.api.RoundRef;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.TermRef;

/**
 * Round planning's directory held in memory, for unit tests of the modules that use it: terms,
 * rounds and groups a test adds. Lists come in the order round planning gives them (rounds by
 * number, groups by name). Not final: a test may override a method to play round planning failing
 * or going away in the middle of a call.
 */
public class InMemoryRounds implements RoundDirectory {

    private final Map<Long, TermRef> terms = new LinkedHashMap<>();
    private final Map<Long, RoundRef> rounds = new LinkedHashMap<>();
    private final Map<Long, GroupRef> groups = new LinkedHashMap<>();

    /** A term of the division, 2021-09-01 to 2026-08-31, named after its id. */
    public InMemoryRounds term(long id, String division) {
        return add(new TermRef(id, "第" + id + "届", division, LocalDate.of(2021, 9, 1), LocalDate.of(2026, 8, 31)));
    }

    /** A regular round of the term (and its division) in fieldwork, named after its number; dates may be null. */
    public InMemoryRounds round(long id, long termId, int number, LocalDate fieldStart, LocalDate fieldEnd) {
        return add(new RoundRef(id, termId, number, "第" + number + "轮巡察", RoundType.REGULAR, Stage.FIELDWORK,
                terms.get(termId).divisionCode(), fieldStart, fieldEnd, null));
    }

    public InMemoryRounds group(long id, long roundId, String name, List<GroupMember> members, Set<Long> targetUnitIds) {
        return add(new GroupRef(id, roundId, name, members, targetUnitIds));
    }

    public InMemoryRounds add(TermRef term) {
        terms.put(term.id(), term);
        return this;
    }

    public InMemoryRounds add(RoundRef round) {
        rounds.put(round.id(), round);
        return this;
    }

    public InMemoryRounds add(GroupRef group) {
        groups.put(group.id(), group);
        return this;
    }

    @Override
    public Optional<TermRef> term(long termId) {
        return Optional.ofNullable(terms.get(termId));
    }

    @Override
    public Optional<RoundRef> round(long roundId) {
        return Optional.ofNullable(rounds.get(roundId));
    }

    @Override
    public List<RoundRef> roundsOfTerm(long termId) {
        return rounds.values().stream().filter(r -> r.termId() == termId).sorted(Comparator.comparingInt(RoundRef::number)).toList();
    }

    @Override
    public List<RoundRef> roundsInStage(Stage stage) {
        return rounds.values().stream().filter(r -> r.stage() == stage).sorted(Comparator.comparingLong(RoundRef::id)).toList();
    }

    @Override
    public Optional<GroupRef> group(long groupId) {
        return Optional.ofNullable(groups.get(groupId));
    }

    @Override
    public List<GroupRef> groupsOfRound(long roundId) {
        return groups.values().stream().filter(g -> g.roundId() == roundId).sorted(Comparator.comparing(GroupRef::name)).toList();
    }

    @Override
    public Optional<GroupRef> groupForTarget(long roundId, long unitId) {
        return groups.values().stream().filter(g -> g.roundId() == roundId && g.targetUnitIds().contains(unitId)).findFirst();
    }
}
