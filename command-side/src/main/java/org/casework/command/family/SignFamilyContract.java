package org.casework.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casework.command.contract.ContractSigning;

import java.time.LocalDate;
import java.util.UUID;

public record SignFamilyContract(@TargetAggregateIdentifier UUID familyId, UUID contractId, String number,
                                 LocalDate signedOn, LocalDate validFrom, LocalDate validTo)
        implements ContractSigning {
}
