package org.casework.domain.contract;

import org.casework.domain.Erasure;
import org.casework.domain.ClientEvent;
import org.casework.domain.Personal;

import java.time.LocalDate;
import java.util.UUID;

/** A contract was ended early; {@code endedOn} is its last valid day. */
public record ContractEnded(UUID clientId, UUID contractId, LocalDate endedOn, @Personal String reason) implements ClientEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
