package org.casework.query.client;

import org.casework.domain.engagement.ClosureReason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A client file as it stood at the end of {@code asOf}: the card (personal data, status, contracts, plan, colour)
 * and the engagements, from the {@code events} recorded before {@code recordedBefore}.
 */
public record ClientAsOf(
        LocalDate asOf,
        Instant recordedBefore,
        int events,
        ClientCard card,
        List<Engagement> engagements) {

    public record Engagement(UUID id, String title, LocalDate openedOn, LocalDate closedOn,
                             ClosureReason closureReason, int consultations, LocalDate lastConsultationOn) {
    }
}
