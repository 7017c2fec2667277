package org.xuncha.personnelpools.api;

import java.util.List;

/**
 * The 回避 and clash checks of one person against one round (and group).
 *
 * @param personId  the person
 * @param roundId   the round
 * @param groupId   the group, null when checked against the whole round
 * @param targetIds the target units checked against
 * @param findings  every finding; empty when the person may be seconded
 */
public record SecondmentCheck(long personId, long roundId, Long groupId, List<Long> targetIds, List<Finding> findings) {

    public SecondmentCheck {
        targetIds = targetIds == null ? List.of() : List.copyOf(targetIds);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public boolean clear() {
        return findings.isEmpty();
    }
}
