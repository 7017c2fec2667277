package org.xuncha.rectification.internal.handover;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.event.Events;

/** Opens the pending handovers when the reference data announce a unit's new top leader. */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + Events.TOP_LEADER_CHANGED)
public class TopLeaderListener implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(TopLeaderListener.class);

    private final PendingHandovers pending;

    @Activate
    public TopLeaderListener(@Reference PendingHandovers pending) {
        this.pending = pending;
    }

    @Override
    public void handleEvent(Event event) {
        try {
            long unitId = ((Number) event.getProperty("unitId")).longValue();
            long personId = ((Number) event.getProperty("personId")).longValue();
            int opened = pending.open(unitId, personId).size();
            if (opened > 0) {
                LOG.info("top leader of unit {} changed: {} pending handover(s) opened", unitId, opened);
            }
        } catch (RuntimeException e) {
            // Event Admin would blacklist a handler that throws; the office can still record the handover itself
            LOG.warn("Could not open the pending handover after a top-leader change: {}", e.toString());
        }
    }
}
