package org.casework.domain.client;

import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The client applied for the service on {@code receivedOn}; {@code acceptedOn} is the day the organisation
 * accepted the application, or null while it is pending. A newer event replaces the older one.
 */
public record ServiceApplicationRecorded(UUID clientId, LocalDate receivedOn, LocalDate acceptedOn)
        implements ClientEvent {
}
