package org.casework.domain.engagement;

import org.casework.domain.ClientEvent;
import org.casework.domain.Personal;

import java.time.LocalDate;
import java.util.UUID;

/** The engagement ended on {@code closedOn}; no consultation can be recorded into it any more. */
public record EngagementClosed(
        UUID engagementId,
        UUID clientId,
        LocalDate closedOn,
        ClosureReason reason,
        @Personal String reasonNote,
        boolean followUp,
        @Personal String followUpAgreement) implements ClientEvent {
}
