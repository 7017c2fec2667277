package org.xuncha.roundplanning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Group;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.RoundEvents;
import org.xuncha.roundplanning.api.RoundPlanningService;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.Target;
import org.xuncha.roundplanning.internal.db.AmendmentEntity;
import org.xuncha.roundplanning.internal.db.AvoidanceEntity;
import org.xuncha.roundplanning.internal.db.GroupEntity;
import org.xuncha.roundplanning.internal.db.MemberEntity;
import org.xuncha.roundplanning.internal.db.RoundEntity;
import org.xuncha.roundplanning.internal.db.TargetEntity;
import org.xuncha.roundplanning.internal.rules.FieldPeriods;
import org.xuncha.roundplanning.internal.rules.FieldPeriods.Assignment;
import org.xuncha.roundplanning.internal.rules.FieldPeriods.Period;
import org.xuncha.roundplanning.internal.rules.PlanRules;

/** Targets and groups of a round: who goes where, with the overlap and avoidance rules. */
final class GroupOps {

    private final Context ctx;

    GroupOps(Context ctx) {
        this.ctx = ctx;
    }

    // ------------------------------------------------------------------ groups

    List<Group> groups(Caller caller, long roundId) {
        caller.require(RoundPlanningService.ROUND_READ);
        return ctx.store.read(em -> {
            Context.requireVisible(caller, Context.round(em, roundId));
            return groupViews(em, caller, roundId);
        });
    }

