package org.casework.query.status;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.eventhandling.EventMessage;
import org.casework.domain.EventMetadata;
import org.casework.domain.status.StatusRecorded;
import org.casework.domain.status.StatusTimeline;
import org.casework.query.support.RecordingTime;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps every status entry and the periods they add up to, per client. */
@Component
@ProcessingGroup(StatusProjection.NAME)
class StatusProjection {

    static final String NAME = "statuses";

    private final StatusEntryRepository entries;
    private final StatusPeriodRepository periods;

    StatusProjection(StatusEntryRepository entries, StatusPeriodRepository periods) {
        this.entries = entries;
        this.periods = periods;
    }

    @EventHandler
    void on(StatusRecorded event, EventMessage<?> message, @SequenceNumber long seq,
            @MetaDataValue(EventMetadata.RECORDED_AT) String recordedAt,
            @MetaDataValue(EventMetadata.ACTOR) String actor, @Timestamp Instant storedAt) {
        entries.save(new StatusEntryView(message.getIdentifier(), event.clientId(), seq, event.entry(),
                RecordingTime.of(recordedAt, storedAt), actor));
        entries.flush();
        StatusTimeline timeline = new StatusTimeline(entries.findByClientIdOrderBySeq(event.clientId()).stream()
                .map(StatusEntryView::entry).toList());
        periods.deleteOfClient(event.clientId());
        periods.saveAll(timeline.periods().stream().map(p -> new StatusPeriodView(event.clientId(), p)).toList());
    }

    @ResetHandler
    void reset() {
        periods.deleteAllInBatch();
        entries.deleteAllInBatch();
    }
}
