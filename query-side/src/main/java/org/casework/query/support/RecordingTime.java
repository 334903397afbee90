package org.casework.query.support;

import java.time.Instant;

/** When an event was recorded: its {@code recordedAt} metadata (the service's clock), else the store's timestamp. */
public final class RecordingTime {

    private RecordingTime() {
    }

    public static Instant of(String recordedAt, Instant storedAt) {
        return recordedAt == null ? storedAt : Instant.parse(recordedAt);
    }
}
