package org.xuncha.roundplanning.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Lookups for modules that refer to rounds, groups and targets (problems, leads, interviews). It
 * returns names, dates, stages and membership only, no business content, so it takes no caller:
 * the consuming module checks its own caller's permission and scope
 * ({@code caller.scope().coversRound(..)} and friends) on its own data.
 */
@ProviderType
public interface RoundDirectory {

    Optional<TermRef> term(long termId);

    Optional<RoundRef> round(long roundId);

    /** Rounds of a term, by number. */
    List<RoundRef> roundsOfTerm(long termId);

    /**
     * Rounds now in the stage, of every division, by id (the consumer keeps those its caller's scope
     * covers), e.g. the rounds in 评估 waiting for evaluation's scores. Since 2.3.
     */
    List<RoundRef> roundsInStage(Stage stage);

    Optional<GroupRef> group(long groupId);

    /** Groups of a round, by name. */
    List<GroupRef> groupsOfRound(long roundId);

    /** The group of a round that inspects the unit, if any. */
    Optional<GroupRef> groupForTarget(long roundId, long unitId);
}
