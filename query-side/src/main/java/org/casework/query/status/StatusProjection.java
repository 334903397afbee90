package org.casework.query.status;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.casework.domain.EventMetadata;
import org.casework.domain.client.ClientErased;
import org.casework.domain.client.ClientMergedInto;
import org.casework.domain.family.FamilyStatusEnteredInError;
import org.casework.domain.family.FamilyStatusRecorded;
import org.casework.domain.status.StatusEnteredInError;
import org.casework.domain.status.StatusEntry;
import org.casework.domain.status.StatusRecorded;
import org.casework.domain.status.StatusTimeline;
import org.casework.query.care.FileKind;
import org.casework.query.support.LiveProcessor;
import org.casework.query.support.RecordingTime;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/** Keeps every status entry and the periods they add up to, per client and per family. */
@Component
@ProcessingGroup(LiveProcessor.NAME)
class StatusProjection {

    static final String NAME = "statuses";

    private final StatusStore store;

    StatusProjection(StatusStore store) {
        this.store = store;
    }

    @EventHandler
    void on(StatusRecorded event, EventMessage<?> message, @SequenceNumber long seq,
            @MetaDataValue(EventMetadata.RECORDED_AT) String recordedAt,
            @MetaDataValue(EventMetadata.ACTOR) String actor, @Timestamp Instant storedAt) {
        recorded(FileKind.CLIENT, event.clientId(), event.entry(), message, seq,
                RecordingTime.of(recordedAt, storedAt), actor);
    }

    @EventHandler
    void on(FamilyStatusRecorded event, EventMessage<?> message, @SequenceNumber long seq,
            @MetaDataValue(EventMetadata.RECORDED_AT) String recordedAt,
            @MetaDataValue(EventMetadata.ACTOR) String actor, @Timestamp Instant storedAt) {
        recorded(FileKind.FAMILY, event.familyId(), event.entry(), message, seq,
                RecordingTime.of(recordedAt, storedAt), actor);
    }

    private void recorded(FileKind kind, UUID fileId, StatusEntry entry, EventMessage<?> message, long seq,
                          Instant recordedAt, String actor) {
        StatusEntryView added = new StatusEntryView(message.getIdentifier(), kind, fileId, seq, entry, recordedAt,
                actor);
        store.add(added);
        replacePeriods(kind, fileId, added.getId());
    }

    @EventHandler
    void on(StatusEnteredInError event, EventMessage<?> message,
            @MetaDataValue(EventMetadata.RECORDED_AT) String recordedAt,
            @MetaDataValue(EventMetadata.ACTOR) String actor, @Timestamp Instant storedAt) {
        inError(FileKind.CLIENT, event.clientId(), event.entry(), event.reason(), event.bySystem(), message,
                RecordingTime.of(recordedAt, storedAt), actor);
    }

    @EventHandler
    void on(FamilyStatusEnteredInError event, EventMessage<?> message,
            @MetaDataValue(EventMetadata.RECORDED_AT) String recordedAt,
            @MetaDataValue(EventMetadata.ACTOR) String actor, @Timestamp Instant storedAt) {
        inError(FileKind.FAMILY, event.familyId(), event.entry(), event.reason(), event.bySystem(), message,
                RecordingTime.of(recordedAt, storedAt), actor);
    }

    /** Entries are addressed by their place in the recording order, which never changes. */
    private void inError(FileKind kind, UUID fileId, int index, String reason, boolean bySystem,
                         EventMessage<?> message, Instant at, String actor) {
        StatusEntryView entry = store.entriesOf(fileId).get(index);
        entry.markInError(message.getIdentifier(), reason, bySystem, at, actor);
        store.markInError(entry, message.getIdentifier());
        replacePeriods(kind, fileId, message.getIdentifier());
    }

    /**
     * The survivor re-recorded the merged file's entries: here they stop counting (marked by the system), so the
     * statistics count the person once. The stored events keep the merged file's history as it was.
     */
    @EventHandler
    void on(ClientMergedInto event, EventMessage<?> message,
            @MetaDataValue(EventMetadata.RECORDED_AT) String recordedAt,
            @MetaDataValue(EventMetadata.ACTOR) String actor, @Timestamp Instant storedAt) {
        Instant at = RecordingTime.of(recordedAt, storedAt);
        for (StatusEntryView entry : store.entriesOf(event.clientId())) {
            if (!entry.inError()) {
                entry.markInError(message.getIdentifier(), "merged into client file " + event.survivorId(), true,
                        at, actor);
                store.markInError(entry, message.getIdentifier());
            }
        }
        replacePeriods(FileKind.CLIENT, event.clientId(), message.getIdentifier());
    }

    private void replacePeriods(FileKind kind, UUID fileId, String eventId) {
        StatusTimeline timeline = StatusStore.timelineOf(store.entriesOf(fileId));
        store.replacePeriods(fileId, eventId, StatusPeriodView.of(kind, fileId, timeline.periods()));
    }

    @EventHandler
    void on(ClientErased event) {
        store.entriesOf(event.clientId()).stream().filter(entry -> entry.fileKind() == FileKind.CLIENT)
                .forEach(StatusEntryView::erase);
    }
}
