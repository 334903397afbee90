package org.casework.query.client;

import org.casework.domain.status.Status;
import org.casework.query.status.Colour;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the coloured overview; colour and explanation are for the day of the question. */
public record ClientRow(
        UUID id,
        String name,
        String firstName,
        String lastName,
        LocalDate birthDate,
        Status status,
        LocalDate statusSince,
        Colour colour,
        String explanation,
        String responsibleWorker,
        UUID familyId,
        LocalDate lastContactOn,
        int openEngagements) {
}
