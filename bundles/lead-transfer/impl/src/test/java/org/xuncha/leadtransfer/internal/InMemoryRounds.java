package org.xuncha.leadtransfer.internal;

import java.time.LocalDate;
import java.util.ArrayList;
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

/** A round directory held in memory, standing in for round planning in unit tests. */
public class InMemoryRounds implements RoundDirectory {

    private final Map<Long, TermRef> terms = new LinkedHashMap<>();
    private final Map<Long, RoundRef> rounds = new LinkedHashMap<>();
    private final Map<Long, GroupRef> groups = new LinkedHashMap<>();

    public InMemoryRounds term(long id, String division) {
        terms.put(id, new TermRef(id, "第" + id + "届", division, LocalDate.of(2021, 9, 1), LocalDate.of(2026, 8, 31)));
        return this;
    }

    public InMemoryRounds round(long id, long termId, int number, LocalDate start, LocalDate end) {
        rounds.put(id, new RoundRef(id, termId, number, "第" + number + "轮巡察", RoundType.REGULAR, Stage.FIELDWORK,
                terms.get(termId).divisionCode(), start, end, null));
        return this;
    }

    public InMemoryRounds group(long id, long roundId, String name, List<GroupMember> members, Set<Long> units) {
        groups.put(id, new GroupRef(id, roundId, name, members, units));
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
    public Optional<GroupRef> group(long groupId) {
        return Optional.ofNullable(groups.get(groupId));
    }

    @Override
    public List<GroupRef> groupsOfRound(long roundId) {
        return new ArrayList<>(groups.values().stream().filter(g -> g.roundId() == roundId).sorted(Comparator.comparing(GroupRef::name)).toList());
    }

    @Override
    public Optional<GroupRef> groupForTarget(long roundId, long unitId) {
        return groups.values().stream().filter(g -> g.roundId() == roundId && g.targetUnitIds().contains(unitId)).findFirst();
    }
}
