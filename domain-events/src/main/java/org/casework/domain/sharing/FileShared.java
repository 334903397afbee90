package org.casework.domain.sharing;

import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.UUID;

/** The client's file was shared with {@code worker} on the strength of the consent {@code consentId}. */
public record FileShared(UUID clientId, String worker, LocalDate sharedOn, UUID consentId) implements ClientEvent {
}
