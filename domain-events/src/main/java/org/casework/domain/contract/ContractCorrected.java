package org.casework.domain.contract;

import org.casework.domain.ClientEvent;
import org.casework.domain.Erasure;
import org.casework.domain.Personal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract's number or dates were entered wrongly: these are its terms from now on. The signing event keeps the
 * original for the auditor; an early end stays as it was.
 */
public record ContractCorrected(
        UUID clientId,
        UUID contractId,
        String number,
        LocalDate signedOn,
        LocalDate validFrom,
        LocalDate validTo,
        @Personal String reason) implements ClientEvent {

    /** Without the personal data: a record's own toString would print it into any log line it reaches. */
    @Override
    public String toString() {
        return Erasure.redacted(this);
    }
}
