package org.casework.query.client;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the client overview. */
public record ClientRow(
        UUID id,
        String name,
        String firstName,
        String lastName,
        LocalDate birthDate,
        String responsibleWorker,
        LocalDate lastContactOn,
        int openEngagements) {
}
