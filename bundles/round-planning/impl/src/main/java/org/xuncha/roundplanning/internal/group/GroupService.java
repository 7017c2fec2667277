package org.xuncha.roundplanning.internal.group;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.xuncha.platform.api.event.Events;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Group;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.MemberCheck;
import org.xuncha.roundplanning.api.RoundEvents;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.internal.Inputs;
import org.xuncha.roundplanning.internal.ReferenceLookup;
import org.xuncha.roundplanning.internal.Store;
import org.xuncha.roundplanning.internal.round.AmendmentEntity;
import org.xuncha.roundplanning.internal.round.PlanService;
import org.xuncha.roundplanning.internal.round.RoundEntity;
import org.xuncha.roundplanning.internal.target.TargetEntity;

/**
 * The inspection groups (巡察组) of a round: who goes, with which role, to which of its targets; and
 * the leader's per-task authorisation. Member and target changes change what group roles may see,
 * so open sessions are told at once.
 */
@Component(service = GroupService.class)
public class GroupService {

    private static final Caller SYSTEM = Caller.system(RoundEvents.MODULE);

    private final ModuleStore db;
    private final PlanService plans;
    private final Staffing staffing;
    private final ReferenceLookup names;
    private final EventAdmin events;
    private final MemberChecks memberChecks;

    @Activate
    public GroupService(@Reference Store store, @Reference PlanService plans, @Reference Staffing staffing,
                        @Reference ReferenceLookup names, @Reference EventAdmin events, @Reference MemberChecks memberChecks) {
        this.db = store.db();
        this.plans = plans;
        this.staffing = staffing;
        this.names = names;
        this.events = events;
        this.memberChecks = memberChecks;
    }

    public List<Group> groups(Caller caller, long roundId) {
        caller.require(RoundPlanningPermissions.ROUND_READ);
        return db.read(em -> {
            RoundEntity.load(em, roundId).requireVisibleTo(caller);
            return views(em, caller, roundId);
        });
    }

    /** The round's groups the caller may see (group roles: their own), with member names. */
    public List<Group> views(EntityManager em, Caller caller, long roundId) {
        List<GroupEntity> groups = em.createQuery("select g from GroupEntity g where g.roundId = :r order by g.name, g.id", GroupEntity.class)
                .setParameter("r", roundId).getResultList().stream().filter(g -> caller.scope().coversGroup(g.id)).toList();
        if (groups.isEmpty()) {
            return List.of();
        }
        List<MemberEntity> members = MemberEntity.ofRound(em, roundId);
        Map<Long, Person> persons = names.persons(members.stream().map(m -> m.personId).toList());
        Map<Long, Set<Long>> targets = new HashMap<>();
        for (TargetEntity t : TargetEntity.ofRound(em, roundId)) {
            if (t.groupId != null) {
                targets.computeIfAbsent(t.groupId, k -> new HashSet<>()).add(t.unitId);
            }
        }
        return groups.stream().map(g -> view(g, members, persons, targets.getOrDefault(g.id, Set.of()))).toList();
    }

    private static Group view(GroupEntity g, List<MemberEntity> members, Map<Long, Person> persons, Set<Long> targets) {
        List<Group.Member> ms = members.stream().filter(m -> m.groupId == g.id)
                .sorted(Comparator.comparing((MemberEntity m) -> m.role).thenComparing(m -> m.id))
                .map(m -> {
                    Person p = persons.get(m.personId);
                    return new Group.Member(m.personId, p == null ? "#" + m.personId : p.name(), p == null ? null : p.post(), m.role);
                }).toList();
        Group.Authorisation auth = g.authNumber == null ? null : new Group.Authorisation(g.authNumber, g.authDate, g.authScope);
        return new Group(g.id, g.roundId, g.name, ms, targets, auth, g.version);
    }

    private Group reread(EntityManager em, long roundId, long groupId) {
        return views(em, SYSTEM, roundId).stream().filter(x -> x.id() == groupId).findFirst().orElseThrow();
    }

