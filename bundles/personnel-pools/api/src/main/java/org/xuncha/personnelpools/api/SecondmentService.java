package org.xuncha.personnelpools.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.security.Caller;

/**
 * Secondment (抽调) from the pools into a round, checked against the round's targets and people as
 * round planning has them: 回避 (worked in a target, a declared relative there or leading it, home
 * unit a target, own county in a cross inspection, round planning's declared avoidances) and
 * clashes (overlapping fieldwork, too many secondments a year, outside the person's availability).
 * Needs round planning: 503 {@code round_planning_unavailable} while it is away.
 */
@ProviderType
public interface SecondmentService {

    /** The checks of a person against a round (and a group of it), without recording anything. */
    SecondmentCheck check(Caller caller, long roundId, Long groupId, long personId);

    /**
     * Records a secondment: 409 {@code avoidance_required} naming every finding not waived; a
     * waiver needs the approve permission and a justification, and is audited with the finding.
     */
    Secondment second(Caller caller, Secondment.Draft draft);

    List<Secondment> secondments(Caller caller, long roundId);

    /**
     * Candidates from the pools for a group of the round, ranked: those who fill what the group
     * lacks (configured requirements, by default one finance/audit and one discipline specialist)
     * and are clear of findings first, then those who served least.
     */
    List<Suggestion> suggestions(Caller caller, long roundId, long groupId, PoolKind pool, int limit);
}
