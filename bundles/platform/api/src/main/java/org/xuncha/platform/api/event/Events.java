package org.xuncha.platform.api.event;

/**
 * Domain events travel on Event Admin topics {@code xuncha/<module>/<event>} (module ids use
 * {@code _} instead of {@code -} in topics, as topic tokens allow no hyphen in some tools; e.g.
 * {@code xuncha/round_planning/stage_changed}). Every event carries the properties below; modules
 * add their own.
 */
public final class Events {

    public static final String PREFIX = "xuncha/";

    /** Module id that published the event. */
    public static final String MODULE = "module";
    /** Id of the record the event is about. */
    public static final String ENTITY_ID = "entityId";
    /** Username of who caused it. */
    public static final String ACTOR = "actor";
    /** Epoch milliseconds. */
    public static final String TIMESTAMP = "timestamp";

    /**
     * Sent (synchronously, after the commit) by any module whose change can widen or narrow what
     * signed-in callers may see: a new division, a group's members or targets. The security spine
     * rebuilds every session's caller on the next request.
     */
    public static final String SCOPE_CHANGED = "xuncha/platform/scope_changed";

    private Events() {
    }

    /** {@code topic("round-planning", "stage_changed")} is {@code xuncha/round_planning/stage_changed}. */
    public static String topic(String moduleId, String event) {
        return PREFIX + moduleId.replace('-', '_') + "/" + event;
    }

    /** Topic filter for every event of a module: {@code xuncha/round_planning/*}. */
    public static String allOf(String moduleId) {
        return PREFIX + moduleId.replace('-', '_') + "/*";
    }
}
