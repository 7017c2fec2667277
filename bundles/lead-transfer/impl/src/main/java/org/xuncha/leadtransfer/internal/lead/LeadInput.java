package org.xuncha.leadtransfer.internal.lead;

import org.xuncha.leadtransfer.api.Source;

/**
 * What a group or the office registers, or edits while the lead is registered ({@code version}
 * required then). Raised from a problem, round, group and unit are the problem's.
 */
public record LeadInput(Long roundId, Long groupId, Long unitId, String personName, String personPost, String personRank,
                        Long personId, String category, String summary, Boolean topLeader, Source source, String sourceRef,
                        Long version) {
}
