package org.xuncha.platform.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 15 item 3: production runs on the system clock; the adjustable clock only where the JVM allows it. */
class ClockProviderTest {

    @AfterEach
    void forget() {
        System.clearProperty(ClockProvider.ADJUSTABLE);
    }

    @Test
    void withoutTheSystemPropertyAFixedOrShiftedClockIsIgnored() {
        System.clearProperty(ClockProvider.ADJUSTABLE);
        ClockProvider clock = new ClockProvider(config("2020-01-01T00:00:00Z", "P90D"));
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
        clock.modified(config("", "-P400D"));
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).as("a later change too").isLessThan(Duration.ofMinutes(1));
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void testsAndTheDemoMayFixAndShiftIt() {
        System.setProperty(ClockProvider.ADJUSTABLE, "true");
        ClockProvider clock = new ClockProvider(config("2020-01-01T00:00:00Z", "P1D"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2020-01-02T00:00:00Z"));
        clock.modified(config("", ""));
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).as("put back").isLessThan(Duration.ofMinutes(1));
    }

    private static ClockProvider.Config config(String fixed, String offset) {
        return new ClockProvider.Config() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return ClockProvider.Config.class;
            }

            @Override
            public String fixed() {
                return fixed;
            }

            @Override
            public String offset() {
                return offset;
            }

            @Override
            public String zone() {
                return "Asia/Shanghai";
            }
        };
    }
}
