package org.xuncha.platform.api.event;

import java.util.HashMap;
import java.util.Map;

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

    /**
     * Posted by the reference data (since 1.3) when a person becomes the active top leader (一把手) of a
     * unit, created so or changed into it, with {@code unitId}, {@code personId} and
     * {@code previousPersonId} (the unit's other active top leader just before; absent when none), ids
     * only. Not posted for rows of a file import.
     */
    public static final String TOP_LEADER_CHANGED = "xuncha/platform/top_leader_changed";

    private Events() {
    }

    /** {@code topic("round-planning", "stage_changed")} is {@code xuncha/round_planning/stage_changed}. */
    public static String topic(String moduleId, String event) {
        return PREFIX + moduleId.replace('-', '_') + "/" + event;
    }

    /**
     * The properties of an event a module posts: its own, given as key-value pairs (a pair whose
     * value is null is left out), and the four every event carries.
     */
    public static Map<String, Object> properties(String moduleId, String actor, Object entityId, long timestamp,
                                                 Object... keysAndValues) {
        Map<String, Object> props = new HashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                props.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        props.put(MODULE, moduleId);
        props.put(ENTITY_ID, String.valueOf(entityId));
        props.put(ACTOR, actor);
        props.put(TIMESTAMP, timestamp);
        return props;
    }

    /** Topic filter for every event of a module: {@code xuncha/round_planning/*}. */
    public static String allOf(String moduleId) {
        return PREFIX + moduleId.replace('-', '_') + "/*";
    }
}
