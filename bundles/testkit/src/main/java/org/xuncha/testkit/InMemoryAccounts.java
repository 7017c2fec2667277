package org.xuncha.testkit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.security.auth.Subject;

import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.CallerResolver;

/**
 * The platform's accounts held in memory, for modules that act later for a user (a job sending
 * what the user submitted): the active accounts by username. There is no console session here.
 */
public final class InMemoryAccounts implements CallerResolver {

    private final Map<String, Caller> active = new ConcurrentHashMap<>();

    /** The accounts are active, with the permissions and scope they hold now. */
    public InMemoryAccounts add(Caller... callers) {
        for (Caller c : callers) {
            active.put(c.username(), c);
        }
        return this;
    }

    /** The account is disabled (or deleted). */
    public void remove(String username) {
        active.remove(username);
    }

    @Override
    public Optional<Caller> byUsername(String username) {
        return Optional.ofNullable(active.get(username));
    }

    @Override
    public Caller fromSubject(Subject subject) {
        throw new UnsupportedOperationException("no console session in a unit test");
    }
}
