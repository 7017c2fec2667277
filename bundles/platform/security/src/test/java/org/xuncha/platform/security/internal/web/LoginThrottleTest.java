package org.xuncha.platform.security.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle();

    @Test
    void allowsNPerMinutePerClientThenRefusesUntilTheMinuteHasPassed() {
        long t = 1_000_000;
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.allow("10.0.0.1", 3, t + i)).isTrue();
        }
        assertThat(throttle.allow("10.0.0.1", 3, t + 10)).isFalse();
        assertThat(throttle.allow("10.0.0.2", 3, t + 10)).as("another client").isTrue();
        assertThat(throttle.allow("10.0.0.1", 3, t + 59_000)).isFalse();
        assertThat(throttle.allow("10.0.0.1", 3, t + 60_001)).as("the first attempt left the window").isTrue();
    }

    @Test
    void refusedAttemptsDoNotProlongTheWait() {
        long t = 5_000_000;
        assertThat(throttle.allow(null, 1, t)).isTrue();
        for (int i = 1; i < 50; i++) {
            assertThat(throttle.allow(null, 1, t + i * 1000)).isFalse();
        }
        assertThat(throttle.allow(null, 1, t + 60_001)).isTrue();
    }
}
