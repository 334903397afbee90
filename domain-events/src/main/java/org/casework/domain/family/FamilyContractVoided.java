package org.casework.domain.family;

import org.casework.domain.Erasure;
import org.casework.domain.FamilyEvent;
import org.casework.domain.Personal;

import java.util.UUID;

/** A family contract was entered in error: it no longer exists for any rule or figure. */
public record FamilyContractVoided(UUID familyId, UUID contractId, @Personal String reason) implements FamilyEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
