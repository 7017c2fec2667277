package org.xuncha.leadtransfer.internal.lead;

import org.xuncha.leadtransfer.api.Source;

/**
 * What a group or the office registers, or edits while the lead is registered ({@code version}
 * required then). Raised from a problem, round, group and unit are the problem's. A person picked
 * from the cadre directory ({@code personId}) gives the lead its name, post, rank and top-leader flag;
 * a name typed free stands for a person not on file. {@code overrideReason}: the office's reason to
 * raise a lead from a problem the leading group has not approved yet (audited).
 */
public record LeadInput(Long roundId, Long groupId, Long unitId, String personName, String personPost, String personRank,
                        Long personId, String category, String summary, Boolean topLeader, Source source, String sourceRef,
                        Long version, String overrideReason) {

    public LeadInput(Long roundId, Long groupId, Long unitId, String personName, String personPost, String personRank,
                     Long personId, String category, String summary, Boolean topLeader, Source source, String sourceRef,
                     Long version) {
        this(roundId, groupId, unitId, personName, personPost, personRank, personId, category, summary, topLeader, source, sourceRef,
                version, null);
    }
}
