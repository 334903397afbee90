package org.casework.domain.contract;

import org.casework.domain.ClientEvent;
import org.casework.domain.Erasure;
import org.casework.domain.Personal;

import java.util.UUID;

/** A contract was entered in error: it no longer exists for any rule or figure; its events stay for the auditor. */
public record ContractVoided(UUID clientId, UUID contractId, @Personal String reason) implements ClientEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