    /** Creates a group ({@code groupId} null) or replaces its name, members and targets. */
    public Group save(Caller caller, long roundId, Long groupId, Group.Draft d) {
        caller.require(RoundPlanningPermissions.ROUND_WRITE);
        Inputs.body(d);
        List<GroupMember> members = d.members() == null ? List.of() : d.members();
        Set<Long> unitIds = new LinkedHashSet<>(Inputs.ids(d.targetUnitIds()));
        checkMembers(caller, d, members);
        String name = d.name().trim();
        if (memberChecks.any()) {
            memberChecks.require(caller, change(caller, roundId, groupId, name, members, unitIds), names::personName);
        }
        Group saved = db.write(em -> {
            RoundEntity r = RoundEntity.load(em, roundId);
            caller.requireDivision(r.divisionCode);
            AmendmentEntity amendment = PlanService.requireEditable(em, r);
            GroupEntity g;
            if (groupId == null) {
                g = new GroupEntity();
                g.roundId = roundId;
            } else {
                g = GroupEntity.load(em, roundId, groupId);
                Inputs.checkVersion(d.version(), g.version);
                // members and targets are kept apart from the group row: the version must move with them too
                em.lock(g, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            List<Long> sameName = em.createQuery("select g.id from GroupEntity g where g.roundId = :r and g.name = :n", Long.class)
                    .setParameter("r", roundId).setParameter("n", name).getResultList();
            if (sameName.stream().anyMatch(id -> !id.equals(g.id))) {
                throw ApiException.conflict("duplicate_name", "本轮已有“" + name + "”", "The round already has a group named " + name);
            }
            Map<Long, TargetEntity> targets = TargetEntity.ofRound(em, roundId).stream()
                    .collect(Collectors.toMap(t -> t.unitId, Function.identity()));
            checkTargets(em, g, unitIds, targets);
            staffing.checkOverlaps(em, r, g.id == null ? -1 : g.id, name, members);
            staffing.checkAvoidance(em, members.stream().map(GroupMember::personId).toList(), unitIds);
            g.name = name;
            if (g.id == null) {
                em.persist(g);
                em.flush();
            } else {
                em.createQuery("delete from MemberEntity m where m.groupId = :g").setParameter("g", g.id).executeUpdate();
            }
            for (GroupMember m : members) {
                MemberEntity e = new MemberEntity();
                e.groupId = g.id;
                e.roundId = roundId;
                e.personId = m.personId();
                e.role = m.role();
                em.persist(e);
            }
            for (TargetEntity t : targets.values()) {
                if (unitIds.contains(t.unitId)) {
                    t.groupId = g.id;
                } else if (g.id.equals(t.groupId)) {
                    t.groupId = null;
                }
            }
            em.flush();
            String what = (groupId == null ? "组建" : "调整") + "巡察组";
            plans.planChanged(em, caller, r, amendment, groupId == null ? AuditAction.CREATE : AuditAction.UPDATE, "group", g.id,
                    what + " " + g.id + "（" + members.size() + " 人，" + unitIds.size() + " 个单位）",
                    what + "“" + name + "”（" + members.size() + " 人，" + unitIds.size() + " 个单位）");
            return reread(em, roundId, g.id);
        });
        changed(caller, roundId, saved.id());
        return saved;
    }

    /**
     * The change as the other modules' member checks see it, read before the write: they are asked
     * outside this module's transaction, so that they may read round planning themselves.
     */
    private MemberCheck.Change change(Caller caller, long roundId, Long groupId, String name, List<GroupMember> members, Set<Long> unitIds) {
        return db.read(em -> {
            RoundEntity r = RoundEntity.load(em, roundId);
            caller.requireDivision(r.divisionCode);
            Set<Long> before = new HashSet<>();
            Set<Long> targetsBefore = new HashSet<>();
            if (groupId != null) {
                GroupEntity.load(em, roundId, groupId);
                MemberEntity.ofRound(em, roundId).stream().filter(m -> m.groupId == groupId).forEach(m -> before.add(m.personId));
                TargetEntity.ofRound(em, roundId).stream().filter(t -> groupId.equals(t.groupId)).forEach(t -> targetsBefore.add(t.unitId));
            }
            return new MemberCheck.Change(roundId, groupId, name, members, unitIds, before, targetsBefore);
        });
    }

    /** Name, roles, no one twice, at most one leader; every person exists and lies in the caller's scope. */
    private void checkMembers(Caller caller, Group.Draft d, List<GroupMember> members) {
        Checks checks = new Checks().required("name", d.name(), "组名", "name").maxLength("name", d.name(), 100, "组名", "name");
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            GroupMember m = members.get(i);
            checks.check(m == null || m.role() == null, "members[" + i + "].role", "required", "请指定成员的组内职务", "the member's role is required");
            checks.check(m != null && !seen.add(m.personId()), "members[" + i + "].personId", "duplicate",
                    "同一干部在组内只能出现一次", "a person can appear only once in a group");
        }
        checks.check(members.stream().filter(m -> m != null && m.role() == GroupRole.LEADER).count() > 1, "members", "invalid",
                "一个巡察组只能有一名组长", "a group has at most one leader");
        checks.throwIfInvalid();
        Map<String, Long> named = new java.util.LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            named.put("members[" + i + "].personId", members.get(i).personId());
        }
        names.referencedPersons(caller, named);
    }

