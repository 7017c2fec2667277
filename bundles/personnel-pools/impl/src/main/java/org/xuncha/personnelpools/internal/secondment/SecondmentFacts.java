package org.xuncha.personnelpools.internal.secondment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.api.EntryStatus;
import org.xuncha.personnelpools.internal.Store;
import org.xuncha.personnelpools.internal.pool.EntryEntity;
import org.xuncha.personnelpools.internal.profile.ProfileFacts;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Avoidance;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundRef;
import org.xuncha.roundplanning.api.Target;

/**
 * Gathers what the 回避 and clash rules read: the round and its targets from round planning, the
 * persons from reference data, their profiles, pools and secondments from this module, their
 * places in groups from round planning. In bulk, so that checking a group of 8 against a round of
 * 20 targets, or ranking a whole pool, costs a handful of queries.
 */
@Component(service = SecondmentFacts.class)
public class SecondmentFacts {

    /** The round and group looked up and scope-checked, with the facts of the round. */
    record Context(RoundRef round, GroupRef group, Facts.RoundFacts facts) {
    }

    private final ModuleStore store;
    private final Rounds rounds;
    private final ReferenceDataService reference;
    private final ProfileFacts profiles;
    private final SecondmentRecords secondments;

    @Activate
    public SecondmentFacts(@Reference Store store, @Reference Rounds rounds, @Reference ReferenceDataService reference,
                           @Reference ProfileFacts profiles, @Reference SecondmentRecords secondments) {
        this.store = store.db();
        this.rounds = rounds;
        this.reference = reference;
        this.profiles = profiles;
        this.secondments = secondments;
    }

    /**
     * The round, and the group when given: 404 naming {@code roundId} for an unknown round, 400 on
     * {@code groupId} for a group not of that round, 403 for a round outside the caller's divisions.
     * The targets are the group's, or the whole round's when no group is given.
     */
    Context context(Caller caller, long roundId, Long groupId) {
        RoundRef round = rounds.directory(d -> d.round(roundId)).orElseThrow(() -> new ApiException(404, "not_found",
                "巡察轮次不存在：" + roundId, "No such round: " + roundId,
                List.of(new FieldError("roundId", "not_found", "巡察轮次不存在：" + roundId, "No such round: " + roundId))));
        if (!caller.scope().coversDivision(round.divisionCode()) || !caller.scope().coversRound(roundId)) {
            throw ApiException.outOfScope();
        }
        GroupRef group = null;
        Set<Long> targetIds;
        if (groupId != null) {
            group = rounds.directory(d -> d.group(groupId)).filter(g -> g.roundId() == roundId).orElseThrow(() -> ApiException.validation(List.of(
                    new FieldError("groupId", "not_found", "本轮巡察没有该巡察组：" + groupId, "No such group in this round: " + groupId))));
            targetIds = group.targetUnitIds();
        } else {
            targetIds = new HashSet<>();
            for (Target t : rounds.planning(p -> p.round(caller, roundId)).targets()) {
                targetIds.add(t.unitId());
            }
            rounds.directory(d -> d.groupsOfRound(roundId)).forEach(g -> targetIds.addAll(g.targetUnitIds()));
        }
        return new Context(round, group, roundFacts(round, groupId, targetIds));
    }

    /** The round's facts with these targets (a group's, a whole round's, or those a group change adds). */
    Facts.RoundFacts roundFacts(RoundRef round, Long groupId, Collection<Long> targetIds) {
        // targets are read as the platform (a city round may inspect units the caller's own lists leave out)
        Map<Long, Unit> units = reference.units(Caller.system("personnel-pools"), targetIds);
        Map<Long, Facts.TargetUnit> targets = new LinkedHashMap<>();
        targetIds.stream().sorted().forEach(id -> {
            Unit u = units.get(id);
            targets.put(id, new Facts.TargetUnit(id, u == null ? null : u.name(), u == null ? null : u.divisionCode()));
        });
        return new Facts.RoundFacts(round.id(), round.name(), round.type(), round.divisionCode(), round.fieldStart(),
                round.fieldEnd(), groupId, targets);
    }

    /** The round as round planning has it, if it exists. */
    java.util.Optional<RoundRef> round(long roundId) {
        return rounds.directory(d -> d.round(roundId));
    }

