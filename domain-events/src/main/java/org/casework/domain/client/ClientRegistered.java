package org.casework.domain.client;

import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.UUID;

/** A client file was opened; {@code registeredOn} is the business date of the first contact. */
public record ClientRegistered(
        UUID clientId,
        PersonalData personalData,
        String responsibleWorker,
        LocalDate registeredOn) implements ClientEvent {
}
