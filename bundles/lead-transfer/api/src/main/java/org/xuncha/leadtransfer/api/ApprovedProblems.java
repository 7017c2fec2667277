package org.xuncha.leadtransfer.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.security.Caller;

/**
 * Reading approved problems from another module. Registered only while lead transfer runs: callers
 * hold it through an optional, dynamic reference. Checks the caller's permission to read problems
 * and their scope, and audits each read of a description.
 *
 * @since 1.4
 */
@ProviderType
public interface ApprovedProblems {

    /** The most approved problems {@link #of} answers at once. */
    int MAX = 500;

    /** The approved problems of a unit in a round that the caller may see, oldest first, at most {@link #MAX}. */
    List<ApprovedProblem> of(Caller caller, long roundId, long unitId);
}
