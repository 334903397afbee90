package org.casework.domain.contract;

import org.casework.domain.ClientEvent;

import java.time.LocalDate;
import java.util.UUID;

/** A service contract (smlouva) was signed; {@code validTo} is empty for a contract of indefinite duration. */
public record ContractSigned(
        UUID clientId,
        UUID contractId,
        String number,
        LocalDate signedOn,
        LocalDate validFrom,
        LocalDate validTo) implements ClientEvent {

    public ContractTerms terms() {
        return new ContractTerms(signedOn, validFrom, validTo, null);
    }
}