    /** The round's groups the caller may see (group roles: their own), with member names. */
    List<Group> groupViews(EntityManager em, Caller caller, long roundId) {
        List<GroupEntity> groups = em.createQuery("select g from GroupEntity g where g.roundId = :r order by g.name, g.id", GroupEntity.class)
                .setParameter("r", roundId).getResultList().stream().filter(g -> caller.scope().coversGroup(g.id)).toList();
        if (groups.isEmpty()) {
            return List.of();
        }
        List<MemberEntity> members = membersOfRound(em, roundId);
        Map<Long, Person> persons = ctx.persons(members.stream().map(m -> m.personId).toList());
        Map<Long, Set<Long>> targets = new HashMap<>();
        for (TargetEntity t : Context.targetsOf(em, roundId)) {
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

    private static List<MemberEntity> membersOfRound(EntityManager em, long roundId) {
        return em.createQuery("select m from MemberEntity m where m.roundId = :r order by m.id", MemberEntity.class)
                .setParameter("r", roundId).getResultList();
    }

    Group saveGroup(Caller caller, long roundId, Long groupId, Group.Draft d) {
        caller.require(RoundPlanningService.ROUND_WRITE);
        List<GroupMember> members = d.members() == null ? List.of() : d.members();
        Set<Long> unitIds = d.targetUnitIds() == null ? Set.of() : new LinkedHashSet<>(d.targetUnitIds());
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
        Map<Long, Person> persons = ctx.reference.persons(caller, seen);
        for (int i = 0; i < members.size(); i++) {
            checks.check(!persons.containsKey(members.get(i).personId()), "members[" + i + "].personId", "not_found",
                    "干部不存在：" + members.get(i).personId(), "person not found: " + members.get(i).personId());
        }
        checks.throwIfInvalid();
        String name = d.name().trim();
        Group saved = ctx.store.write(em -> {
            RoundEntity r = Context.round(em, roundId);
            caller.requireDivision(r.divisionCode);
            AmendmentEntity amendment = Context.requireEditable(em, r);
            GroupEntity g;
            if (groupId == null) {
                g = new GroupEntity();
                g.roundId = roundId;
            } else {
                g = Context.group(em, roundId, groupId);
                Context.checkVersion(d.version(), g.version);
            }
            List<Long> sameName = em.createQuery("select g.id from GroupEntity g where g.roundId = :r and g.name = :n", Long.class)
                    .setParameter("r", roundId).setParameter("n", name).getResultList();
            if (sameName.stream().anyMatch(id -> !id.equals(g.id))) {
                throw ApiException.conflict("duplicate_name", "本轮已有“" + name + "”", "The round already has a group named " + name);
            }
            Map<Long, TargetEntity> targets = Context.targetsOf(em, roundId).stream()
                    .collect(Collectors.toMap(t -> t.unitId, Function.identity()));
            checkTargets(em, g, unitIds, targets);
            checkOverlaps(em, r, g.id == null ? -1 : g.id, name, members, persons);
            checkAvoidance(em, members.stream().map(GroupMember::personId).toList(), unitIds)
                    .ifPresent(a -> {
                        throw avoidanceConflict(a, persons.get(a.personId).name(), ctx.unitName(a.unitId));
                    });
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
            ctx.planChanged(em, caller, r, amendment, groupId == null ? AuditAction.CREATE : AuditAction.UPDATE, "group", g.id,
                    what + " " + g.id + "（" + members.size() + " 人，" + unitIds.size() + " 个单位）",
                    what + "“" + name + "”（" + members.size() + " 人，" + unitIds.size() + " 个单位）");
            return groupViews(em, Caller.system(Context.MODULE), roundId).stream().filter(x -> x.id() == g.id).findFirst().orElseThrow();
        });
        ctx.post(RoundEvents.GROUP_CHANGED, caller, saved.id(), Map.of(RoundEvents.ROUND_ID, roundId, RoundEvents.GROUP_ID, saved.id()));
        return saved;
    }

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

    void deleteGroup(Caller caller, long roundId, long groupId) {
        caller.require(RoundPlanningService.ROUND_WRITE);
        ctx.store.write(em -> {
            RoundEntity r = Context.round(em, roundId);
            caller.requireDivision(r.divisionCode);
            AmendmentEntity amendment = Context.requireEditable(em, r);
            GroupEntity g = Context.group(em, roundId, groupId);
            em.createQuery("update TargetEntity t set t.groupId = null where t.groupId = :g").setParameter("g", groupId).executeUpdate();
            em.createQuery("delete from MemberEntity m where m.groupId = :g").setParameter("g", groupId).executeUpdate();
            em.remove(g);
            ctx.planChanged(em, caller, r, amendment, AuditAction.DELETE, "group", groupId, "撤销巡察组 " + groupId, "撤销巡察组“" + g.name + "”");
            return null;
        });
        ctx.post(RoundEvents.GROUP_CHANGED, caller, groupId, Map.of(RoundEvents.ROUND_ID, roundId, RoundEvents.GROUP_ID, groupId));
    }

    /** Records the leader's per-task authorisation (一次一授权); it follows the approved plan, so it is no plan edit. */
    Group authorise(Caller caller, long roundId, long groupId, Group.Authorisation a) {
        caller.require(RoundPlanningService.ROUND_TRACK);
        new Checks().required("number", a.number(), "授权文号", "number").maxLength("number", a.number(), 100, "授权文号", "number")
                .required("date", a.date(), "授权日期", "date").maxLength("scope", a.scope(), 2000, "授权事项", "scope")
                .check(a.date() != null && a.date().isAfter(ctx.today()), "date", "out_of_range", "授权日期不能晚于今天", "the date cannot be in the future")
                .throwIfInvalid();
        return ctx.store.write(em -> {
            RoundEntity r = Context.round(em, roundId);
            caller.requireDivision(r.divisionCode);
            if (r.stage == Stage.ARCHIVE) {
                throw ApiException.conflict("archived", "本轮已归档", "The round is archived");
            }
            GroupEntity g = Context.group(em, roundId, groupId);
            g.authNumber = a.number().trim();
            g.authDate = a.date();
            g.authScope = a.scope();
            em.flush();
            ctx.audit.record(em, caller, AuditEntry.of(AuditAction.UPDATE, Context.MODULE, "group", groupId, "登记巡察组授权（轮次 " + roundId + "）"));
            return groupViews(em, Caller.system(Context.MODULE), roundId).stream().filter(x -> x.id() == groupId).findFirst().orElseThrow();
        });
    }

    // ------------------------------------------------------------------ overlap and avoidance

    private Period period(RoundEntity r) {
        return Period.of(r.actualStart != null ? r.actualStart : r.plannedStart, r.actualEnd != null ? r.actualEnd : r.plannedEnd,
                ctx.rules().fieldworkDays());
    }

    /**
     * Refuses members who already sit in another group away at the same time (or in another group
     * of this round), naming that group.
     */
    private void checkOverlaps(EntityManager em, RoundEntity round, long groupId, String groupName, List<GroupMember> members,
                               Map<Long, Person> persons) {
        List<Long> residents = members.stream().filter(m -> m.role() != GroupRole.NONRESIDENT_DEPUTY).map(GroupMember::personId).toList();
        if (residents.isEmpty()) {
            return;
        }
        List<MemberEntity> others = em.createQuery("select m from MemberEntity m where m.personId in :p and m.groupId <> :g",
                MemberEntity.class).setParameter("p", residents).setParameter("g", groupId).getResultList();
        if (others.isEmpty()) {
            return;
        }
        Map<Long, GroupEntity> groups = new HashMap<>();
        Map<Long, RoundEntity> rounds = new HashMap<>();
        Period period = period(round);
        for (GroupMember m : members) {
            Assignment candidate = new Assignment(round.id, round.name, groupId, groupName, m.role(), period);
            List<Assignment> existing = others.stream().filter(o -> o.personId == m.personId()).map(o -> {
                GroupEntity g = groups.computeIfAbsent(o.groupId, id -> em.find(GroupEntity.class, id));
                RoundEntity r = rounds.computeIfAbsent(o.roundId, id -> id.equals(round.id) ? round : em.find(RoundEntity.class, id));
                return new Assignment(r.id, r.name, g.id, g.name, o.role, period(r));
            }).toList();
            Optional<Assignment> clash = FieldPeriods.clash(candidate, existing);
            if (clash.isPresent()) {
                Assignment a = clash.get();
                String who = persons.containsKey(m.personId()) ? persons.get(m.personId()).name() : ctx.personName(m.personId());
                if (a.roundId() == round.id) {
                    throw ApiException.conflict("member_overlap",
                            "干部" + who + "已是本轮“" + a.groupName() + "”成员，同一轮次只能参加一个巡察组",
                            who + " is already in " + a.groupName() + " of this round; a person can be in only one group per round");
                }
                throw ApiException.conflict("member_overlap",
                        "干部" + who + "已是“" + a.roundName() + "”“" + a.groupName() + "”成员（驻点时间 " + a.period()
                                + "），与“" + groupName + "”驻点时间（" + period + "）重叠，不能同时参加",
                        who + " is already in " + a.groupName() + " of " + a.roundName() + " (in the field " + a.period()
                                + "), which overlaps the field period of " + groupName + " (" + period + ")");
            }
        }
    }

    /** After the planned dates of a round change, its members must still be free. */
    void checkOverlapsOfRound(EntityManager em, RoundEntity round) {
        List<MemberEntity> members = membersOfRound(em, round.id);
        Map<Long, List<MemberEntity>> byGroup = members.stream().collect(Collectors.groupingBy(m -> m.groupId));
        for (Map.Entry<Long, List<MemberEntity>> e : byGroup.entrySet()) {
            GroupEntity g = em.find(GroupEntity.class, e.getKey());
            checkOverlaps(em, round, g.id, g.name, e.getValue().stream().map(m -> new GroupMember(m.personId, m.role)).toList(), Map.of());
        }
    }

    private static Optional<AvoidanceEntity> checkAvoidance(EntityManager em, List<Long> personIds, Set<Long> unitIds) {
        if (personIds.isEmpty() || unitIds.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select a from AvoidanceEntity a where a.personId in :p and a.unitId in :u order by a.id", AvoidanceEntity.class)
                .setParameter("p", personIds).setParameter("u", unitIds).getResultStream().findFirst();
    }

    private static ApiException avoidanceConflict(AvoidanceEntity a, String person, String unit) {
        return ApiException.conflict("avoidance_conflict",
                "干部" + person + "已申报回避（" + a.kind.nameZh() + "），不能参加对“" + unit + "”的巡察",
                person + " has declared a reason to keep away (" + a.kind.nameEn() + ") and cannot inspect " + unit);
    }

    /** What stops the round from entering: see {@link PlanRules#entryProblems}; plus avoidance declared after the groups were formed. */
    List<String[]> entryProblems(EntityManager em, RoundEntity r) {
        List<TargetEntity> targets = Context.targetsOf(em, r.id);
        List<GroupEntity> groups = em.createQuery("select g from GroupEntity g where g.roundId = :r order by g.name", GroupEntity.class)
                .setParameter("r", r.id).getResultList();
        List<MemberEntity> members = membersOfRound(em, r.id);
        List<PlanRules.GroupFacts> facts = groups.stream().map(g -> new PlanRules.GroupFacts(g.name,
                members.stream().filter(m -> m.groupId == g.id).map(m -> m.role).toList(), g.authNumber != null)).toList();
        List<String[]> problems = new ArrayList<>(PlanRules.entryProblems(r.planStatus, Context.openAmendment(em, r.id) != null,
                targets.size(), (int) targets.stream().filter(t -> t.groupId == null).count(), facts));
        for (GroupEntity g : groups) {
            Set<Long> units = targets.stream().filter(t -> g.id.equals(t.groupId)).map(t -> t.unitId).collect(Collectors.toSet());
            checkAvoidance(em, members.stream().filter(m -> m.groupId == g.id).map(m -> m.personId).toList(), units).ifPresent(a -> {
                ApiException e = avoidanceConflict(a, ctx.personName(a.personId), ctx.unitName(a.unitId));
                problems.add(new String[] {g.name + "：" + e.messageZh(), g.name + ": " + e.messageEn()});
            });
        }
        return problems;
    }

    // ------------------------------------------------------------------ targets

    Target.SelectionResult addTargets(Caller caller, long roundId, Target.Selection s) {
        caller.require(RoundPlanningService.ROUND_WRITE);
        List<Long> ids = s.unitIds() == null ? List.of() : s.unitIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
        boolean byClass = notBlank(s.field()) || notBlank(s.sector()) || notBlank(s.system());
        new Checks().check(ids.isEmpty() && !byClass, "unitIds", "required", "请选择单位，或指定领域、板块、系统",
                "choose units, or a field, sector or system").throwIfInvalid();
        RoundEntity info = ctx.store.read(em -> {
            RoundEntity r = Context.round(em, roundId);
            caller.requireDivision(r.divisionCode);
            Context.requireEditable(em, r);
            return r;
        });
        Map<Long, Unit> chosen = new java.util.TreeMap<>();
        Map<Long, Unit> byId = ctx.reference.units(caller, ids);
        Checks missing = new Checks();
        for (Long id : ids) {
            missing.check(!byId.containsKey(id), "unitIds", "not_found", "单位不存在：" + id, "unit not found: " + id);
        }
        missing.throwIfInvalid();
        chosen.putAll(byId);
        if (byClass) {
            ctx.reference.allUnits(caller, new UnitQuery(null, info.divisionCode, blankToNull(s.field()), blankToNull(s.sector()),
                    blankToNull(s.system()), null, true)).forEach(u -> chosen.put(u.id(), u));
        }
        return ctx.store.write(em -> {
            RoundEntity r = Context.round(em, roundId);
            AmendmentEntity amendment = Context.requireEditable(em, r);
            Checks checks = new Checks();
            Set<Long> priorities = Context.checkPriorities(em, checks, "priorityIds", s.priorityIds(), r.divisionCode);
            List<String> topics = Context.checkTopics(checks, "supervisionTopics", s.supervisionTopics());
            checks.throwIfInvalid();
            Set<Long> existing = Context.targetsOf(em, roundId).stream().map(t -> t.unitId).collect(Collectors.toSet());
            Set<Long> inspected = Boolean.TRUE.equals(s.uninspectedOnly()) ? TermOps.inspectedInTerm(em, r.termId) : Set.of();
            List<Target> added = new ArrayList<>();
            List<Long> already = new ArrayList<>();
            for (Unit u : chosen.values().stream().sorted(Comparator.comparing(Unit::code)).toList()) {
                if (existing.contains(u.id())) {
                    already.add(u.id());
                } else if (!inspected.contains(u.id())) {
                    TargetEntity t = new TargetEntity();
                    t.roundId = roundId;
                    t.unitId = u.id();
                    t.priorityIds.addAll(priorities);
                    t.topics.addAll(topics);
                    em.persist(t);
                    em.flush();
                    added.add(Context.targetView(t, u));
                }
            }
            if (!added.isEmpty()) {
                ctx.planChanged(em, caller, r, amendment, AuditAction.CREATE, "target", roundId,
                        "新增被巡察单位 " + added.size() + " 个：" + added.stream().map(t -> String.valueOf(t.unitId())).collect(Collectors.joining(",")),
                        "新增被巡察单位：" + added.stream().map(Target::unitName).collect(Collectors.joining("、")));
            }
            return new Target.SelectionResult(added, already);
        });
    }

    Target tagTarget(Caller caller, long roundId, long unitId, Target.Tags tags) {
        caller.require(RoundPlanningService.ROUND_WRITE);
        TargetEntity saved = ctx.store.write(em -> {
            RoundEntity r = Context.round(em, roundId);
            caller.requireDivision(r.divisionCode);
            AmendmentEntity amendment = Context.requireEditable(em, r);
            TargetEntity t = Context.target(em, roundId, unitId);
            Checks checks = new Checks();
            Set<Long> priorities = Context.checkPriorities(em, checks, "priorityIds", tags.priorityIds(), r.divisionCode);
            List<String> topics = Context.checkTopics(checks, "supervisionTopics", tags.supervisionTopics());
            checks.throwIfInvalid();
            Context.replace(t.priorityIds, priorities);
            Context.replaceTopics(t.topics, topics);
            em.flush();
            ctx.planChanged(em, caller, r, amendment, AuditAction.UPDATE, "target", t.id, "修改单位 " + unitId + " 的中心工作和专项监督标签",
                    "修改“" + ctx.unitName(unitId) + "”的中心工作和专项监督标签");
            return t;
        });
        return ctx.targetViews(List.of(saved)).get(0);
    }

    void removeTarget(Caller caller, long roundId, long unitId) {
        caller.require(RoundPlanningService.ROUND_WRITE);
        ctx.store.write(em -> {
            RoundEntity r = Context.round(em, roundId);
            caller.requireDivision(r.divisionCode);
            AmendmentEntity amendment = Context.requireEditable(em, r);
            TargetEntity t = Context.target(em, roundId, unitId);
            em.remove(t);
            ctx.planChanged(em, caller, r, amendment, AuditAction.DELETE, "target", t.id, "移除被巡察单位 " + unitId,
                    "移除被巡察单位“" + ctx.unitName(unitId) + "”");
            return null;
        });
    }

    Target recordRectificationReport(Caller caller, long roundId, long unitId, Target.RectificationReport report) {
        caller.require(RoundPlanningService.ROUND_TRACK);
        TargetEntity saved = ctx.store.write(em -> {
            RoundEntity r = Context.round(em, roundId);
            caller.requireDivision(r.divisionCode);
            if (r.feedbackDate == null || r.stage == Stage.ARCHIVE) {
                throw ApiException.conflict("not_in_rectification", "反馈之后、归档之前才能登记整改报告",
                        "Rectification reports are recorded after feedback and before archiving");
            }
            LocalDate date = report.date();
            new Checks().check(date != null && date.isAfter(ctx.today()), "date", "out_of_range", "日期不能晚于今天", "the date cannot be in the future")
                    .check(date != null && date.isBefore(r.feedbackDate), "date", "out_of_range", "日期不能早于反馈日期 " + r.feedbackDate,
                            "the date cannot be before feedback (" + r.feedbackDate + ")")
                    .throwIfInvalid();
            TargetEntity t = Context.target(em, roundId, unitId);
            t.rectificationReportDate = date;
            ctx.audit.record(em, caller, AuditEntry.of(AuditAction.UPDATE, Context.MODULE, "target", t.id,
                    (date == null ? "撤销" : "登记") + "单位 " + unitId + " 的整改报告（轮次 " + roundId + "）"));
            return t;
        });
        return ctx.targetViews(List.of(saved)).get(0);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToNull(String s) {
        return notBlank(s) ? s.trim() : null;
    }
}
