package org.casework.domain.client;

import org.casework.domain.ClientEvent;
import org.casework.domain.Erasure;
import org.casework.domain.Personal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * This file was a second file of the person whose file is {@code survivorId}: its engagements ({@code engagementIds})
 * went over to that file, and nothing more is recorded in this one. Its history stays readable.
 */
public record ClientMergedInto(UUID clientId, UUID survivorId, LocalDate mergedOn, @Personal String reason,
                               List<UUID> engagementIds) implements ClientEvent {

    public ClientMergedInto {
        engagementIds = List.copyOf(engagementIds);
    }

    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
