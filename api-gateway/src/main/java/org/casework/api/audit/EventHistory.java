package org.casework.api.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Revision;
import org.casework.api.web.NotFoundException;
import org.casework.domain.EventMetadata;
import org.casework.query.support.PageOf;
import org.casework.query.support.Paging;
import org.casework.query.support.RecordingTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every event of one file from sequence 0, read from the event store itself (never from a snapshot), upcast to
 * today's shape and decrypted with the file's key, with the revision it was stored in.
 */
@Component
class EventHistory {

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    EventHistory(EventStore eventStore, JdbcTemplate jdbc, ObjectMapper json) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.json = json;
    }

    PageOf<HistoryEvent> page(AuditedFile file, UUID id, Paging paging) {
        Long total = jdbc.queryForObject("select count(*) from domain_event_entry"
                + " where aggregate_identifier = ? and type = ?", Long.class, id.toString(), file.aggregateType());
        if (total == null || total == 0) {
            throw NotFoundException.withoutLag(file.aggregateType().toLowerCase(), id);
        }
        long first = (long) paging.page() * paging.size();
        Map<Long, String> storedRevisions = new HashMap<>();
        jdbc.query("select sequence_number, payload_revision from domain_event_entry where aggregate_identifier = ?"
                        + " and sequence_number >= ? and sequence_number < ?",
                row -> {
                    storedRevisions.put(row.getLong(1), row.getString(2));
                }, id.toString(), first, first + paging.size());
        List<HistoryEvent> events = first >= total ? List.of()
                : eventStore.readEvents(id.toString(), first).asStream().limit(paging.size())
                .map(event -> toHistory(event, storedRevisions.get(event.getSequenceNumber()))).toList();
        return new PageOf<>(events, total, paging.page(), paging.size());
    }

    private HistoryEvent toHistory(DomainEventMessage<?> event, String storedRevision) {
        Class<?> type = event.getPayloadType();
        Revision revision = type.getAnnotation(Revision.class);
        String recordedAt = metadata(event, EventMetadata.RECORDED_AT);
        return new HistoryEvent(event.getSequenceNumber(), type.getSimpleName(), storedRevision,
                revision == null ? null : revision.value(), BusinessDates.of(event.getPayload()),
                metadata(event, EventMetadata.ACTOR), RecordingTime.of(recordedAt, event.getTimestamp()),
                metadata(event, EventMetadata.CORRELATION_ID), event.getTimestamp(),
                event.getIdentifier(), json.valueToTree(event.getPayload()));
    }

    private static String metadata(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
