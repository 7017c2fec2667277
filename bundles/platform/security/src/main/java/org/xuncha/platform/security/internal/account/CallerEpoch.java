package org.xuncha.platform.security.internal.account;

import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Component;

/**
 * A counter bumped on every change to accounts, roles, grants or scope: a session whose caller was
 * built at an older value builds it again on its next request.
 */
@Component(service = CallerEpoch.class)
public class CallerEpoch {

    private final AtomicLong epoch = new AtomicLong();

    public long current() {
        return epoch.get();
    }

    public void bump() {
        epoch.incrementAndGet();
    }
}
