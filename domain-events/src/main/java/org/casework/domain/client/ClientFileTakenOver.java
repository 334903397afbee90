package org.casework.domain.client;

import org.casework.domain.ClientEvent;
import org.casework.domain.Erasure;
import org.casework.domain.Personal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** This file took over the engagements of {@code mergedClientId}, a second file of the same person. */
public record ClientFileTakenOver(UUID clientId, UUID mergedClientId, LocalDate mergedOn, @Personal String reason,
                                  List<UUID> engagementIds) implements ClientEvent {

    public ClientFileTakenOver {
        engagementIds = List.copyOf(engagementIds);
    }

    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
