package org.xuncha.personnelpools.internal.secondment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.api.EntryStatus;
import org.xuncha.personnelpools.api.Finding;
import org.xuncha.personnelpools.api.PersonnelPoolsEvents;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.Secondment;
import org.xuncha.personnelpools.api.SecondmentCheck;
import org.xuncha.personnelpools.api.SecondmentService;
import org.xuncha.personnelpools.api.Suggestion;
import org.xuncha.personnelpools.internal.Settings;
import org.xuncha.personnelpools.internal.Store;
import org.xuncha.personnelpools.internal.pool.EntryEntity;
import org.xuncha.personnelpools.internal.profile.ProfileFacts;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/**
 * Secondment from the pools: the checks, the record with its audited exceptions, and suggestions.
 * The rules are {@link AvoidanceRules} and {@link SkillMatching}; the facts come from
 * {@link SecondmentFacts}.
 */
@Component(service = SecondmentService.class)
public class SecondmentServiceImpl implements SecondmentService {

    /** Pools suggested from when none is named: those whose people sit in a group. */
    static final List<PoolKind> GROUP_POOLS = List.of(PoolKind.LEADER, PoolKind.DEPUTY, PoolKind.LIAISON, PoolKind.MEMBER);

    private final ModuleStore store;
    private final SecondmentFacts facts;
    private final ProfileFacts profiles;
    private final SecondmentRecords records;
    private final Settings settings;

    @Activate
    public SecondmentServiceImpl(@Reference Store store, @Reference SecondmentFacts facts, @Reference ProfileFacts profiles,
                                 @Reference SecondmentRecords records, @Reference Settings settings) {
        this.store = store.db();
        this.facts = facts;
        this.profiles = profiles;
        this.records = records;
        this.settings = settings;
    }

    @Override
    public SecondmentCheck check(Caller caller, long roundId, Long groupId, long personId) {
        caller.require(PersonnelPoolsPermissions.READ);
        SecondmentFacts.Context ctx = facts.context(caller, roundId, groupId);
        return new SecondmentCheck(personId, roundId, groupId, List.copyOf(ctx.facts().targets().keySet()), findings(caller, ctx, personId));
    }

    @Override
    public Secondment second(Caller caller, Secondment.Draft draft) {
        caller.require(PersonnelPoolsPermissions.WRITE);
        List<String> waive = SecondmentRules.check(draft);
        if (!waive.isEmpty()) {
            caller.require(PersonnelPoolsPermissions.APPROVE);
        }
        SecondmentFacts.Context ctx = facts.context(caller, draft.roundId(), draft.groupId());
        List<Finding> found = findings(caller, ctx, draft.personId());
        List<Finding> waived = new ArrayList<>();
        List<Finding> blocking = new ArrayList<>();
        for (Finding f : found) {
            (f.waivable() && waive.contains(f.rule()) ? waived : blocking).add(f);
        }
        Set<String> foundRules = new HashSet<>();
        found.forEach(f -> foundRules.add(f.rule()));
        Checks unused = new Checks();
        waive.stream().filter(r -> !foundRules.contains(r)).forEach(r -> unused.add("waive", "invalid", "没有需要例外处理的情形：" + r,
                "Nothing to make an exception to: " + r));
        unused.throwIfInvalid();
        if (!blocking.isEmpty()) {
            throw new ApiException(409, "avoidance_required", "该人员须回避或存在冲突，不能抽调：" + blocking.get(0).ruleZh() + "（" + blocking.get(0).factZh() + "）",
                    "The person must not be seconded: " + blocking.get(0).ruleEn() + " (" + blocking.get(0).factEn() + ")",
                    blocking.stream().map(f -> new FieldError("personId", f.rule(), f.ruleZh() + "：" + f.factZh(), f.ruleEn() + ": " + f.factEn())).toList());
        }
        String personName = facts.persons(caller, ctx.round(), List.of(draft.personId()), List.of()).get(draft.personId()).name();
        Secondment saved = store.write(em -> {
            long already = em.createQuery("select count(s) from SecondmentEntity s where s.roundId = :r and s.personId = :p", Long.class)
                    .setParameter("r", draft.roundId()).setParameter("p", draft.personId()).getSingleResult();
            if (already > 0) {
                throw ApiException.conflict("already_seconded", personName + "已被抽调参加本轮巡察", personName + " is seconded to this round already");
            }
            SecondmentEntity e = new SecondmentEntity();
            e.roundId = draft.roundId();
            e.groupId = draft.groupId();
            e.personId = draft.personId();
            e.personName = personName;
            e.role = draft.role();
            e.divisionCode = ctx.round().divisionCode();
            e.fieldStart = ctx.round().fieldStart();
            e.fieldEnd = ctx.round().fieldEnd();
            e.justification = waived.isEmpty() ? null : draft.justification().trim();
            waived.forEach(f -> e.exceptions.add(ExceptionRow.of(f)));
            e.createdBy = caller.username();
            e.createdAt = store.now();
            em.persist(e);
            em.flush();
            StringBuilder summary = new StringBuilder("抽调人员 " + e.personId + "（" + e.role.nameZh() + "）参加轮次 " + e.roundId
                    + (e.groupId == null ? "" : "、巡察组 " + e.groupId));
            if (!waived.isEmpty()) {
                summary.append("；例外处理：");
                waived.forEach(f -> summary.append(f.rule()).append("（").append(f.factZh()).append("）"));
                summary.append("；理由：").append(e.justification);
            }
            store.audit(em, caller, AuditAction.CREATE, "secondment", e.id, summary.toString());
            return e.toValue();
        });
        store.post(PersonnelPoolsEvents.SECONDED, caller, saved.id(), PersonnelPoolsEvents.PERSON_ID, saved.personId(),
                PersonnelPoolsEvents.ROUND_ID, saved.roundId());
        return saved;
    }

