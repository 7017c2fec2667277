package org.xuncha.personnelpools.internal.secondment;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.xuncha.personnelpools.api.Finding;
import org.xuncha.roundplanning.api.MemberCheck;

/**
 * Which of the secondment rules apply to a change of a round planning group, and to whom. Pure.
 * The 回避 rules (任职回避, relatives, 地域回避) apply: a member who joins is checked against every
 * target of the group, a member who stays against the targets the change adds. The clash rules do
 * not: round planning refuses overlapping fieldwork itself, and the yearly limit and availability
 * are weighed when the office drafts from the pools (the secondment screen), not imposed on groups
 * it forms by hand (the term's real groups put some cadres in three rounds a year). The pool rule
 * is secondment's own too (round planning forms groups of anyone), and round planning checks its
 * declared avoidances itself. A finding the office waived for the person's secondment to the round
 * (recorded and audited with the secondment) no longer refuses.
 */
final class MemberCheckRules {

    /** Rules that are not this module's to apply to round planning's groups. */
    static final Set<String> SECONDMENT_ONLY = Set.of(AvoidanceRules.NOT_IN_POOL, AvoidanceRules.DECLARED);

    private MemberCheckRules() {
    }

    /** The units to check the person against: none when neither they nor the group's units are new. */
    static Set<Long> targetsFor(MemberCheck.Change change, long personId) {
        if (change.joins(personId)) {
            return change.targetUnitIds();
        }
        Set<Long> added = new HashSet<>(change.targetUnitIds());
        added.removeAll(change.previousTargetIds());
        return added;
    }

    /** The findings that refuse the change for this person. */
    static List<MemberCheck.Finding> refusing(MemberCheck.Change change, long personId, List<Finding> found, Collection<ExceptionRow> waived) {
        return found.stream()
                .filter(f -> f.rule().startsWith("avoid.") && !SECONDMENT_ONLY.contains(f.rule()))
                .filter(f -> waived.stream().noneMatch(w -> w.rule.equals(f.rule()) && Objects.equals(w.unitId, f.unitId())))
                .map(f -> new MemberCheck.Finding(personId, f.rule(), f.ruleZh(), f.ruleEn(), f.factZh(), f.factEn(), f.unitId()))
                .toList();
    }
}