    /** Every unit must be a target of the round and in no other group of it. */
    private static void checkTargets(EntityManager em, GroupEntity g, Set<Long> unitIds, Map<Long, TargetEntity> targets) {
        Checks checks = new Checks();
        Map<Long, String> groupNames = new HashMap<>();
        for (Long unitId : unitIds) {
            TargetEntity t = targets.get(unitId);
            checks.check(t == null, "targetUnitIds", "not_found", "单位 " + unitId + " 不是本轮的被巡察单位",
                    "unit " + unitId + " is not a target of this round");
            if (t != null && t.groupId != null && !t.groupId.equals(g.id)) {
                String other = groupNames.computeIfAbsent(t.groupId, id -> em.find(GroupEntity.class, id).name);
                throw ApiException.conflict("target_taken", "单位 " + unitId + " 已分配给“" + other + "”，一个单位在一轮中只由一个巡察组巡察",
                        "Unit " + unitId + " is already assigned to " + other + "; a unit belongs to one group per round");
            }
        }
        checks.throwIfInvalid();
    }

    public void delete(Caller caller, long roundId, long groupId) {
        caller.require(RoundPlanningPermissions.ROUND_WRITE);
        db.write(em -> {
            RoundEntity r = RoundEntity.load(em, roundId);
            caller.requireDivision(r.divisionCode);
            AmendmentEntity amendment = PlanService.requireEditable(em, r);
            GroupEntity g = GroupEntity.load(em, roundId, groupId);
            em.createQuery("update TargetEntity t set t.groupId = null where t.groupId = :g").setParameter("g", groupId).executeUpdate();
            em.createQuery("delete from MemberEntity m where m.groupId = :g").setParameter("g", groupId).executeUpdate();
            em.remove(g);
            plans.planChanged(em, caller, r, amendment, AuditAction.DELETE, "group", groupId, "撤销巡察组 " + groupId, "撤销巡察组“" + g.name + "”");
            return null;
        });
        changed(caller, roundId, groupId);
    }

    /** Records the leader's per-task authorisation (一次一授权); it follows the approved plan, so it is no plan edit. */
    public Group authorise(Caller caller, long roundId, long groupId, Group.Authorisation a) {
        caller.require(RoundPlanningPermissions.ROUND_TRACK);
        Inputs.body(a);
        Checks checks = new Checks().required("number", a.number(), "授权文号", "number").maxLength("number", a.number(), 100, "授权文号", "number")
                .required("date", a.date(), "授权日期", "date").maxLength("scope", a.scope(), 2000, "授权事项", "scope")
                .check(a.date() != null && a.date().isAfter(db.today()), "date", "out_of_range", "授权日期不能晚于今天", "the date cannot be in the future");
        Inputs.date(checks, "date", a.date(), "授权日期", "date").throwIfInvalid();
        return db.write(em -> {
            RoundEntity r = RoundEntity.load(em, roundId);
            caller.requireDivision(r.divisionCode);
            if (r.stage == Stage.ARCHIVE) {
                throw ApiException.conflict("archived", "本轮已归档", "The round is archived");
            }
            GroupEntity g = GroupEntity.load(em, roundId, groupId);
            g.authNumber = a.number().trim();
            g.authDate = a.date();
            g.authScope = a.scope();
            em.flush();
            db.audit(em, caller, AuditAction.UPDATE, "group", groupId, "登记巡察组授权（轮次 " + roundId + "）");
            return reread(em, roundId, groupId);
        });
    }

    /** Announces the change and, since members and targets are what group roles may see, tells the security spine at once. */
    private void changed(Caller caller, long roundId, long groupId) {
        db.post(RoundEvents.GROUP_CHANGED, caller, groupId, RoundEvents.ROUND_ID, roundId, RoundEvents.GROUP_ID, groupId);
        events.sendEvent(new Event(Events.SCOPE_CHANGED, Map.of(Events.MODULE, RoundEvents.MODULE, Events.ENTITY_ID, String.valueOf(groupId),
                Events.ACTOR, caller.username(), Events.TIMESTAMP, db.clock().millis(), RoundEvents.ROUND_ID, roundId,
                RoundEvents.GROUP_ID, groupId)));
    }
}
