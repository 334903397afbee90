package org.casework.domain.family;

import org.casework.domain.Erasure;
import org.casework.domain.FamilyEvent;
import org.casework.domain.Personal;

import java.time.LocalDate;
import java.util.UUID;

/** A family contract's number or dates were entered wrongly: these are its terms from now on. */
public record FamilyContractCorrected(
        UUID familyId,
        UUID contractId,
        String number,
        LocalDate signedOn,
        LocalDate validFrom,
        LocalDate validTo,
        @Personal String reason) implements FamilyEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
