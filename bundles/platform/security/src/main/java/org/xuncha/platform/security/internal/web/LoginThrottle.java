package org.xuncha.platform.security.internal.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** At most N login attempts per client address per minute, whatever the accounts tried. */
final class LoginThrottle {

    private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();

    boolean allow(String client, int perMinute, long now) {
        if (attempts.size() > 10_000) {
            attempts.entrySet().removeIf(e -> e.getValue().isEmpty() || now - e.getValue().peekLast() > 60_000);
        }
        Deque<Long> q = attempts.computeIfAbsent(client == null ? "?" : client, k -> new ArrayDeque<>());
        synchronized (q) {
            while (!q.isEmpty() && now - q.peekFirst() > 60_000) {
                q.pollFirst();
            }
            if (q.size() >= perMinute) {
                return false;
            }
            q.addLast(now);
            return true;
        }
    }
}
