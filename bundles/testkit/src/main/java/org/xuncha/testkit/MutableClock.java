package org.xuncha.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock a test sets and moves, at Beijing time like the installations; it starts on 2026-06-01 at 09:00. */
public final class MutableClock extends Clock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Instant now = LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(ZONE).toInstant();

    public LocalDate today() {
        return LocalDate.ofInstant(now, ZONE);
    }

    /** Moves to 09:00 of the day. */
    public MutableClock setToday(LocalDate day) {
        return set(day.atTime(9, 0));
    }

    /** Moves to that time of day, Beijing time. */
    public MutableClock set(LocalDateTime time) {
        now = time.atZone(ZONE).toInstant();
        return this;
    }

    public MutableClock plusDays(long days) {
        return advance(Duration.ofDays(days));
    }

    /** Moves on by {@code d} (back, when negative). */
    public MutableClock advance(Duration d) {
        now = now.plus(d);
        return this;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
