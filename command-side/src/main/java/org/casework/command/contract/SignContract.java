package org.casework.command.contract;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record SignContract(@TargetAggregateIdentifier UUID clientId, UUID contractId, String number,
                           LocalDate signedOn, LocalDate validFrom, LocalDate validTo)
        implements ContractSigning {
}
