package org.casework.query.access;

import org.casework.domain.sharing.ConsentScope;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The answer to {@link FindSharing}: consents newest first, shares by worker. */
public record Sharing(String responsibleWorker, List<Consent> consents, List<Share> shares) {

    public record Consent(UUID id, LocalDate givenOn, LocalDate validUntil, LocalDate revokedOn, ConsentScope scope,
                          List<String> workers, boolean inForce) {
    }

    /** {@code lastDay}: the last day the share works (its consent's), null while open-ended. */
    public record Share(String worker, UUID consentId, LocalDate lastDay, boolean inForce) {
    }
}
