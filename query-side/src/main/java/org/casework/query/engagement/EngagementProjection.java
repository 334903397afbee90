package org.casework.query.engagement;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.casework.domain.client.ClientErased;
import org.casework.domain.engagement.ConsultationCorrected;
import org.casework.domain.engagement.ConsultationRecorded;
import org.casework.domain.engagement.ConsultationVoided;
import org.casework.domain.engagement.EngagementClosed;
import org.casework.domain.engagement.EngagementMovedToClient;
import org.casework.domain.engagement.EngagementClosureCorrected;
import org.casework.domain.engagement.EngagementDetailsEdited;
import org.casework.domain.engagement.EngagementOpened;
import org.casework.domain.engagement.EngagementReopened;
import org.casework.query.support.LiveProcessor;
import org.springframework.stereotype.Component;

import java.util.UUID;

@Component
@ProcessingGroup(LiveProcessor.NAME)
class EngagementProjection {

    static final String NAME = "engagements";

    private final EngagementStore engagements;

    EngagementProjection(EngagementStore engagements) {
        this.engagements = engagements;
    }

    @EventHandler
    void on(EngagementOpened event) {
        engagements.add(new EngagementView(event));
    }

    @EventHandler
    void on(ConsultationRecorded event) {
        engagement(event.engagementId()).consultation(event.date(), event.durationMinutes());
    }

    @EventHandler
    void on(EngagementClosed event) {
        engagement(event.engagementId()).closed(event);
    }

    @EventHandler
    void on(EngagementMovedToClient event) {
        engagement(event.engagementId()).movedTo(event.clientId());
    }

    @EventHandler
    void on(ConsultationCorrected event) {
        engagement(event.engagementId()).consultations(event.totals());
    }

    @EventHandler
    void on(ConsultationVoided event) {
        engagement(event.engagementId()).consultations(event.totals());
    }

    @EventHandler
    void on(EngagementDetailsEdited event) {
        engagement(event.engagementId()).edited(event);
    }

    @EventHandler
    void on(EngagementClosureCorrected event) {
        engagement(event.engagementId()).closed(event);
    }

    @EventHandler
    void on(EngagementReopened event) {
        engagement(event.engagementId()).reopened();
    }

    @EventHandler
    void on(ClientErased event) {
        engagements.ofClient(event.clientId()).forEach(EngagementView::erase);
    }

    private EngagementView engagement(UUID id) {
        return engagements.engagement(id);
    }
}
