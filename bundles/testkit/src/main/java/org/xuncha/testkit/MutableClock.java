package org.xuncha.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test sets and moves, at Beijing time like the installations; it starts on 2026-06-01 at 09:00. */
public final class MutableClock extends Clock {

    public static final ZoneId ZONE = ZoneOffset.ofHours(8);

    private volatile Instant now = LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(ZONE).toInstant();

    public LocalDate today() {
        return LocalDate.ofInstant(now, ZONE);
    }

    /** Moves to 09:00 of the day. */
    public MutableClock setToday(LocalDate day) {
        now = day.atTime(9, 0).atZone(ZONE).toInstant();
        return this;
    }

    public MutableClock plusDays(long days) {
        now = now.plusSeconds(days * 86_400);
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
