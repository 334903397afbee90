package org.casework.domain.family;

import org.casework.domain.FamilyEvent;
import org.casework.domain.contract.ContractTerms;

import java.time.LocalDate;
import java.util.UUID;

/** A service contract was signed with the family as a whole; {@code validTo} is empty for no fixed end. */
public record FamilyContractSigned(
        UUID familyId,
        UUID contractId,
        String number,
        LocalDate signedOn,
        LocalDate validFrom,
        LocalDate validTo) implements FamilyEvent {

    public ContractTerms terms() {
        return new ContractTerms(signedOn, validFrom, validTo, null);
    }
}
