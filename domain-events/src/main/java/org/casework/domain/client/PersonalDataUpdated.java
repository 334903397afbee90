package org.casework.domain.client;

import org.casework.domain.Erasure;
import org.casework.domain.ClientEvent;

import java.util.UUID;

/** The client's personal data was replaced as a whole by a corrected or newer version. */
public record PersonalDataUpdated(UUID clientId, PersonalData personalData) implements ClientEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
