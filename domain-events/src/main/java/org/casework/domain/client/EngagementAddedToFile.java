package org.casework.domain.client;

import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.UUID;

/** The client's file records that an engagement was opened for the client, so the file knows all its engagements. */
public record EngagementAddedToFile(UUID clientId, UUID engagementId, LocalDate openedOn) implements ClientEvent {
}
