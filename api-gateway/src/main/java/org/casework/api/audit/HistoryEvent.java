package org.casework.api.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One stored event as an auditor sees it. {@code storedRevision} is the shape it was written in (null: the first),
 * {@code revision} the shape it is read in after upcasting; personal fields of an erased file read "[erased]".
 */
public record HistoryEvent(
        long sequence,
        String type,
        String storedRevision,
        String revision,
        Map<String, LocalDate> businessDates,
        String actor,
        Instant recordedAt,
        String correlationId,
        Instant storedAt,
        String eventId,
        JsonNode payload) {
}
