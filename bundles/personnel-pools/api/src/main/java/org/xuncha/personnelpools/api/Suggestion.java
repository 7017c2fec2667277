package org.xuncha.personnelpools.api;

import java.util.List;

/**
 * A candidate for a group, ranked by what the group lacks and by how often they have served.
 *
 * @param personId     the person
 * @param personName   their name
 * @param pools        the pools they are in
 * @param specialties  their specialties
 * @param covers       the group's missing requirements they fill (e.g. 财务|审计)
 * @param roundsServed secondments recorded for them
 * @param findings     their 回避 and clash findings for this group (ranked last when any)
 * @param reasonsZh    why they are suggested, in Chinese
 * @param reasonsEn    idem, in English
 */
public record Suggestion(long personId, String personName, List<PoolKind> pools, List<String> specialties, List<String> covers,
                         int roundsServed, List<Finding> findings, List<String> reasonsZh, List<String> reasonsEn) {
}
