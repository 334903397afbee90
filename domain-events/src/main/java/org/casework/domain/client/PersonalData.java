package org.casework.domain.client;

import org.casework.domain.Erasure;
import org.casework.domain.Personal;

import java.time.LocalDate;

/**
 * Who the client is. {@code birthNumber} is the Czech rodné číslo in its normalised form {@code YYMMDD/SSSS}
 * (or {@code YYMMDD/SSS} for the nine-digit numbers issued before 1954), or null when not known.
 */
public record PersonalData(
        @Personal String firstName,
        @Personal String lastName,
        @Personal String titleBefore,
        @Personal String titleAfter,
        @Personal LocalDate birthDate,
        @Personal String birthNumber,
        @Personal String birthPlace,
        Addresses addresses,
        Contacts contacts) {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
