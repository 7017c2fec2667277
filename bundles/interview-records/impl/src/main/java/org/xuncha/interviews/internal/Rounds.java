package org.xuncha.interviews.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.xuncha.platform.api.module.OtherModule;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundDirectory;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * Rounds and groups, from the round-planning module. The reference is dynamic so that updating
 * round planning does not restart this module; while it is away, work that needs it answers 503 and
 * reading what is stored goes on.
 */
@Component(service = Rounds.class)
public class Rounds {

    /** Round planning while it is there: SCR sets the field when it comes and clears it when it goes. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile RoundDirectory directory;

    /** The platform kit's plumbing for another module's service: the 503 while it is away, the same in every module. */
    private final OtherModule<RoundDirectory> planning = OtherModule.of("round-planning", () -> directory,
            "巡察轮次模块未运行，暂不能办理", "The round-planning module is not running; try again later");

    /** A round, a group of it and one of the group's target units, as a plan, record or letter refers to them. */
    public record Target(RoundRef round, GroupRef group, long unitId) {

        /** Person ids of the group's members (interviewers and recorders come from them). */
        public Set<Long> members() {
            return memberIds(group);
        }

        /** Gives a new plan, record or letter this scope. */
        public void applyTo(ScopedEntity e) {
            e.scope(round.id(), group.id(), unitId, round.divisionCode());
        }
    }

    /** Round planning: 503 {@code round_planning_unavailable} while it is away. */
    public RoundDirectory directory() {
        return planning.ask(d -> d);
    }

    /** The group a stored plan or record refers to. */
    public GroupRef group(long id) {
        return directory().group(id).orElseThrow(() -> ApiException.notFound("巡察组", "group", id));
    }

    /** Person ids of the members of the group a stored plan or record refers to. */
    public Set<Long> members(long groupId) {
        return memberIds(group(groupId));
    }

    private static Set<Long> memberIds(GroupRef group) {
        return group.members().stream().map(GroupMember::personId).collect(Collectors.toSet());
    }

    /**
     * The round, group and unit a new plan, record or letter names: each looked up, the group part of
     * the round, the unit one of the group's targets. Problems go into {@code checks} under the field
     * names {@code roundId}, {@code groupId} and {@code unitId}.
     *
     * @return the target, or null when {@code checks} got an error
     * @throws ApiException 403 when the caller's scope does not cover the round's division, the group or the unit
     */
    public Target target(Caller caller, Long roundId, Long groupId, Long unitId, Checks checks) {
        checks.required("roundId", roundId, "巡察轮次", "round").required("groupId", groupId, "巡察组", "group")
                .required("unitId", unitId, "被巡察单位", "unit");
        if (roundId == null || groupId == null) {
            return null;
        }
        RoundDirectory d = directory();
        RoundRef round = d.round(roundId).orElse(null);
        GroupRef group = d.group(groupId).orElse(null);
        checks.check(round == null, "roundId", "not_found", "巡察轮次不存在：" + roundId, "No such round: " + roundId)
                .check(group == null, "groupId", "not_found", "巡察组不存在：" + groupId, "No such group: " + groupId);
        if (round == null || group == null) {
            return null;
        }
        if (!caller.scope().coversDivision(round.divisionCode()) || !caller.scope().coversGroup(group.id())) {
            throw ApiException.outOfScope();
        }
        boolean inRound = group.roundId() == round.id();
        boolean targeted = unitId != null && group.targetUnitIds().contains(unitId);
        checks.check(!inRound, "groupId", "invalid", "该巡察组不属于此轮次", "The group is not part of this round")
                .check(unitId != null && !targeted, "unitId", "invalid", "该单位不是本组的被巡察单位", "The unit is not one of the group's targets");
        if (!inRound || !targeted) {
            return null;
        }
        ScopedEntity.requireScope(caller, round.divisionCode(), group.id(), unitId);
        return new Target(round, group, unitId);
    }

    /**
     * The round and the group that inspects the unit in it, as a query names them (dossier,
     * mandatory-topic check): 404 naming the parameter when there is none, 403 outside the caller's scope.
     */
    public Target inspecting(Caller caller, long roundId, long unitId) {
        RoundDirectory d = directory();
        RoundRef round = d.round(roundId).orElseThrow(() -> notFound("roundId", "巡察轮次不存在：" + roundId, "No such round: " + roundId));
        GroupRef group = d.groupForTarget(roundId, unitId).orElseThrow(() -> notFound("unitId",
                "本轮巡察没有巡察组巡察该单位：" + unitId, "No group of this round inspects unit " + unitId));
        ScopedEntity.requireScope(caller, round.divisionCode(), group.id(), unitId);
        return new Target(round, group, unitId);
    }

    private static ApiException notFound(String field, String zh, String en) {
        return new ApiException(404, "not_found", zh, en, List.of(new FieldError(field, "not_found", zh, en)));
    }
}
