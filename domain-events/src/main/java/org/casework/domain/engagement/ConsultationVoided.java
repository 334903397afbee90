package org.casework.domain.engagement;

import org.casework.domain.ClientEvent;
import org.casework.domain.Erasure;
import org.casework.domain.Personal;

import java.util.UUID;

/**
 * A recorded consultation counts nowhere any more (recorded by mistake, or into the wrong engagement); its events
 * stay readable in the history. {@code totals} are the engagement's consultations without it.
 */
public record ConsultationVoided(
        UUID consultationId,
        UUID engagementId,
        UUID clientId,
        @Personal String reason,
        ConsultationTotals totals) implements ClientEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
