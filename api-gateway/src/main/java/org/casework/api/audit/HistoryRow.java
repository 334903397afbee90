package org.casework.api.audit;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** {@link HistoryEvent} as one CSV line: business dates as {@code name=date; ...}, the payload as JSON text. */
record HistoryRow(
        long sequence,
        String type,
        String storedRevision,
        String revision,
        String businessDates,
        String actor,
        Instant recordedAt,
        String correlationId,
        Instant storedAt,
        String eventId,
        String payload) {

    static HistoryRow of(HistoryEvent event) {
        String dates = event.businessDates().entrySet().stream().map(Map.Entry::toString)
                .collect(Collectors.joining("; "));
        return new HistoryRow(event.sequence(), event.type(), event.storedRevision(), event.revision(), dates,
                event.actor(), event.recordedAt(), event.correlationId(), event.storedAt(), event.eventId(),
                event.payload().toString());
    }
}
