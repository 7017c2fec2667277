package org.xuncha.personnelpools.internal.secondment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.internal.Settings;
import org.xuncha.personnelpools.internal.profile.ProfileFacts;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.MemberCheck;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * This module's 回避 checks, registered with round planning's member-check whiteboard: while the
 * module is installed, every change of a group's members is checked on the 回避 rules of a
 * secondment ({@link MemberCheckRules} says which, for whom); removed, the service goes with it.
 *
 * <p>The people this module keeps (in a pool, in or exit pending, of any office, or with a profile
 * here) are checked on every 回避 and clash rule; anyone else on what reference data shows of them
 * (own unit a target, own county in a cross inspection; see {@link MemberCheckRules}).
 *
 * <p>The facts are read as the platform: round planning has checked that the user may change the
 * group and its people, and a user who forms groups need not hold this module's permissions.
 */
@Component(service = MemberCheck.class)
public class GroupMemberCheck implements MemberCheck {

    private static final Caller SYSTEM = Caller.system("personnel-pools");

    private final SecondmentFacts facts;
    private final SecondmentRecords records;
    private final Settings settings;

    @Activate
    public GroupMemberCheck(@Reference SecondmentFacts facts, @Reference SecondmentRecords records, @Reference Settings settings) {
        this.facts = facts;
        this.records = records;
        this.settings = settings;
    }

    @Override
    public List<MemberCheck.Finding> check(Caller caller, Change change) {
        Map<Long, Set<Long>> targets = new LinkedHashMap<>();
        Set<Long> allTargets = new HashSet<>();
        for (GroupMember m : change.members()) {
            Set<Long> t = MemberCheckRules.targetsFor(change, m.personId());
            if (change.joins(m.personId()) || !t.isEmpty()) {
                targets.put(m.personId(), t);
                allTargets.addAll(t);
            }
        }
        Optional<RoundRef> round = targets.isEmpty() ? Optional.empty() : facts.round(change.roundId());
        if (round.isEmpty()) {
            return List.of(); // nothing new to check, or no such round: round planning answers that itself
        }
        Facts.RoundFacts whole = facts.roundFacts(round.get(), change.groupId(), allTargets);
        Map<Long, Facts.PersonFacts> people = facts.persons(SYSTEM, round.get(), targets.keySet(), List.of());
        Map<Long, List<ExceptionRow>> waived = new LinkedHashMap<>();
        records.of(targets.keySet()).stream().filter(s -> s.roundId == change.roundId())
                .forEach(s -> waived.computeIfAbsent(s.personId, k -> new ArrayList<>()).addAll(s.exceptions));
        List<MemberCheck.Finding> out = new ArrayList<>();
        targets.forEach((personId, units) -> {
            Facts.PersonFacts person = people.get(personId);
            if (person == null) {
                return; // unknown to reference data: round planning refuses it itself
            }
            boolean kept = person.inPool() || person.profile() != ProfileFacts.Facts.EMPTY;
            Map<Long, Facts.TargetUnit> own = new LinkedHashMap<>(whole.targets());
            own.keySet().retainAll(units);
            Facts.RoundFacts against = new Facts.RoundFacts(whole.roundId(), whole.roundName(), whole.type(), whole.divisionCode(),
                    whole.start(), whole.end(), whole.groupId(), own);
            out.addAll(MemberCheckRules.refusing(change, personId, kept, AvoidanceRules.check(against, person, settings.maxSecondmentsPerYear()),
                    waived.getOrDefault(personId, List.of())));
        });
        return out;
    }
}
