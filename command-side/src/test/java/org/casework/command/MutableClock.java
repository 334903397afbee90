package org.casework.command;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock a test moves by hand; the organisation's zone is Prague. */
public final class MutableClock extends Clock {

    public static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");

    private volatile Instant now;

    public MutableClock(LocalDate day) {
        setDay(day);
    }

    /** Moves to 09:00 of {@code day}. */
    public void setDay(LocalDate day) {
        now = day.atTime(9, 0).atZone(PRAGUE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return PRAGUE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock stays in Prague");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
