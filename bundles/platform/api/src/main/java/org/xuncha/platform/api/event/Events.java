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
