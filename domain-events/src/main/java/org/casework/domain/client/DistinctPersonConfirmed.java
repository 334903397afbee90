package org.casework.domain.client;

import org.casework.domain.ClientEvent;

import java.util.List;
import java.util.UUID;

/**
 * The registering worker confirmed that the new client is another person than the files with the same name and
 * birth date that existed then ({@code similarClientIds}); recorded right after {@link ClientRegistered}.
 */
public record DistinctPersonConfirmed(UUID clientId, List<UUID> similarClientIds) implements ClientEvent {

    public DistinctPersonConfirmed {
        similarClientIds = List.copyOf(similarClientIds);
    }
}
