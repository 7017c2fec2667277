package org.xuncha.platform.security.internal.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps repeated events from flooding the audit trail: per key (an account and address, a place),
 * at most {@code perWindow} records in a window; the rest are counted and the next record that is
 * admitted says how many were left out. The keys kept are bounded: the oldest go first.
 */
public final class AuditThrottle {

    private final int perWindow;
    private final long windowMillis;
    private final int maxKeys;
    private final Map<String, Window> windows;

    public AuditThrottle(int perWindow, long windowMillis, int maxKeys) {
        this.perWindow = perWindow;
        this.windowMillis = windowMillis;
        this.maxKeys = maxKeys;
        this.windows = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
                return size() > AuditThrottle.this.maxKeys;
            }
        };
    }

    private static final class Window {
        long start;
        int recorded;
        long suppressed;
    }

    /**
     * @return -1 if this event is not to be recorded; otherwise how many events of the key were left
     *         out since the last one recorded (0 usually)
     */
    public synchronized long admit(String key, long now) {
        Window w = windows.computeIfAbsent(key, k -> new Window());
        if (now - w.start >= windowMillis) {
            w.start = now;
            w.recorded = 0;
        }
        if (w.recorded >= perWindow) {
            w.suppressed++;
            return -1;
        }
        w.recorded++;
        long left = w.suppressed;
        w.suppressed = 0;
        return left;
    }
}
