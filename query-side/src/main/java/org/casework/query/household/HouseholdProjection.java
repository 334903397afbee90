package org.casework.query.household;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.casework.domain.EventMetadata;
import org.casework.domain.client.ClientErased;
import org.casework.domain.household.HouseholdAssessed;
import org.casework.query.support.LiveProcessor;
import org.casework.query.support.RecordingTime;
import org.springframework.stereotype.Component;

import java.time.Instant;

@Component
@ProcessingGroup(LiveProcessor.NAME)
class HouseholdProjection {

    static final String NAME = "households";

    private final HouseholdStore assessments;

    HouseholdProjection(HouseholdStore assessments) {
        this.assessments = assessments;
    }

    @EventHandler
    void on(HouseholdAssessed event,
            @MetaDataValue(EventMetadata.RECORDED_AT) String recordedAt,
            @MetaDataValue(EventMetadata.ACTOR) String actor,
            @Timestamp Instant storedAt) {
        assessments.add(new HouseholdAssessmentView(event, RecordingTime.of(recordedAt, storedAt), actor));
    }

    @EventHandler
    void on(ClientErased event) {
        assessments.ofClient(event.clientId())
                .forEach(HouseholdAssessmentView::erase);
    }
}
