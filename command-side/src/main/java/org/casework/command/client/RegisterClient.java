package org.casework.command.client;

import org.casework.command.rules.Flat;
import org.casework.domain.client.PersonalData;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Opens a new client file. {@code registeredOn} may be backdated to the first contact. {@code confirmedDistinctFrom}
 * names the files of the same name and birth date the worker confirmed to be other people (none: empty).
 */
public record RegisterClient(UUID clientId, @Flat PersonalData personalData, String responsibleWorker,
                             LocalDate registeredOn, List<UUID> confirmedDistinctFrom) {

    public RegisterClient {
        confirmedDistinctFrom = confirmedDistinctFrom == null ? List.of() : List.copyOf(confirmedDistinctFrom);
    }

    public RegisterClient(UUID clientId, PersonalData personalData, String responsibleWorker, LocalDate registeredOn) {
        this(clientId, personalData, responsibleWorker, registeredOn, List.of());
    }
}
