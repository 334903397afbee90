package org.casework.domain.engagement;

import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.UUID;

/** The engagement ended on {@code closedOn}; no consultation can be recorded into it any more. */
public record EngagementClosed(
        UUID engagementId,
        UUID clientId,
        LocalDate closedOn,
        ClosureReason reason,
        String reasonNote,
        boolean followUp,
        String followUpAgreement) implements ClientEvent {
}
