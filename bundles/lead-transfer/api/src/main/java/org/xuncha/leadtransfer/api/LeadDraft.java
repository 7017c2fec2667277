package org.xuncha.leadtransfer.api;

/**
 * A lead (问题线索) handed in by another module. The person concerned is stored encrypted.
 *
 * @param roundId      the round
 * @param groupId      the group that raised it
 * @param unitId       the unit of the person concerned
 * @param personName   the person concerned (encrypted at rest)
 * @param personPost   their post (encrypted at rest)
 * @param personRank   their rank (encrypted at rest)
 * @param personId     their reference-data id if known, else null
 * @param category     category code, null to classify later
 * @param summary      what the lead is about (encrypted at rest)
 * @param topLeader    whether the person is the unit's top leader (一把手)
 * @param source       where it came from
 * @param sourceRef    the originating record, e.g. {@code interview-records:record:42}
 */
public record LeadDraft(long roundId, long groupId, long unitId, String personName, String personPost, String personRank,
                        Long personId, String category, String summary, boolean topLeader, Source source, String sourceRef) {
}