    /**
     * The facts of each person that exists; unknown ids are left out. {@code declared} are round
     * planning's avoidance declarations of these persons.
     */
    Map<Long, Facts.PersonFacts> persons(Caller caller, RoundRef round, Collection<Long> personIds, List<Avoidance> declared) {
        Map<Long, Person> persons = reference.persons(caller, personIds);
        Map<Long, ProfileFacts.Facts> facts = profiles.of(persons.keySet());
        Set<Long> relativeIds = new HashSet<>();
        facts.values().forEach(f -> f.relatives().forEach(r -> {
            if (r.personId() != null) {
                relativeIds.add(r.personId());
            }
        }));
        Map<Long, Person> relatives = reference.persons(Caller.system("personnel-pools"), relativeIds);
        Map<Long, List<Facts.Placement>> placements = placements(round, persons.keySet());
        Set<Long> inPool = inPool(caller, persons.keySet());
        Map<Long, Unit> homes = reference.units(Caller.system("personnel-pools"),
                persons.values().stream().map(Person::unitId).filter(Objects::nonNull).distinct().toList());
        Map<Long, Facts.PersonFacts> out = new LinkedHashMap<>();
        for (Person p : persons.values()) {
            Map<Long, Person> own = new HashMap<>();
            facts.get(p.id()).relatives().stream().map(r -> r.personId()).filter(Objects::nonNull).filter(relatives::containsKey)
                    .forEach(id -> own.put(id, relatives.get(id)));
            Unit home = p.unitId() == null ? null : homes.get(p.unitId());
            out.put(p.id(), new Facts.PersonFacts(p.id(), p.name(), p.unitId(), home != null ? home.divisionCode() : p.divisionCode(),
                    facts.get(p.id()), own, declared.stream().filter(a -> Objects.equals(a.personId(), p.id())).toList(),
                    placements.getOrDefault(p.id(), List.of()), inPool.contains(p.id())));
        }
        return out;
    }

    /** The person a request names: 404 on {@code personId} if unknown, 403 if outside the caller's divisions. */
    void requirePerson(Caller caller, long personId) {
        if (reference.person(caller, personId).isEmpty()) {
            throw new ApiException(404, "not_found", "人员不存在：" + personId, "No such person: " + personId,
                    List.of(new FieldError("personId", "not_found", "人员不存在：" + personId, "No such person: " + personId)));
        }
    }

    /** Round planning's avoidance declarations: of one person, or every one in the caller's scope. */
    List<Avoidance> declared(Caller caller, Long personId) {
        return rounds.planning(p -> p.avoidances(caller, personId));
    }

    /** Seats in round planning's groups (rounds of the same term) and secondments recorded here, by person. */
    private Map<Long, List<Facts.Placement>> placements(RoundRef round, Set<Long> personIds) {
        Map<Long, List<Facts.Placement>> out = new HashMap<>();
        Map<Long, RoundRef> known = new HashMap<>();
        for (RoundRef r : rounds.directory(d -> d.roundsOfTerm(round.termId()))) {
            known.put(r.id(), r);
            for (GroupRef g : rounds.directory(d -> d.groupsOfRound(r.id()))) {
                g.members().stream().filter(m -> personIds.contains(m.personId())).forEach(m -> out.computeIfAbsent(m.personId(), k -> new ArrayList<>())
                        .add(new Facts.Placement(r.id(), r.name(), g.id(), g.name(), r.fieldStart(), r.fieldEnd())));
            }
        }
        for (SecondmentEntity s : secondments.of(personIds)) {
            List<Facts.Placement> seats = out.computeIfAbsent(s.personId, k -> new ArrayList<>());
            boolean listed = seats.stream().anyMatch(p -> p.roundId() == s.roundId && (s.groupId == null || Objects.equals(p.groupId(), s.groupId)));
            if (!listed) {
                RoundRef r = known.computeIfAbsent(s.roundId, id -> rounds.directory(d -> d.round(id)).orElse(null));
                seats.add(new Facts.Placement(s.roundId, r == null ? "轮次" + s.roundId : r.name(), s.groupId, null, s.fieldStart, s.fieldEnd));
            }
        }
        return out;
    }

    /** Persons in a pool (in, or exit pending) of the caller's divisions. */
    private Set<Long> inPool(Caller caller, Set<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        Where w = Where.scoped(caller, "e.divisionCode", null).in("e.personId", "persons", personIds)
                .in("e.status", "inPool", List.of(EntryStatus.ACTIVE, EntryStatus.PENDING_EXIT));
        return new HashSet<>(store.read(em -> w.bind(em.createQuery("select distinct e.personId from EntryEntity e" + w.sql(), Long.class))
                .getResultList()));
    }
}
