package org.xuncha.leadtransfer.api;

/**
 * A problem handed in by another module, as a draft for the group to complete and approve.
 *
 * @param roundId     the round
 * @param groupId     the group that found it
 * @param unitId      the inspected unit it concerns
 * @param category    category code from the module's taxonomy; null to let the group classify it
 * @param description what was found (stored encrypted)
 * @param topLeader   whether it concerns the unit's top leader (一把手)
 * @param leadingGroup whether it concerns another member of the leading group
 * @param source      where it came from
 * @param sourceRef   the originating record, e.g. {@code interview-records:record:42}
 */
public record ProblemDraft(long roundId, long groupId, long unitId, String category, String description,
                           boolean topLeader, boolean leadingGroup, Source source, String sourceRef) {
}
