package org.xuncha.evaluation.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.security.Caller;

/**
 * Group quality evaluation (巡察工作质量评估): the office's indicators and weights, a round's
 * scoring sheet, the office's scores and the published ranking. Every method checks permission and
 * scope.
 */
@ProviderType
public interface QualityService {

    /** The indicators of a division (the caller's when null): as configured, or the defaults. */
    List<Indicator> indicators(Caller caller, String divisionCode);

    /** Replaces the caller's division's indicators (audited); every error at once. */
    List<Indicator> configure(Caller caller, List<Indicator> indicators);

    /** The round's sheet: every group's values (computed ones read from the other modules now), totals and ranks. */
    ScoringSheet sheet(Caller caller, long roundId);

    /** Scores one office-scored indicator for a group of the round (audited); answers the sheet. */
    ScoringSheet score(Caller caller, long roundId, ScoreDraft draft);

    /**
     * Publishes the round's ranking as the sheet stands (409 while an office-scored value is
     * missing), replacing an earlier publication, and applies the 约谈 rule: a 约谈 record is opened
     * for every group leader it flags. Audited; events after the commit.
     */
    RoundRanking publish(Caller caller, long roundId);
}
