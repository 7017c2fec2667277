package org.xuncha.platform.security.internal.account;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.osgi.service.event.propertytypes.EventTopics;
import org.xuncha.platform.api.event.Events;

/** Makes every open session rebuild its caller after a change of divisions or group membership. */
@Component(service = EventHandler.class, immediate = true)
@EventTopics(Events.SCOPE_CHANGED)
public class ScopeChangeListener implements EventHandler {

    private final AccountService accounts;

    @Activate
    public ScopeChangeListener(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void handleEvent(Event event) {
        accounts.scopeChanged();
    }
}
