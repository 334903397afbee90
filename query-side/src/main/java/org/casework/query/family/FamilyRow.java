package org.casework.query.family;

import org.casework.domain.status.Status;
import org.casework.query.status.Colour;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the family overview; colour and explanation are for the day of the question. */
public record FamilyRow(
        UUID id,
        String name,
        Status status,
        LocalDate statusSince,
        Colour colour,
        String explanation,
        String responsibleWorker,
        int memberCount) {
}
