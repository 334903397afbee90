package org.casework.query.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When an event was recorded: its {@code recordedAt} metadata (the service's clock), else the store's timestamp;
 * to the microsecond, as PostgreSQL keeps it, so a file rebuilt in memory shows what the read model shows.
 */
public final class RecordingTime {

    private RecordingTime() {
    }

    public static Instant of(String recordedAt, Instant storedAt) {
        return (recordedAt == null ? storedAt : Instant.parse(recordedAt)).truncatedTo(ChronoUnit.MICROS);
    }
}
