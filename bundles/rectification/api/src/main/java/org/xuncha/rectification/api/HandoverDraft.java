package org.xuncha.rectification.api;

import java.time.LocalDate;

/**
 * What the office records for a handover. Both leaders must have signed the handover record.
 *
 * @param unitId           the unit
 * @param roundId          the round, or null for every open ledger of the unit
 * @param outgoingLeader   the leader who left (the ledgers' principal leader), at most {@value LedgerDraft#NAME_MAX}
 * @param incomingLeader   the new leader's name; may be left out when {@code incomingPersonId} is given
 * @param incomingPersonId the new leader in reference data (a person of the unit), or null
 * @param handedOverOn     the day, not in the future
 * @param outgoingSigned   the outgoing leader signed the record
 * @param incomingSigned   the incoming leader signed the record
 */
public record HandoverDraft(Long unitId, Long roundId, String outgoingLeader, String incomingLeader, Long incomingPersonId,
                            LocalDate handedOverOn, Boolean outgoingSigned, Boolean incomingSigned) {
}
