package org.xuncha.interviews.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.Caller;
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

    private volatile RoundDirectory directory;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindDirectory(RoundDirectory d) {
        directory = d;
    }

    void unbindDirectory(RoundDirectory d) {
        if (directory == d) {
            directory = null;
        }
    }

    /** A round, a group of it and one of the group's target units, as a plan, record or letter refers to them. */
    public record Target(RoundRef round, GroupRef group, long unitId) {

        public String divisionCode() {
            return round.divisionCode();
        }

        /** Gives a new plan, record or letter this scope. */
        public void applyTo(ScopedEntity e) {
            e.scope(round.id(), group.id(), unitId, round.divisionCode());
        }
    }

    public RoundDirectory directory() {
        RoundDirectory d = directory;
        if (d == null) {
            throw new ApiException(503, "round_planning_unavailable", "巡察轮次模块未运行，暂不能办理",
                    "The round-planning module is not running; try again later");
        }
        return d;
    }

    public RoundRef round(long id) {
        return directory().round(id).orElseThrow(() -> ApiException.notFound("巡察轮次", "round", id));
    }

    public GroupRef group(long id) {
        return directory().group(id).orElseThrow(() -> ApiException.notFound("巡察组", "group", id));
    }

    /**
     * Checks that the group belongs to the round and inspects the unit, and that the caller's scope
     * covers them.
     */
    public Target target(Caller caller, Long roundId, Long groupId, Long unitId) {
        new Checks().required("roundId", roundId, "巡察轮次", "round").required("groupId", groupId, "巡察组", "group")
                .required("unitId", unitId, "被巡察单位", "unit").throwIfInvalid();
        RoundRef round = round(roundId);
        GroupRef group = group(groupId);
        new Checks()
                .check(group.roundId() != round.id(), "groupId", "invalid", "该巡察组不属于此轮次", "The group is not part of this round")
                .check(!group.targetUnitIds().contains(unitId), "unitId", "invalid", "该单位不是本组的被巡察单位",
                        "The unit is not one of the group's targets")
                .throwIfInvalid();
        Access.requireScope(caller, round.divisionCode(), group.id(), unitId);
        return new Target(round, group, unitId);
    }
}
