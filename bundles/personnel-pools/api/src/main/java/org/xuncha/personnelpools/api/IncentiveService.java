package org.xuncha.personnelpools.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.security.Caller;

/** 双历认定 and 单独评优: see {@link Incentives}. Needs round planning (503 while it is away). */
@ProviderType
public interface IncentiveService {

    /** Issues 双历认定 records; 400 naming anyone who did not serve in the round; 409 for anyone who has one already. */
    List<Incentives.DualRecord> issueDual(Caller caller, Incentives.DualIssue issue);

    /** The 双历认定 records of a round, or of every round in the caller's divisions when {@code roundId} is null. */
    List<Incentives.DualRecord> dualRecords(Caller caller, Long roundId);

    /** The same list as a workbook. */
    byte[] exportDual(Caller caller, Long roundId);

    Incentives.Nomination nominate(Caller caller, Incentives.NominationDraft draft);

    /** Approves or rejects a pending nomination; approvals beyond the round's quota are refused (409 {@code quota_full}). */
    Incentives.Nomination decide(Caller caller, long nominationId, Incentives.Decision decision);

    List<Incentives.Nomination> nominations(Caller caller, long roundId);

    /** The published list: the approved nominations of the round. */
    List<Incentives.Nomination> excellence(Caller caller, long roundId);
}
