package org.xuncha.roundplanning.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An inspection group (巡察组) of a round, as the office manages it.
 *
 * @param id            id
 * @param roundId       its round
 * @param name          e.g. 第一巡察组
 * @param members       its people with their roles, non-resident deputy leaders included
 * @param targetUnitIds the units it inspects
 * @param authorisation the per-task authorisation (一次一授权), null until given
 * @param version       optimistic-lock version
 */
public record Group(long id, long roundId, String name, List<Member> members, Set<Long> targetUnitIds,
                    Authorisation authorisation, long version) {

    public Group {
        members = members == null ? List.of() : List.copyOf(members);
        targetUnitIds = targetUnitIds == null ? Set.of() : Set.copyOf(targetUnitIds);
    }

    public GroupRef ref() {
        return new GroupRef(id, roundId, name, members.stream().map(m -> new GroupMember(m.personId(), m.role())).toList(),
                targetUnitIds);
    }

    /**
     * A member with the name and post they have in reference data.
     *
     * @param personId the cadre
     * @param name     their name
     * @param post     their post, may be null
     * @param role     their place in the group
     */
    public record Member(long personId, String name, String post, GroupRole role) {
    }

    /**
     * The per-task authorisation of the group leader (一次一授权).
     *
     * @param number document number, e.g. 聊巡授〔2025〕3号
     * @param date   date of the authorisation
     * @param scope  what it authorises
     */
    public record Authorisation(String number, LocalDate date, String scope) {
    }

    /**
     * A group's plan: its name, people and targets. Members are reference-data persons; at most one
     * leader; a person once per group; a unit in at most one group of the round.
     *
     * @param name          e.g. 第一巡察组
     * @param members       everyone, non-resident deputy leaders included
     * @param targetUnitIds units of the round it inspects
     * @param version       the version read, when editing
     */
    public record Draft(String name, List<GroupMember> members, Set<Long> targetUnitIds, Long version) {
    }
}
