package org.casework.command.status;

import org.axonframework.deadline.DeadlineManager;

import java.time.Clock;
import java.time.LocalDate;

/** Deadlines of the automatic rules fall due at the start of a day in the organisation's time zone. */
public final class DayDeadlines {

    private DayDeadlines() {
    }

    public static void schedule(DeadlineManager deadlines, Clock clock, String name, LocalDate day, Object payload) {
        deadlines.schedule(day.atStartOfDay(clock.getZone()).toInstant(), name, payload);
    }
}
