package org.xuncha.personnelpools.internal.secondment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.xuncha.personnelpools.internal.profile.ProfileFacts;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.roundplanning.api.Avoidance;
import org.xuncha.roundplanning.api.RoundType;

/** What the 回避 and clash rules read, gathered by the service from round planning, reference data and this module. */
final class Facts {

    private Facts() {
    }

    /** A target unit: its name for the findings, its division for 地域回避. */
    record TargetUnit(long id, String name, String divisionCode) {
    }

    /**
     * The round (and group) a person is checked against.
     *
     * @param groupId null when checked against the whole round
     * @param targets the units checked against, by id
     */
    record RoundFacts(long roundId, String roundName, RoundType type, String divisionCode, LocalDate start, LocalDate end,
                      Long groupId, Map<Long, TargetUnit> targets) {
    }

    /** A place the person already has: a group of round planning, or a secondment recorded here. */
    record Placement(long roundId, String roundName, Long groupId, String groupName, LocalDate start, LocalDate end) {
    }

    /**
     * A person as the rules see them.
     *
     * @param homeUnitId   their unit in reference data
     * @param homeDivision its division
     * @param relatives    the declared relatives who are in reference data, by person id
     * @param declared     round planning's avoidance declarations of the person
     * @param placements   groups and secondments they have, in any round
     * @param inPool       whether they are in a pool of the caller's scope
     */
    record PersonFacts(long personId, String name, Long homeUnitId, String homeDivision, ProfileFacts.Facts profile,
                       Map<Long, Person> relatives, List<Avoidance> declared, List<Placement> placements, boolean inPool) {
    }
}
