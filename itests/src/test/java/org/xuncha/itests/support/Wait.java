package org.xuncha.itests.support;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/** Waiting on conditions, never on time alone. */
public final class Wait {

    private Wait() {
    }

    public static ConditionFactory upTo(Duration timeout) {
        return Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(200)).ignoreExceptions();
    }

    public static void until(Duration timeout, Callable<Boolean> condition) {
        upTo(timeout).until(condition);
    }
}
