package org.casework.domain.sharing;

import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.UUID;

/** The client withdrew a consent; it is no longer in force from {@code revokedOn}. */
public record SharingConsentRevoked(UUID clientId, UUID consentId, LocalDate revokedOn) implements ClientEvent {
}
