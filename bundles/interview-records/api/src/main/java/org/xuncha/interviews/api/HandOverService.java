package org.xuncha.interviews.api;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * Hand-over of raised problems and leads to the lead-transfer module. The interview module works
 * without that module: raised items wait as pending. When it starts (installed later, no restart
 * needed) the pending items are handed over automatically on behalf of whoever raised them, with
 * their permissions as of then; items it refuses stay pending with the reason, and a member of the
 * group can hand them over again.
 */
@ProviderType
public interface HandOverService {

    HandOverState state(Caller caller);

    /** Raised items in the caller's scope; {@code status} null for all. */
    Page<PendingHandOver> list(Caller caller, HandOverStatus status, PlanQuery query, PageRequest page);

    /**
     * Hands one pending item over now, as the caller.
     *
     * @throws org.xuncha.platform.api.rest.ApiException 503 while lead transfer is not running
     */
    HandOver submit(Caller caller, long id);
}
