package org.xuncha.roundplanning.internal.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.internal.ReferenceLookup;
import org.xuncha.roundplanning.internal.avoidance.AvoidanceService;
import org.xuncha.roundplanning.internal.deadline.DeadlineService;
import org.xuncha.roundplanning.internal.group.FieldPeriods.Assignment;
import org.xuncha.roundplanning.internal.group.FieldPeriods.Period;
import org.xuncha.roundplanning.internal.round.PlanRules;
import org.xuncha.roundplanning.internal.round.PlanService;
import org.xuncha.roundplanning.internal.round.RoundEntity;
import org.xuncha.roundplanning.internal.target.TargetEntity;

/**
 * Who may sit in which group: no one in two groups away at the same time or in two groups of one
 * round ({@link FieldPeriods}), no one at a unit they declared a reason to keep away from, and what
 * a round still lacks before it may enter ({@link PlanRules#entryProblems}).
 */
@Component(service = Staffing.class)
public class Staffing {

    private final DeadlineService deadlines;
    private final ReferenceLookup names;

    @Activate
    public Staffing(@Reference DeadlineService deadlines, @Reference ReferenceLookup names) {
        this.deadlines = deadlines;
        this.names = names;
    }

    private Period period(RoundEntity r) {
        return Period.of(r.fieldStart(), r.fieldEnd(), deadlines.rules().fieldworkDays());
    }

    /** Refuses members who already sit in another group away at the same time (or in another group of this round), naming that group. */
    void checkOverlaps(EntityManager em, RoundEntity round, long groupId, String groupName, List<GroupMember> members) {
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
                throw overlap(clash.get(), names.personName(m.personId()), round, groupName, period);
            }
        }
    }

    private static ApiException overlap(Assignment a, String who, RoundEntity round, String groupName, Period period) {
        if (a.roundId() == round.id) {
            return ApiException.conflict("member_overlap",
                    "干部" + who + "已是本轮“" + a.groupName() + "”成员，同一轮次只能参加一个巡察组",
                    who + " is already in " + a.groupName() + " of this round; a person can be in only one group per round");
        }
        return ApiException.conflict("member_overlap",
                "干部" + who + "已是“" + a.roundName() + "”“" + a.groupName() + "”成员（驻点时间 " + a.period()
                        + "），与“" + groupName + "”驻点时间（" + period + "）重叠，不能同时参加",
                who + " is already in " + a.groupName() + " of " + a.roundName() + " (in the field " + a.period()
                        + "), which overlaps the field period of " + groupName + " (" + period + ")");
    }

    /** After the planned dates of a round change, its members must still be free. */
    public void checkOverlapsOfRound(EntityManager em, RoundEntity round) {
        Map<Long, List<MemberEntity>> byGroup = MemberEntity.ofRound(em, round.id).stream().collect(Collectors.groupingBy(m -> m.groupId));
        for (Map.Entry<Long, List<MemberEntity>> e : byGroup.entrySet()) {
            GroupEntity g = em.find(GroupEntity.class, e.getKey());
            checkOverlaps(em, round, g.id, g.name, e.getValue().stream().map(m -> new GroupMember(m.personId, m.role)).toList());
        }
    }

    /** Refuses a group whose members declared a reason to keep away from one of its units. */
    void checkAvoidance(EntityManager em, List<Long> personIds, Set<Long> unitIds) {
        AvoidanceService.conflict(em, personIds, unitIds).ifPresent(a -> {
            throw AvoidanceService.conflictError(a, names.personName(a.personId), names.unitName(a.unitId));
        });
    }

    /** What stops the round from entering: see {@link PlanRules#entryProblems}; plus avoidance declared after the groups were formed. */
    public List<String[]> entryProblems(EntityManager em, RoundEntity r) {
        List<TargetEntity> targets = TargetEntity.ofRound(em, r.id);
        List<GroupEntity> groups = em.createQuery("select g from GroupEntity g where g.roundId = :r order by g.name", GroupEntity.class)
                .setParameter("r", r.id).getResultList();
        List<MemberEntity> members = MemberEntity.ofRound(em, r.id);
        List<PlanRules.GroupFacts> facts = groups.stream().map(g -> new PlanRules.GroupFacts(g.name,
                members.stream().filter(m -> m.groupId == g.id).map(m -> m.role).toList(), g.authNumber != null)).toList();
        List<String[]> problems = new ArrayList<>(PlanRules.entryProblems(r.planStatus, PlanService.openAmendment(em, r.id) != null,
                targets.size(), (int) targets.stream().filter(t -> t.groupId == null).count(), facts));
        for (GroupEntity g : groups) {
            Set<Long> units = targets.stream().filter(t -> g.id.equals(t.groupId)).map(t -> t.unitId).collect(Collectors.toSet());
            AvoidanceService.conflict(em, members.stream().filter(m -> m.groupId == g.id).map(m -> m.personId).toList(), units)
                    .ifPresent(a -> {
                        ApiException e = AvoidanceService.conflictError(a, names.personName(a.personId), names.unitName(a.unitId));
                        problems.add(new String[] {g.name + "：" + e.messageZh(), g.name + ": " + e.messageEn()});
                    });
        }
        return problems;
    }
}
