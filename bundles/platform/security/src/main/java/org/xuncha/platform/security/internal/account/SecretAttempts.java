package org.xuncha.platform.security.internal.account;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.xuncha.platform.api.rest.ApiException;

/**
 * Wrong secrets given by a signed-in account outside the sign-in (the current password on a change,
 * the one-time code that turns the second factor off): after {@code max} wrong ones within the window
 * the account gets 429 until the oldest falls out of it, so a stolen session cannot guess the
 * password or the code. Kept in memory: a restart forgets it, like the sign-in rate limit.
 */
final class SecretAttempts {

    private final Map<Long, Deque<Long>> failures = new ConcurrentHashMap<>();

    /** @throws ApiException 429 when the account has given too many wrong secrets lately */
    void check(long userId, int max, long windowMillis, long now) {
        Deque<Long> q = failures.get(userId);
        if (q == null) {
            return;
        }
        synchronized (q) {
            while (!q.isEmpty() && now - q.peekFirst() >= windowMillis) {
                q.pollFirst();
            }
            if (q.size() >= max) {
                long minutes = Math.max(1, (q.peekFirst() + windowMillis - now + 59_999) / 60_000);
                throw new ApiException(429, "too_many_attempts", "错误次数过多，请" + minutes + "分钟后再试",
                        "Too many wrong attempts; try again in " + minutes + " minutes");
            }
        }
    }

    void failed(long userId, long now) {
        Deque<Long> q = failures.computeIfAbsent(userId, k -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(now);
        }
    }

    void succeeded(long userId) {
        failures.remove(userId);
    }
}
