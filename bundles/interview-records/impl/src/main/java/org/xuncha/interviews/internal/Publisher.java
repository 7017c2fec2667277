package org.xuncha.interviews.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.xuncha.interviews.api.InterviewEvents;
import org.xuncha.interviews.api.InterviewPermissions;
import org.xuncha.platform.api.event.Events;
import org.xuncha.platform.api.security.Caller;

/** Posts the module's events: ids only, never content. */
@Component(service = Publisher.class)
public class Publisher {

    private final EventAdmin events;
    private final Clock clock;

    @Activate
    public Publisher(@Reference EventAdmin events, @Reference Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void post(String topic, Caller caller, long entityId, long roundId, long groupId, long unitId, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>(extra);
        props.put(Events.MODULE, InterviewPermissions.MODULE);
        props.put(Events.ENTITY_ID, String.valueOf(entityId));
        props.put(Events.ACTOR, caller.username());
        props.put(Events.TIMESTAMP, clock.millis());
        props.put(InterviewEvents.ROUND_ID, roundId);
        props.put(InterviewEvents.GROUP_ID, groupId);
        props.put(InterviewEvents.UNIT_ID, unitId);
        events.postEvent(new Event(topic, props));
    }

    public void post(String topic, Caller caller, long entityId, ScopedEntity scope, Map<String, Object> extra) {
        post(topic, caller, entityId, scope.roundId, scope.groupId, scope.unitId, extra);
    }

    public void post(String topic, Caller caller, long entityId, ScopedEntity scope) {
        post(topic, caller, entityId, scope, Map.of());
    }
}
