package org.casework.query.chronology;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.casework.domain.EventMetadata;
import org.casework.domain.client.ClientErased;
import org.casework.domain.engagement.ConsultationCorrected;
import org.casework.domain.engagement.ConsultationRecorded;
import org.casework.domain.engagement.EngagementMovedToClient;
import org.casework.domain.engagement.ConsultationVoided;
import org.casework.query.support.LiveProcessor;
import org.casework.query.support.RecordingTime;
import org.springframework.stereotype.Component;

import java.time.Instant;

@Component
@ProcessingGroup(LiveProcessor.NAME)
class ChronologyProjection {

    static final String NAME = "chronology";

    private final ChronologyStore chronology;

    ChronologyProjection(ChronologyStore chronology) {
        this.chronology = chronology;
    }

    @EventHandler
    void on(ConsultationRecorded event,
            @MetaDataValue(EventMetadata.RECORDED_AT) String recordedAt,
            @MetaDataValue(EventMetadata.ACTOR) String actor,
            @Timestamp Instant storedAt) {
        Instant recorded = RecordingTime.of(recordedAt, storedAt);
        chronology.add(new ChronologyEntry(event, recorded, actor));
    }

    @EventHandler
    void on(EngagementMovedToClient event) {
        chronology.ofClient(event.fromClientId()).stream()
                .filter(entry -> entry.engagementId().equals(event.engagementId()))
                .forEach(entry -> entry.movedTo(event.clientId()));
    }

    @EventHandler
    void on(ConsultationCorrected event) {
        chronology.entry(event.consultationId()).corrected(event);
    }

    @EventHandler
    void on(ConsultationVoided event) {
        chronology.remove(event.consultationId());
    }

    @EventHandler
    void on(ClientErased event) {
        chronology.ofClient(event.clientId()).forEach(ChronologyEntry::erase);
    }
}
