package org.xuncha.leadtransfer.internal.lead;

/** Filters of a lead list or the ledger; null (or blank) filters nothing. Ids here filter: they are not looked up. */
public record LeadQuery(Long termId, Long roundId, Long groupId, Long unitId, LeadStatus status, ReceiverKind receiverKind,
                        Boolean topLeader, String category, Boolean overdue) {

    public static LeadQuery all() {
        return new LeadQuery(null, null, null, null, null, null, null, null, null);
    }
}
