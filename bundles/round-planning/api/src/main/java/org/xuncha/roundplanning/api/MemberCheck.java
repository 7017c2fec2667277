package org.xuncha.roundplanning.api;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;
import org.xuncha.platform.api.security.Caller;

/**
 * A check of a group's members, registered by another module as a whiteboard service (e.g. the
 * personnel pools' 回避 and clash checks). Before round planning saves a change of a group's
 * members or targets, it asks every registered check; any finding refuses the change with 409
 * {@code member_check_failed}, each finding a field error naming its rule and fact. A module that
 * is installed registers its check and the next change is checked; removed, its check is gone.
 *
 * <p>Called outside round planning's transaction, so a check may read round planning through
 * {@link RoundDirectory}. A check answers only what it finds and has not had waived (a check keeps
 * its own waivers, recorded and audited by its module); it should be quick (tens of milliseconds).
 */
@ConsumerType
public interface MemberCheck {

    /**
     * The findings against the proposed group; empty when the change may go through. An
     * {@code ApiException} thrown here is answered to the client as it is.
     *
     * @param caller the user changing the group
     */
    List<Finding> check(Caller caller, Change change);

    /**
     * A change of a group as proposed.
     *
     * @param roundId           the round
     * @param groupId           the group, null for a group being formed
     * @param groupName         its (new) name
     * @param members           the members it will have
     * @param targetUnitIds     the target units it will have
     * @param previousMemberIds who was in it before (empty for a new group)
     * @param previousTargetIds which units it had before (empty for a new group)
     */
    record Change(long roundId, Long groupId, String groupName, List<GroupMember> members, Set<Long> targetUnitIds,
                  Set<Long> previousMemberIds, Set<Long> previousTargetIds) {

        public Change {
            members = List.copyOf(members);
            targetUnitIds = Set.copyOf(targetUnitIds);
            previousMemberIds = Set.copyOf(previousMemberIds);
            previousTargetIds = Set.copyOf(previousTargetIds);
        }

        /** Whether the person joins the group with this change. */
        public boolean joins(long personId) {
            return !previousMemberIds.contains(personId);
        }
    }

    /**
     * Why a member should not be in the group as proposed.
     *
     * @param personId the member
     * @param rule     the rule's code, e.g. {@code avoid.worked_in_target}
     * @param ruleZh   the rule, e.g. 任职回避：曾在被巡察单位工作
     * @param ruleEn   the rule in English
     * @param factZh   the fact that triggered it, e.g. 2012—2018年在聊城市教育和体育局工作
     * @param factEn   the fact in English
     * @param unitId   the target unit concerned, may be null
     */
    record Finding(long personId, String rule, String ruleZh, String ruleEn, String factZh, String factEn, Long unitId) {
    }
}
