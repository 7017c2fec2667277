package org.xuncha.platform.security.internal.account;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins to the three administrators never lock them out, or anyone who sends five wrong
 * passwords could keep the system administrator out at will. Instead each (account, client address)
 * pair that fails {@code max} times in a row must wait before its next attempt is even checked:
 * 1 s, then twice as long after each further failure, at most 5 minutes. The administrator at
 * another address is not slowed at all; a success clears the pair. Kept in memory.
 */
final class AdminDelay {

    static final long MAX_DELAY_MILLIS = 5 * 60_000L;

    private record State(int failures, long notBefore) {
    }

    private final Map<String, State> states = new ConcurrentHashMap<>();

    private static String key(String username, String client) {
        return username + "|" + (client == null ? "console" : client);
    }

    /** Milliseconds this pair must still wait; 0: the attempt may be checked. */
    long waitMillis(String username, String client, long now) {
        State s = states.get(key(username, client));
        return s == null ? 0 : Math.max(0, s.notBefore() - now);
    }

    /** Records a failure; returns the wait it starts (0 while under {@code max}). */
    long failed(String username, String client, int max, long now) {
        if (states.size() > 10_000) {
            states.entrySet().removeIf(e -> e.getValue().notBefore() < now - MAX_DELAY_MILLIS);
        }
        State s = states.merge(key(username, client), new State(1, 0),
                (old, one) -> new State(old.failures() + 1, 0));
        long delay = 0;
        if (s.failures() >= max) {
            int over = Math.min(30, s.failures() - max);
            delay = Math.min(MAX_DELAY_MILLIS, 1000L << over);
        }
        states.put(key(username, client), new State(s.failures(), now + delay));
        return delay;
    }

    void succeeded(String username, String client) {
        states.remove(key(username, client));
    }
}
