package org.xuncha.evaluation.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.security.Caller;

/**
 * What the ranking notice and the assessment notice are written from: stable records, checked
 * against the caller's permission and scope. Other modules (the document service) hold it through
 * an optional, dynamic reference.
 */
@ProviderType
public interface EvaluationReports {

    /** The published ranking of the round, empty if not published yet. */
    Optional<RoundRanking> ranking(Caller caller, long roundId);

    /** The round's assessments, by unit. */
    RoundAssessment assessment(Caller caller, long roundId);
}
