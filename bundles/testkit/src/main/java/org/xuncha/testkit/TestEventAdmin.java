package org.xuncha.testkit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Event Admin for unit tests: keeps every event it is given, posted or sent, in order. */
public final class TestEventAdmin implements EventAdmin {

    private final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void postEvent(Event event) {
        events.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        events.add(event);
    }

    /** Every event so far, oldest first. */
    public List<Event> events() {
        return List.copyOf(events);
    }

    /** The topics of every event so far, oldest first. */
    public List<String> topics() {
        return events.stream().map(Event::getTopic).toList();
    }

    public void clear() {
        events.clear();
    }
}
