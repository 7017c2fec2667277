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
 * For the people the pools keep (in a pool, or with a profile): the 回避 rules (任职回避, relatives,
 * 地域回避) — a member who joins against every target of the group, one who stays against the
 * targets the change adds — and the clash rules (overlapping fieldwork, the yearly limit,
 * availability) for a member who joins: one who stays was weighed when they joined. The pool rule
 * is secondment's own (round planning forms groups of anyone), and round planning checks its
 * declared avoidances itself. A finding the office waived for the person's secondment to the round
 * (recorded and audited with the secondment) no longer refuses.
 *
 * <p>People the pools do not keep are checked on what reference data shows of anyone
 * ({@link #FOR_ANYONE}: own unit a target, own county in a cross inspection): their profile-based
 * facts (history, relatives, availability) and their secondments are not this module's to know.
 */
final class MemberCheckRules {

    /** Rules that are not this module's to apply to round planning's groups. */
    static final Set<String> SECONDMENT_ONLY = Set.of(AvoidanceRules.NOT_IN_POOL, AvoidanceRules.DECLARED);
    /** What reference data shows of anyone, kept by the pools or not. */
    static final Set<String> FOR_ANYONE = Set.of(AvoidanceRules.HOME_UNIT, AvoidanceRules.OWN_COUNTY);
    /** Clashes: weighed when a member joins. */
    static final Set<String> CLASHES = Set.of(AvoidanceRules.OVERLAP, AvoidanceRules.YEARLY, AvoidanceRules.UNAVAILABLE);

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

    /** Whether a rule applies to a member: kept by the pools or not, joining or staying. */
    static boolean applies(String rule, boolean kept, boolean joins) {
        if (SECONDMENT_ONLY.contains(rule) || !kept && !FOR_ANYONE.contains(rule)) {
            return false;
        }
        return CLASHES.contains(rule) ? joins : rule.startsWith("avoid.");
    }

    /** The findings that refuse the change for this person ({@code kept}: in a pool or with a profile). */
    static List<MemberCheck.Finding> refusing(MemberCheck.Change change, long personId, boolean kept, List<Finding> found,
                                              Collection<ExceptionRow> waived) {
        boolean joins = change.joins(personId);
        return found.stream()
                .filter(f -> applies(f.rule(), kept, joins))
                .filter(f -> waived.stream().noneMatch(w -> w.rule.equals(f.rule()) && Objects.equals(w.unitId, f.unitId())))
                .map(f -> new MemberCheck.Finding(personId, f.rule(), f.ruleZh(), f.ruleEn(), f.factZh(), f.factEn(), f.unitId()))
                .toList();
    }
}
