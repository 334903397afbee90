package org.casework.domain.client;

import java.time.LocalDate;

/**
 * Who the client is. {@code birthNumber} is the Czech rodné číslo in its normalised form {@code YYMMDD/SSSS}
 * (or {@code YYMMDD/SSS} for the nine-digit numbers issued before 1954), or null when not known.
 */
public record PersonalData(
        String firstName,
        String lastName,
        String titleBefore,
        String titleAfter,
        LocalDate birthDate,
        String birthNumber,
        String birthPlace,
        Addresses addresses,
        Contacts contacts) {
}
