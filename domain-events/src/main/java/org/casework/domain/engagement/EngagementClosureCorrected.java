package org.casework.domain.engagement;

import org.casework.domain.ClientEvent;
import org.casework.domain.Erasure;
import org.casework.domain.Personal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The closure of a closed engagement as it should have been recorded, replacing the one before (the fields of
 * {@link EngagementClosed}); {@code correctionReason} says why it was corrected.
 */
public record EngagementClosureCorrected(
        UUID engagementId,
        UUID clientId,
        LocalDate closedOn,
        ClosureReason reason,
        @Personal String reasonNote,
        boolean followUp,
        @Personal String followUpAgreement,
        @Personal String correctionReason) implements ClientEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
