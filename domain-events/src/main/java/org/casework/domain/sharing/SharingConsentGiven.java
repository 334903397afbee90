package org.casework.domain.sharing;

import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The client's consent (GDPR) to sharing their file with other workers: in force from {@code givenOn} to
 * {@code validUntil} inclusive (open-ended when null) unless revoked; {@code workers} lists the workers a
 * {@link ConsentScope#NAMED_WORKERS} consent covers and is empty otherwise.
 */
public record SharingConsentGiven(UUID clientId, UUID consentId, LocalDate givenOn, LocalDate validUntil,
                                  ConsentScope scope, List<String> workers) implements ClientEvent {

    public SharingConsentGiven {
        workers = workers == null ? List.of() : List.copyOf(workers);
    }
}
