package org.casework.domain.engagement;

import org.casework.domain.Erasure;
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

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
