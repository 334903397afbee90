package org.casework.domain.family;

import org.casework.domain.Erasure;
import org.casework.domain.FamilyEvent;
import org.casework.domain.Personal;

import java.time.LocalDate;
import java.util.UUID;

/** A family's contract was ended early; {@code endedOn} is its last valid day. */
public record FamilyContractEnded(UUID familyId, UUID contractId, LocalDate endedOn, @Personal String reason)
        implements FamilyEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
