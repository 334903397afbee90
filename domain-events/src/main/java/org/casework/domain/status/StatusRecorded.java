package org.casework.domain.status;

import org.casework.domain.Erasure;
import org.casework.domain.ClientEvent;

import java.util.UUID;

/** A status entry was added to a client's history; whether it became current is decided by {@link StatusTimeline}. */
public record StatusRecorded(UUID clientId, StatusEntry entry) implements ClientEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
