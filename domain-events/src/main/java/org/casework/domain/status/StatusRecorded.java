package org.casework.domain.status;

import org.casework.domain.ClientEvent;

import java.util.UUID;

/** A status entry was added to a client's history; whether it became current is decided by {@link StatusTimeline}. */
public record StatusRecorded(UUID clientId, StatusEntry entry) implements ClientEvent {
}
