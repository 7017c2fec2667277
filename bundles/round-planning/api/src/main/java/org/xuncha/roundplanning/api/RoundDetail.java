package org.xuncha.roundplanning.api;

import java.util.List;

/**
 * Everything about a round the caller may see: group roles see only their own groups and targets.
 *
 * @param round      the round
 * @param targets    its targets
 * @param groups     its groups
 * @param approvals  decisions on its plan, oldest first
 * @param amendments amendments of its plan, oldest first
 * @param history    its stage changes, oldest first
 * @param deadlines  its current time limits
 */
public record RoundDetail(Round round, List<Target> targets, List<Group> groups, List<Approval> approvals,
                          List<Amendment> amendments, List<StageChange> history, List<Deadline> deadlines) {
}
