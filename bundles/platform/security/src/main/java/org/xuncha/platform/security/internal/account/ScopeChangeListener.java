package org.xuncha.platform.security.internal.account;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.xuncha.platform.api.event.Events;

/** Makes every open session rebuild its caller after a change of divisions or group membership. */
// event.topics as a plain property: @EventTopics would require an osgi.event implementation
// capability that Karaf's Event Admin does not declare.
@Component(service = EventHandler.class, immediate = true, property = "event.topics=" + Events.SCOPE_CHANGED)
public class ScopeChangeListener implements EventHandler {

    private final CallerEpoch epoch;

    @Activate
    public ScopeChangeListener(@Reference CallerEpoch epoch) {
        this.epoch = epoch;
    }

    @Override
    public void handleEvent(Event event) {
        epoch.bump();
    }
}
