package org.xuncha.roundplanning.api;

import java.util.List;
import java.util.Set;

/**
 * An inspection group (巡察组) of a round.
 *
 * @param id            id
 * @param roundId       its round
 * @param name          e.g. 第一巡察组
 * @param members       everyone in it, non-resident deputy leaders included
 * @param targetUnitIds the units it inspects (reference-data ids)
 */
public record GroupRef(long id, long roundId, String name, List<GroupMember> members, Set<Long> targetUnitIds) {

    public GroupRef {
        members = members == null ? List.of() : List.copyOf(members);
        targetUnitIds = targetUnitIds == null ? Set.of() : Set.copyOf(targetUnitIds);
    }

    public boolean hasMember(long personId) {
        return members.stream().anyMatch(m -> m.personId() == personId);
    }
}
