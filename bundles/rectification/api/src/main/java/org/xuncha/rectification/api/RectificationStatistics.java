package org.xuncha.rectification.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.security.Caller;

/**
 * Ledgers and figures for other modules (the evaluation module reads ledgers here) and for the
 * statistics page; always in the caller's scope, as of today. Held by other modules through a
 * dynamic, optional reference.
 */
@ProviderType
public interface RectificationStatistics {

    /** The ledgers in the caller's scope, of one round and/or unit when given, ordered by round and unit. */
    List<LedgerSummary> summaries(Caller caller, Long roundId, Long unitId);

    /** Tasks, closed and overdue per round, unit or division, of one round when given. */
    List<Breakdown> breakdown(Caller caller, Breakdown.By by, Long roundId);
}
