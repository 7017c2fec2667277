package org.xuncha.rectification.api;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/** Handovers of rectification when a unit's top leader changes (整改交接). */
@ProviderType
public interface HandoverService {

    /** Fields the handover list can be sorted by. */
    Set<String> SORTABLE = Set.of("id", "handedOverOn");

    /** Handovers in the caller's scope, of one unit when given, latest first. */
    Page<Handover> handovers(Caller caller, Long unitId, PageRequest page);

    Handover handover(Caller caller, long id);

    /**
     * Records a handover signed by both leaders: every open task of the unit's ledgers (of the round,
     * when given) whose responsible leader was the outgoing leader becomes the incoming leader's, and
     * the ledgers' principal leader is the incoming one, so no task is left without a leader.
     */
    Handover record(Caller caller, HandoverDraft draft);
}