    @Override
    public List<Secondment> secondments(Caller caller, long roundId) {
        caller.require(PersonnelPoolsPermissions.READ);
        facts.context(caller, roundId, null);
        Where w = Where.scoped(caller, "s.divisionCode", null).eq("s.roundId", "round", roundId);
        return store.read(em -> w.list(em, SecondmentEntity.class, "s", " order by s.id").stream().map(SecondmentEntity::toValue).toList());
    }

    @Override
    public List<Suggestion> suggestions(Caller caller, long roundId, long groupId, PoolKind pool, int limit) {
        caller.require(PersonnelPoolsPermissions.READ);
        new Checks().range("limit", limit, 1, 100, "建议人数", "limit").throwIfInvalid();
        SecondmentFacts.Context ctx = facts.context(caller, roundId, groupId);
        Set<Long> members = new HashSet<>();
        ctx.group().members().forEach(m -> members.add(m.personId()));
        // and whoever is seconded to this round already: not a candidate again
        Set<Long> taken = new HashSet<>(members);
        Where seconded = Where.of().eq("s.roundId", "round", roundId);
        store.read(em -> seconded.list(em, SecondmentEntity.class, "s", " order by s.id")).forEach(s -> {
            taken.add(s.personId);
            if (s.groupId != null && s.groupId == groupId) {
                members.add(s.personId);
            }
        });
        List<Requirement> lacking = SkillMatching.lacking(settings.requirements(),
                profiles.of(members).values().stream().map(ProfileFacts.Facts::specialties).toList());
        Map<Long, List<PoolKind>> pools = new LinkedHashMap<>();
        Where w = Where.scoped(caller, "e.divisionCode", null).in("e.status", "inPool", List.of(EntryStatus.ACTIVE, EntryStatus.PENDING_EXIT))
                .in("e.pool", "pools", pool == null ? GROUP_POOLS : List.of(pool));
        store.read(em -> w.list(em, EntryEntity.class, "e", " order by e.id")).stream().filter(e -> !taken.contains(e.personId))
                .forEach(e -> pools.computeIfAbsent(e.personId, k -> new ArrayList<>()).add(e.pool));
        Map<Long, Facts.PersonFacts> people = facts.persons(caller, ctx.round(), pools.keySet(), facts.declared(caller, null));
        Map<Long, Integer> served = records.served(pools.keySet());
        List<SkillMatching.Candidate> candidates = new ArrayList<>();
        for (Facts.PersonFacts p : people.values()) {
            candidates.add(new SkillMatching.Candidate(p.personId(), p.name(), pools.get(p.personId()), p.profile().specialties(),
                    served.getOrDefault(p.personId(), 0), AvoidanceRules.check(ctx.facts(), p, settings.maxSecondmentsPerYear())));
        }
        return SkillMatching.rank(candidates, lacking, limit);
    }

    /** The findings of one person: 404 naming {@code personId} for an unknown person. */
    private List<Finding> findings(Caller caller, SecondmentFacts.Context ctx, long personId) {
        facts.requirePerson(caller, personId);
        Facts.PersonFacts person = facts.persons(caller, ctx.round(), List.of(personId), facts.declared(caller, personId)).get(personId);
        if (person == null) {
            throw new ApiException(404, "not_found", "人员不存在：" + personId, "No such person: " + personId,
                    List.of(new FieldError("personId", "not_found", "人员不存在：" + personId, "No such person: " + personId)));
        }
        return AvoidanceRules.check(ctx.facts(), person, settings.maxSecondmentsPerYear());
    }
}
