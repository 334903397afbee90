package org.casework.domain.client;

import org.casework.domain.Erasure;
import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.UUID;

/** A client file was opened; {@code registeredOn} is the business date of the first contact. */
public record ClientRegistered(
        UUID clientId,
        PersonalData personalData,
        String responsibleWorker,
        LocalDate registeredOn) implements ClientEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
