package org.xuncha.leadtransfer.api;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.security.Caller;

/**
 * How other modules hand problems and leads to the lead-transfer module. Registered only while that
 * module runs: callers use an optional, dynamic reference and carry on without it. Each call checks
 * the caller's permission to raise problems or leads and their scope over the round and group.
 */
@ProviderType
public interface LeadIntake {

    /** Registers a problem draft; returns its id. */
    long raiseProblem(Caller caller, ProblemDraft draft);

    /** Registers a lead; returns its id. */
    long raiseLead(Caller caller, LeadDraft draft);
}
