package org.casework.domain.engagement;

import org.casework.domain.ClientEvent;
import org.casework.domain.Erasure;
import org.casework.domain.Personal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A closed engagement is open again on {@code reopenedOn}, as if it had never been closed: it is in care from the
 * day it was opened, and consultations can be recorded into it. {@code reason} says why.
 */
public record EngagementReopened(
        UUID engagementId,
        UUID clientId,
        LocalDate reopenedOn,
        @Personal String reason) implements ClientEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
