package org.xuncha.evaluation.api;

/**
 * A group's place in a published ranking: a stable record, as the ranking notice cites it.
 *
 * @param groupId        the group
 * @param groupName      its name when published
 * @param leaderPersonId its leader when published, may be null
 * @param total          its total
 * @param rank           its rank (ties share one)
 */
public record RankedGroup(long groupId, String groupName, Long leaderPersonId, double total, int rank) {
}
