package org.casework.command.client;

import org.casework.command.rules.Flat;
import org.casework.domain.client.PersonalData;

import java.time.LocalDate;
import java.util.UUID;

/** Opens a new client file. {@code registeredOn} may be backdated to the first contact. */
public record RegisterClient(UUID clientId, @Flat PersonalData personalData, String responsibleWorker,
                             LocalDate registeredOn) {
}
